"""The fake Mastodon behaves like the wire-format notes, over real HTTP and through Mastodon.py."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from mastodon import Mastodon, MastodonAPIError, MastodonRatelimitError, StreamListener

from bot.clock import FakeClock
from bot.fake import FakeMastodon, Limits
from bot.fake.html import status_length
from bot.sandbox import HANG

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ACCOUNT_KEYS = [
    "id", "username", "acct", "display_name", "locked", "bot", "discoverable", "indexable",
    "group", "created_at", "note", "url", "uri", "avatar", "avatar_static", "avatar_description",
    "header", "header_static", "header_description", "followers_count", "following_count",
    "statuses_count", "last_status_at", "hide_collections", "show_media", "show_media_replies",
    "show_featured", "noindex", "feature_approval", "emojis", "roles", "fields",
]  # fmt: skip
STATUS_KEYS = [
    "id", "created_at", "in_reply_to_id", "in_reply_to_account_id", "sensitive", "spoiler_text",
    "visibility", "language", "uri", "url", "replies_count", "reblogs_count", "favourites_count",
    "quotes_count", "edited_at", "favourited", "reblogged", "muted", "bookmarked", "content",
    "filtered", "reblog", "application", "account", "media_attachments", "mentions", "tags",
    "emojis", "tagged_collections", "quote", "card", "poll", "quote_approval",
]  # fmt: skip
RESET_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 8, 8, 10, 0, 0, 250000, tzinfo=UTC))


async def serve(aiohttp_server: Any, fake: FakeMastodon) -> FakeMastodon:
    server = await aiohttp_server(fake.make_app())
    fake.set_base_url(str(server.make_url("")).rstrip("/"))
    return fake


@pytest.fixture
async def fake(aiohttp_server: Any, clock: FakeClock) -> FakeMastodon:
    fake = FakeMastodon("example.social", clock=clock, heartbeat_interval=0.05)
    await serve(aiohttp_server, fake)
    fake.create_account("helper", bot=True, display_name="Move helper")
    fake.create_account("alice", display_name="Alice", note="Moving servers soon.")
    return fake


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def token(fake: FakeMastodon) -> str:
    return fake.issue_token("helper", "read write")


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def masto(fake: FakeMastodon, token: str | None = None, **kwargs: Any) -> Mastodon:
    return Mastodon(
        access_token=token,
        api_base_url=fake.base_url,
        version_check_mode="none",
        ratelimit_method="throw",
        **kwargs,
    )


async def get(http: aiohttp.ClientSession, fake: FakeMastodon, path: str, token: str) -> Any:
    async with http.get(fake.base_url + path, headers=auth(token)) as resp:
        assert resp.status == 200, await resp.text()
        return await resp.json()


async def read_until(resp: aiohttp.ClientResponse, marker: bytes, timeout: float = HANG) -> bytes:
    """The stream's bytes up to `marker` (or its end). What it waits for arrives within
    milliseconds, so the timeout only catches a hang: 1-2 s could pass on a loaded machine."""
    buf = b""
    async with asyncio.timeout(timeout):
        while marker not in buf:
            chunk = await resp.content.readany()
            if not chunk:
                break
            buf += chunk
    return buf


# --- REST shapes ----------------------------------------------------------------------------


async def test_mention_notification_shape_and_html(fake, http, token):
    fake.follow("helper", "alice")  # followed senders are never filtered
    status = fake.post_status(
        "alice", "@helper do my posts move? https://example.com #moving", visibility="direct"
    )
    base = fake.base_url
    async with http.get(f"{base}/api/v1/notifications", headers=auth(token)) as resp:
        assert resp.headers["Content-Type"] == "application/json; charset=utf-8"
        raw = await resp.read()
    assert b'"content":"\\u003cp\\u003e\\u003cspan class=\\"h-card\\"' in raw
    [n] = json.loads(raw)
    assert list(n) == ["id", "type", "created_at", "group_key", "account", "status"]
    assert n["type"] == "mention" and n["group_key"] == f"ungrouped-{n['id']}"
    assert re.fullmatch(r"\d+", n["id"]) and re.fullmatch(r"\d{17,}", status["id"])
    assert list(n["account"]) == ACCOUNT_KEYS
    assert list(n["status"]) == STATUS_KEYS
    assert n["account"]["acct"] == "alice" and n["account"]["note"] == "<p>Moving servers soon.</p>"
    assert n["account"]["created_at"] == "2026-08-08T00:00:00.000Z"
    assert n["created_at"] == "2026-08-08T10:00:00.250Z"
    assert n["status"]["content"] == (
        f'<p><span class="h-card" translate="no"><a href="{base}/@helper" class="u-url mention">'
        '@<span>helper</span></a></span> do my posts move? <a href="https://example.com" '
        'target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://'
        '</span><span class="">example.com</span><span class="invisible"></span></a> '
        f'<a href="{base}/tags/moving" class="mention hashtag" rel="tag">#<span>moving</span></a></p>'
    )
    helper = fake.get_account("helper")
    assert n["status"]["mentions"] == [
        {"id": helper.id, "username": "helper", "url": f"{base}/@helper", "acct": "helper"}
    ]
    assert n["status"]["visibility"] == "direct"
    assert n["status"]["quote_approval"]["current_user"] == "denied"
    assert n["status"]["uri"] == f"{base}/users/alice/statuses/{status['id']}"

    # The same thing through Mastodon.py.
    [via_lib] = await asyncio.to_thread(masto(fake, token).notifications, types=["mention"])
    assert str(via_lib.status.id) == status["id"] and via_lib.account.acct == "alice"


def test_text_formatting_rules(fake):
    fake.create_account("bob")
    html = fake.post_status(
        "alice", "Line one\nLine two\n\nNew para & <stuff> @nobody@nowhere.example"
    )
    assert html["content"] == (
        "<p>Line one<br />Line two</p><p>New para &amp; &lt;stuff&gt; @nobody@nowhere.example</p>"
    )
    long = "https://www.example.com/docs/migrating-your-account-to-another-server?ref=bot"
    assert fake.post_status("alice", long)["content"] == (
        f'<p><a href="{long}" target="_blank" rel="nofollow noopener" translate="no">'
        '<span class="invisible">https://www.</span><span class="ellipsis">example.com/docs/'
        'migrating-you</span><span class="invisible">r-account-to-another-server?ref=bot</span>'
        "</a></p>"
    )
    same = fake.post_status("alice", "@bob@example.social it's me")
    assert "@<span>bob</span></a></span> it&#39;s me</p>" in same["content"]
    assert [m["acct"] for m in same["mentions"]] == ["bob"]


async def test_min_id_paging_and_link_header(fake, http, token):
    for i in range(5):
        fake.post_status("alice", f"@helper number {i}")
    ids = [int(n["id"]) for n in fake.notifications_for("helper")]
    assert ids == sorted(ids)

    async def page(query: str) -> tuple[list[int], str]:
        async with http.get(
            f"{fake.base_url}/api/v1/notifications?{query}", headers=auth(token)
        ) as r:
            return [int(n["id"]) for n in await r.json()], r.headers.get("Link", "")

    newest, link = await page("limit=2")
    assert newest == [ids[4], ids[3]]
    base = f"{fake.base_url}/api/v1/notifications"
    assert link == (
        f'<{base}?limit=2&max_id={ids[3]}>; rel="next", <{base}?limit=2&min_id={ids[4]}>; rel="prev"'
    )
    assert (await page(f"limit=2&min_id={ids[0]}"))[0] == [ids[2], ids[1]]  # right above cursor
    assert (await page(f"limit=2&since_id={ids[0]}"))[0] == [ids[4], ids[3]]  # newest page
    assert (await page(f"limit=2&max_id={ids[3]}"))[0] == [ids[2], ids[1]]
    assert (await page(f"min_id={ids[4]}")) == ([], "")
    _, link = await page("types[]=mention&include_filtered=true&limit=1")
    assert "include_filtered=true&limit=1&max_id=" in link and "types%5B%5D=mention" in link

    lib = masto(fake, token)
    got = await asyncio.to_thread(lib.notifications, min_id=ids[1], limit=2)
    assert [int(str(n.id)) for n in got] == [ids[3], ids[2]]
    older = await asyncio.to_thread(lib.fetch_next, got)
    assert [int(str(n.id)) for n in older] == [ids[1], ids[0]]


# --- notification policy ----------------------------------------------------------------------


async def test_dm_from_non_follower_is_filtered_not_streamed(fake, http, token):
    url = f"{fake.base_url}/api/v1/streaming/user/notification"
    async with http.get(url, headers=auth(token)) as stream:
        await read_until(stream, b":)\n")
        dm = fake.post_status("alice", "@helper how do I move?", visibility="direct")
        public = fake.post_status("alice", "@helper public question")
        data = await read_until(stream, b"\n\n")
        while b"event: notification" not in data:
            data += await read_until(stream, b"\n\n")
        assert public["id"].encode() in data and dm["id"].encode() not in data

    listed = await get(http, fake, "/api/v1/notifications", token)
    assert [n["status"]["id"] for n in listed] == [public["id"]]
    everything = await get(http, fake, "/api/v1/notifications?include_filtered=true", token)
    assert [n["status"]["id"] for n in everything] == [public["id"], dm["id"]]
    filtered = everything[1]
    assert list(filtered)[:5] == ["id", "type", "created_at", "group_key", "filtered"]
    assert filtered["filtered"] is True and "filtered" not in everything[0]

    policy = await get(http, fake, "/api/v2/notifications/policy", token)
    assert policy == {
        "for_not_following": "accept",
        "for_not_followers": "accept",
        "for_new_accounts": "accept",
        "for_private_mentions": "filter",
        "for_limited_accounts": "filter",
        "for_bots": "accept",
        "summary": {"pending_requests_count": 1, "pending_notifications_count": 1},
    }
    [request] = await get(http, fake, "/api/v1/notifications/requests", token)
    assert request["notifications_count"] == "1" and request["account"]["acct"] == "alice"
    assert request["last_status"]["id"] == dm["id"]


async def test_reply_in_private_thread_and_follow_exempt(fake):
    fake.create_account("bob")
    helper_dm = fake.post_status("helper", "@bob hello, you asked about moving", "direct")
    # bob does not follow helper, but replies in the thread where helper privately mentioned him
    fake.post_status("bob", "@helper thanks", "direct", in_reply_to_id=helper_dm["id"])
    assert [n.get("filtered", False) for n in fake.notifications_for("helper")] == [False]
    # helper's own DM to bob is filtered on bob's side (bob does not follow helper)
    assert fake.notifications_for("bob")[0]["filtered"] is True
    fake.follow("helper", "alice", notify=False)
    fake.post_status("alice", "@helper hi", "direct")
    assert fake.notifications_for("helper")[-1].get("filtered") is None


async def test_policy_patch_accept_makes_later_dms_unfiltered(fake, http, token):
    lib = masto(fake, token)
    fake.post_status("alice", "@helper before", visibility="direct")
    updated = await asyncio.to_thread(
        lib.update_notifications_policy, for_private_mentions="accept"
    )
    assert updated.for_private_mentions == "accept"
    fake.post_status("alice", "@helper after", visibility="direct")
    got = await asyncio.to_thread(lib.notifications)
    assert [n.status.content for n in got] == [
        f'<p><span class="h-card" translate="no"><a href="{fake.base_url}/@helper" '
        'class="u-url mention">@<span>helper</span></a></span> after</p>'
    ]
    async with http.patch(
        f"{fake.base_url}/api/v2/notifications/policy",
        json={"for_private_mentions": "sometimes"},
        headers=auth(token),
    ) as resp:
        assert resp.status == 422
        assert (await resp.json())["error"].startswith("Validation failed")
    fake.set_policy("helper", for_private_mentions="drop")
    fake.post_status("alice", "@helper dropped", visibility="direct")
    assert len(fake.notifications_for("helper")) == 2


async def test_accepting_a_request_merges_and_streams(fake, http, token):
    fake.post_status("alice", "@helper one", visibility="direct")
    fake.post_status("alice", "@helper two", visibility="direct")
    [request] = await get(http, fake, "/api/v1/notifications/requests", token)
    assert request["notifications_count"] == "2"
    url = f"{fake.base_url}/api/v1/streaming/user/notification"
    async with http.get(url, headers=auth(token)) as stream:
        await read_until(stream, b":)\n")
        accept = f"{fake.base_url}/api/v1/notifications/requests/{request['id']}/accept"
        async with http.post(accept, headers=auth(token)) as resp:
            assert resp.status == 200 and await resp.json() == {}
        data = await read_until(stream, b"event: notifications_merged\ndata: 1\n\n")
        assert b"event: notifications_merged\ndata: 1\n\n" in data
    assert len(await get(http, fake, "/api/v1/notifications", token)) == 2
    fake.post_status("alice", "@helper three", visibility="direct")  # the sender is now exempt
    assert len(await get(http, fake, "/api/v1/notifications", token)) == 3


# --- posting --------------------------------------------------------------------------------


async def test_idempotency_key(fake, clock, token):
    lib = masto(fake, token)
    first = await asyncio.to_thread(
        lib.status_post, "@alice here is how", visibility="direct", idempotency_key="k-1"
    )
    again = await asyncio.to_thread(
        lib.status_post, "different text, same key", visibility="direct", idempotency_key="k-1"
    )
    assert str(again.id) == str(first.id) and len(fake.statuses_by("helper")) == 1
    assert len(fake.notifications_for("alice")) == 1
    assert first.application.name == "Web"

    fake.faults.fail_next_posts_after_create(1)  # created, then the answer is lost
    with pytest.raises(MastodonAPIError):
        await asyncio.to_thread(lib.status_post, "@alice part 2", idempotency_key="k-2")
    retry = await asyncio.to_thread(lib.status_post, "@alice part 2", idempotency_key="k-2")
    assert [s["id"] for s in fake.statuses_by("helper")][-1] == str(retry.id)
    assert len(fake.statuses_by("helper")) == 2 and fake.posts_attempted == 4

    clock.advance(3601)  # the key expires after an hour
    later = await asyncio.to_thread(lib.status_post, "@alice again", idempotency_key="k-1")
    assert str(later.id) != str(first.id) and len(fake.statuses_by("helper")) == 3


async def test_account_statuses_show_the_author_its_direct_ones_and_page(fake, http, token):
    """Accounts::StatusesController: the author sees all of its statuses, direct ones too;
    anyone else (or no token) only what they may see; a token without read:statuses gets
    403; newest first, 20 a page, paged by max_id through the Link header. The bot's
    MastodonAPI.own_statuses_since reads it back to a time, across pages."""
    from bot.mastodon_api import MastodonAPI, PermanentError

    public = fake.post_status("helper", "hello all", visibility="public")
    dms = [fake.post_status("helper", f"@alice step {i}", visibility="direct") for i in range(45)]
    helper_id = fake.get_account("helper").id
    path = f"/api/v1/accounts/{helper_id}/statuses"
    mine = await get(http, fake, path, token)
    assert [s["id"] for s in mine] == [s["id"] for s in reversed(dms)][:20]
    assert list(mine[0]) == STATUS_KEYS
    async with http.get(fake.base_url + path) as anonymous:
        assert [s["id"] for s in await anonymous.json()] == [public["id"]]
    bob = fake.issue_token(fake.create_account("bob"), "read")
    assert [s["id"] for s in await get(http, fake, path, bob)] == [public["id"]]
    no_scope = fake.issue_token("helper", "read:accounts write:statuses")
    async with http.get(fake.base_url + path, headers=auth(no_scope)) as refused:
        assert refused.status == 403
    async with http.get(f"{fake.base_url}{path}?limit=40", headers=auth(token)) as first:
        assert len(await first.json()) == 40
        assert f"max_id={dms[5]['id']}" in first.headers["Link"]

    api = MastodonAPI(fake.base_url, token, clock=FakeClock())
    try:
        every = await api.own_statuses_since(helper_id, datetime(2000, 1, 1, tzinfo=UTC))
        assert [s["id"] for s in every or []] == [s["id"] for s in reversed([public, *dms])]
        assert (
            await api.own_statuses_since(helper_id, datetime(2000, 1, 1, tzinfo=UTC), max_pages=1)
            is None
        )
        refused_api = MastodonAPI(fake.base_url, no_scope, clock=FakeClock())
        with pytest.raises(PermanentError):
            await refused_api.own_statuses_since(helper_id, datetime(2000, 1, 1, tzinfo=UTC))
        await refused_api.close()
    finally:
        await api.close()


async def test_length_counts_urls_as_23_and_mentions_by_username(fake, http, token):
    url = "https://example.com/" + "a" * 200
    mention = "@alice@example.social "  # counts as "@alice " = 7
    filler = "x" * (500 - 23 - 7 - 1)
    text = f"{mention}{url} {filler}"
    assert status_length(text) == 500

    async def post(text: str, **extra: Any) -> tuple[int, Any]:
        body = {"status": text, "visibility": "direct", **extra}
        async with http.post(
            f"{fake.base_url}/api/v1/statuses", data=body, headers=auth(token)
        ) as resp:
            return resp.status, await resp.json()

    status, body = await post(text)
    assert status == 200 and body["visibility"] == "direct"
    assert await post(text + "y") == (
        422,
        {"error": "Validation failed: Text character limit of 500 exceeded"},
    )
    assert await post(text, spoiler_text="cw") == (
        422,
        {"error": "Validation failed: Text character limit of 500 exceeded"},
    )
    assert (await post("👩‍👩‍👧" * 500))[0] == 200  # grapheme clusters, not code points
    assert (await post("👩‍👩‍👧" * 501))[0] == 422
    assert (await post("   "))[1] == {"error": "Validation failed: Text can't be blank"}
    assert (await post("hi", visibility="friends"))[0] == 422
    assert await post("hi", in_reply_to_id="1") == (
        404,
        {"error": "The post you are trying to reply to does not appear to exist."},
    )


# --- streaming ------------------------------------------------------------------------------


async def test_sse_bytes_heartbeat_and_event_framing(fake, http, token):
    url = f"{fake.base_url}/api/v1/streaming/user/notification"
    async with http.get(url, headers=auth(token)) as stream:
        assert stream.status == 200
        assert stream.headers["Content-Type"] == "text/event-stream"
        assert stream.headers["Cache-Control"] == "private, no-store"
        assert await stream.content.readexactly(3) == b":)\n"
        assert await stream.content.readexactly(8) == b":thump\n\n"
        fake.post_status("alice", "@helper <b>hi</b> & bye")
        data = await read_until(stream, b"\n\n")
        while data.startswith(b":thump"):
            data = data[len(b":thump\n\n") :] or await read_until(stream, b"\n\n")
        assert data.startswith(b"event: notification\ndata: {")
        _event, payload, rest = data.split(b"\n", 2)
        assert rest in (b"\n", b"\n:thump\n\n")  # one data line, a blank line ends the event
        assert b"\\u003c" not in payload and b"&lt;b&gt;hi&lt;/b&gt; &amp; bye" in payload
        n = json.loads(payload[len(b"data: ") :])
        assert n["type"] == "mention" and n["status"]["account"]["acct"] == "alice"
        assert fake.open_streams == 1
        assert fake.faults.drop_streams() == 1
        tail = await read_until(stream, b"never")
        assert b"event:" not in tail
    assert fake.open_streams == 0
    async with http.get(url, headers=auth(token)) as stream:
        await read_until(stream, b":)\n")
        fake.faults.drop_streams(abrupt=True)  # like a proxy resetting the connection
        with pytest.raises(aiohttp.ClientPayloadError):
            await read_until(stream, b"never")


async def test_streaming_errors_and_faults(fake, http, token):
    base = f"{fake.base_url}/api/v1/streaming"
    read_only_statuses = fake.issue_token("helper", "read:statuses")
    cases = [
        ({}, 401, {"error": "Missing access token"}),
        (auth("nope"), 401, {"error": "Invalid access token"}),
        (
            auth(read_only_statuses),
            401,
            {"error": "Access token does not have the required scopes"},
        ),
    ]
    for headers, code, body in cases:
        async with http.get(f"{base}/user/notification", headers=headers) as resp:
            assert (resp.status, await resp.json()) == (code, body)
            assert resp.headers["Content-Type"] == "application/json"
    async with http.get(f"{base}/health") as resp:
        assert (resp.status, await resp.text()) == (200, "OK")
    async with http.get(base) as resp:
        assert resp.status == 404
    async with http.get(f"{base}/user/notification?access_token={token}") as resp:
        assert resp.status == 200 and await resp.content.readexactly(3) == b":)\n"
        fake.faults.drop_streams()
    fake.faults.stream_available = False
    async with http.get(f"{base}/user/notification", headers=auth(token)) as resp:
        assert resp.status == 404
    fake.faults.stream_available = True
    fake.faults.silent_streams = True
    async with http.get(f"{base}/user", headers=auth(token)) as resp:
        assert await resp.content.readexactly(3) == b":)\n"
        fake.post_status("alice", "@helper lost in a hung stream")
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.2):
                await resp.content.readany()
        fake.faults.drop_streams()


async def test_user_stream_update_and_delete(fake, http, token):
    async with http.get(f"{fake.base_url}/api/v1/streaming/user", headers=auth(token)) as stream:
        await read_until(stream, b":)\n")
        mine = fake.post_status("helper", "a public note")
        data = await read_until(stream, b"event: update\ndata: ")
        data += await read_until(stream, b"\n\n")
        assert mine["id"].encode() in data
        fake.edit_status(mine["id"], "a public note, edited")
        data = await read_until(stream, b"event: status.update\ndata: ")
        data += await read_until(stream, b"\n\n")
        assert b"a public note, edited" in data and b'"edited_at":"20' in data
        fake.delete_status(mine["id"])
        data = await read_until(stream, f"event: delete\ndata: {mine['id']}\n\n".encode())
        assert f"event: delete\ndata: {mine['id']}\n\n".encode() in data
    assert fake.status(mine["id"]) is None


async def test_mastodon_py_stream_listener(fake, token):
    got: list[Any] = []
    heartbeats: list[int] = []

    class Listener(StreamListener):
        def on_notification(self, notification: Any) -> None:
            got.append(notification)

        def handle_heartbeat(self) -> None:
            heartbeats.append(1)

    lib = masto(fake, token)
    handle = await asyncio.to_thread(lib.stream_user_notifications, Listener(), run_async=True)
    try:
        for _ in range(100):
            if fake.open_streams:
                break
            await asyncio.sleep(0.01)
        fake.post_status("alice", "@helper via the library")
        for _ in range(200):
            if got and len(heartbeats) > 1:
                break
            await asyncio.sleep(0.01)
        assert got and got[0].type == "mention" and got[0].account.acct == "alice"
    finally:
        # close() blocks until the reader thread wakes: never call it on the loop serving it.
        fake.faults.drop_streams()
        await asyncio.to_thread(handle.close)


# --- rate limits ----------------------------------------------------------------------------


async def test_429_like_rack_attack(fake, http, token, clock):
    fake.faults.rate_limit_next(1, reset_in_seconds=30)
    async with http.get(f"{fake.base_url}/api/v1/notifications", headers=auth(token)) as resp:
        assert resp.status == 429
        assert resp.headers["Content-Type"] == "application/json"
        assert resp.headers["X-RateLimit-Limit"] == "300"
        assert resp.headers["X-RateLimit-Remaining"] == "0"
        assert resp.headers["X-RateLimit-Reset"] == "2026-08-08T10:00:30.250000Z"
        assert "Retry-After" not in resp.headers
        assert await resp.read() == b'{"error":"Too many requests"}'
    assert fake.count_429 == 1
    fake.faults.rate_limit_next(1, path="/api/v1/statuses")
    with pytest.raises(MastodonRatelimitError):
        await asyncio.to_thread(masto(fake, token).status_post, "hello")


async def test_enforced_limits_and_headers(aiohttp_server, http, clock):
    limits = Limits(per_token=(3, 300), statuses=(2, 10800))
    fake = await serve(aiohttp_server, FakeMastodon(clock=clock, rate_limits=True, limits=limits))
    fake.create_account("helper", bot=True)
    token = fake.issue_token("helper")
    url = f"{fake.base_url}/api/v1/accounts/verify_credentials"
    remaining = []
    for _ in range(3):
        async with http.get(url, headers=auth(token)) as resp:
            assert resp.status == 200
            assert resp.headers["X-RateLimit-Reset"] == "2026-08-08T10:05:00.250000Z"
            remaining.append(resp.headers["X-RateLimit-Remaining"])
    assert remaining == ["2", "1", "0"]
    async with http.get(url, headers=auth(token)) as resp:
        assert resp.status == 429 and resp.headers["X-RateLimit-Limit"] == "3"
    clock.advance(300)  # the next 5-minute window
    post = f"{fake.base_url}/api/v1/statuses"
    codes, family = [], []
    for i in range(3):
        async with http.post(post, data={"status": f"post {i}"}, headers=auth(token)) as resp:
            codes.append(resp.status)
            family.append(
                (resp.headers["X-RateLimit-Remaining"], resp.headers["X-RateLimit-Reset"])
            )
    assert codes == [200, 200, 429]
    assert family[0] == ("1", "2026-08-08T12:00:00.250000Z")  # 3-hour bucket, aligned to epoch
    assert family[2][0] == "0" and len(fake.statuses_by("helper")) == 2


# --- accounts, federation documents ---------------------------------------------------------


async def test_lookup_webfinger_and_actor_with_moves(aiohttp_server, http, clock, fake):
    new = await serve(aiohttp_server, FakeMastodon("new.example", clock=clock))
    fake.register_remote(new)
    old_alice = fake.get_account("alice")
    new_alice = new.create_account("alice", display_name="Alice", note="New home, same Alice.")
    new.add_alias(new_alice, old_alice.uri)
    fake.set_moved(old_alice, new_alice)

    async with http.get(
        f"{new.base_url}/users/alice", headers={"Accept": "application/activity+json"}
    ) as resp:
        assert resp.headers["Content-Type"] == "application/activity+json; charset=utf-8"
        actor = await resp.json()
    assert actor["alsoKnownAs"] == [f"{fake.base_url}/users/alice"]
    assert actor["type"] == "Person" and "movedTo" not in actor
    assert actor["webfinger"] == "alice@new.example"
    async with http.get(
        f"{fake.base_url}/users/alice", headers={"Accept": "application/activity+json"}
    ) as resp:
        old_actor = await resp.json()
    assert old_actor["movedTo"] == f"{new.base_url}/users/alice"
    async with http.get(
        f"{fake.base_url}/users/helper", headers={"Accept": "application/activity+json"}
    ) as resp:
        assert (await resp.json())["type"] == "Service"

    looked = await (await http.get(f"{fake.base_url}/api/v1/accounts/lookup?acct=alice")).json()
    assert looked["moved"]["acct"] == "alice@new.example"
    assert "moved" not in looked["moved"] and "noindex" not in looked["moved"]
    assert list(looked).index("moved") == list(looked).index("emojis") - 1
    helper = await (await http.get(f"{fake.base_url}/api/v1/accounts/lookup?acct=@helper")).json()
    assert "moved" not in helper
    async with http.get(f"{fake.base_url}/api/v1/accounts/lookup?acct=ghost") as resp:
        assert (resp.status, await resp.json()) == (404, {"error": "Record not found"})

    wf = f"{new.base_url}/.well-known/webfinger"
    async with http.get(wf, params={"resource": "acct:alice@new.example"}) as resp:
        assert resp.headers["Content-Type"] == "application/jrd+json; charset=utf-8"
        jrd = await resp.json(content_type=None)
    assert jrd["subject"] == "acct:alice@new.example"
    assert {"rel": "self", "type": "application/activity+json", "href": new_alice.uri} in jrd[
        "links"
    ]
    async with http.get(wf, params={"resource": "acct:nobody@new.example"}) as resp:
        assert (resp.status, await resp.read()) == (404, b"")
    async with http.get(wf) as resp:
        assert resp.status == 400
    new.create_account("gone")
    new.delete_account("gone")
    async with http.get(wf, params={"resource": "acct:gone@new.example"}) as resp:
        assert resp.status == 410

    new.set_authorized_fetch(True)
    async with http.get(
        f"{new.base_url}/users/alice", headers={"Accept": "application/activity+json"}
    ) as resp:
        assert (resp.status, await resp.json()) == (401, {"error": "Request not signed"})


async def test_remote_member_dm_and_bot_reply_across_servers(aiohttp_server, clock, fake, token):
    new = await serve(aiohttp_server, FakeMastodon("new.example", clock=clock))
    fake.register_remote(new)
    new.create_account("carol", display_name="Carol")

    first = fake.deliver_from_remote("carol@new.example", "@helper@example.social hi!", "direct")
    assert first["account"]["acct"] == "carol@new.example"
    assert first["content"] == (
        f'<p><span class="h-card" translate="no"><a href="{fake.base_url}/@helper" '
        'class="u-url mention" rel="nofollow noopener" target="_blank">@<span>helper</span></a>'
        "</span> hi!</p>"
    )
    assert "application" not in first
    assert fake.notifications_for("helper")[-1]["filtered"] is True  # not followed

    reply = await asyncio.to_thread(
        masto(fake, token).status_post,
        "@carol@new.example welcome!",
        visibility="direct",
        in_reply_to_id=first["id"],
    )
    [on_new] = new.notifications_for("carol")
    assert on_new["account"]["acct"] == "helper@example.social"
    assert "filtered" not in on_new  # it replies to her private mention of the bot
    assert on_new["status"]["in_reply_to_id"] == new.statuses_by("carol")[0]["id"]

    answer = fake.deliver_from_remote(
        "carol@new.example", "@helper@example.social thanks", "direct", in_reply_to_id=str(reply.id)
    )
    assert answer["in_reply_to_id"] == str(reply.id)
    assert "filtered" not in fake.notifications_for("helper")[-1]  # reply in the private thread


# --- OAuth ----------------------------------------------------------------------------------


async def test_oauth_app_code_and_token(fake, http):
    scopes = ["read:notifications", "write:statuses", "read:accounts"]
    client_id, secret = await asyncio.to_thread(
        Mastodon.create_app, "move helper", scopes=scopes, api_base_url=fake.base_url
    )
    code = fake.authorize(client_id, "helper", " ".join(scopes))
    lib = Mastodon(
        client_id=client_id,
        client_secret=secret,
        api_base_url=fake.base_url,
        version_check_mode="none",
    )
    token = await asyncio.to_thread(lib.log_in, code=code, scopes=scopes, allow_http=True)
    me = await asyncio.to_thread(masto(fake, token).account_verify_credentials)
    assert me.acct == "helper" and me.source.privacy == "public"

    form = {
        "grant_type": "authorization_code",
        "code": code,  # already used
        "client_id": client_id,
        "client_secret": secret,
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
    }
    async with http.post(f"{fake.base_url}/oauth/token", data=form) as resp:
        body = await resp.json()
    assert resp.status == 400 and body["error"] == "invalid_grant" and body["error_description"]

    page = await http.get(
        f"{fake.base_url}/oauth/authorize",
        params={
            "client_id": client_id,
            "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
            "response_type": "code",
            "scope": "read:accounts",
            "username": "alice",
        },
    )
    fresh = re.search(r'class="oauth-code" readonly type="text" value="([^"]+)"', await page.text())
    assert fresh is not None
    async with http.post(f"{fake.base_url}/oauth/token", data={**form, "code": fresh[1]}) as resp:
        issued = await resp.json()
    assert list(issued) == ["access_token", "token_type", "scope", "created_at"]
    assert issued["token_type"] == "Bearer" and issued["scope"] == "read:accounts"

    url = f"{fake.base_url}/api/v1/notifications"
    async with http.get(url, headers=auth(issued["access_token"])) as resp:
        assert (resp.status, await resp.json()) == (
            403,
            {"error": "This action is outside the authorized scopes"},
        )
    async with http.get(url, headers=auth("bogus")) as resp:
        assert (resp.status, await resp.json()) == (401, {"error": "The access token is invalid"})
    revoke = {"token": token, "client_id": client_id, "client_secret": secret}
    async with http.post(f"{fake.base_url}/oauth/revoke", data=revoke) as resp:
        assert resp.status == 200
    async with http.get(url, headers=auth(token)) as resp:
        assert (await resp.json()) == {"error": "The access token was revoked"}


async def test_instance_and_faults(fake, http, token):
    v2 = await (await http.get(f"{fake.base_url}/api/v2/instance")).json()
    assert v2["configuration"]["urls"]["streaming"] == fake.base_url.replace("http://", "ws://")
    assert v2["configuration"]["statuses"] == {
        "max_characters": 500,
        "max_media_attachments": 4,
        "characters_reserved_per_url": 23,
    }
    assert (v2["version"], v2["domain"], v2["api_versions"]) == (
        "4.6.5",
        "example.social",
        {"mastodon": 10},
    )
    v1 = await (await http.get(f"{fake.base_url}/api/v1/instance/")).json()
    assert v1["urls"]["streaming_api"].startswith("ws://127.0.0.1:")

    fake.faults.malformed_json_next(1)
    async with http.get(f"{fake.base_url}/api/v1/notifications", headers=auth(token)) as resp:
        assert resp.status == 200
        with pytest.raises(ValueError):
            json.loads(await resp.read())
    fake.faults.fail_next_posts(1, status=502)
    async with http.post(
        f"{fake.base_url}/api/v1/statuses", data={"status": "x"}, headers=auth(token)
    ) as resp:
        assert resp.status == 502 and "nginx" in await resp.text()
    fake.faults.timeout_next_posts(1, seconds=0.1)
    with pytest.raises(asyncio.TimeoutError):
        async with http.post(
            f"{fake.base_url}/api/v1/statuses",
            data={"status": "slow"},
            headers=auth(token),
            timeout=aiohttp.ClientTimeout(total=0.02),
        ):
            pass
    for _ in range(50):  # the server still finishes the post its client gave up on
        if fake.statuses_by("helper"):
            break
        await asyncio.sleep(0.01)
    assert [s["content"] for s in fake.statuses_by("helper")] == ["<p>slow</p>"]
    assert ("POST", "/api/v1/statuses") in fake.requests and fake.posts_attempted == 2


def test_created_at_drives_new_account_policy(clock):
    fake = FakeMastodon(clock=clock)
    fake.create_account("helper")
    fake.create_account("old", created_at=clock.now() - timedelta(days=90))
    fake.create_account("fresh")
    fake.set_policy("helper", for_new_accounts="filter")
    fake.post_status("old", "@helper hi")
    fake.post_status("fresh", "@helper hi")
    assert [n.get("filtered", False) for n in fake.notifications_for("helper")] == [False, True]


@pytest.mark.parametrize("ids", ["numeric", "ulid", "uuid"])
def test_mention_ids_are_the_mentions_of_one_status_notifications_show(clock, ids):
    """The sandbox waits on mention_ids (the fake's own objects, not every notification
    serialised at every look): the same ids a client reads, filtered mentions too, and
    neither another status's mention nor a follow."""
    fake = FakeMastodon(clock=clock)
    fake.notification_ids = ids
    fake.create_account("helper")
    fake.create_account("old", created_at=clock.now() - timedelta(days=90))
    fake.create_account("fresh")
    fake.set_policy("helper", for_new_accounts="filter")
    fake.follow("old", "helper")
    first = fake.post_status("old", "@helper hi")
    filtered = fake.post_status("fresh", "@helper hi")
    fake.post_status("old", "@helper again")
    for status in (first, filtered):
        shown = [
            str(n["id"])
            for n in fake.notifications_for("helper")
            if n["type"] == "mention" and n["status"]["id"] == status["id"]
        ]
        assert len(shown) == 1 and fake.mention_ids("helper", status["id"]) == shown
