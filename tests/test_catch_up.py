"""The safety-net catch-up, which re-reads what the stream already brought.

The stream never moves the cursor (it cannot know that nothing before an event was lost),
so every few minutes a catch-up pages through every mention since the last one: in a
busy five minutes thousands, all handled already. It must neither offer them to the
dispatcher again nor hold a page's, or a pass's, notifications at once (bench/latency.py
--varied: the heap kept each pass's high-water mark). The listener here talks HTTP to
the fake server, with a submit of its own that records what it is given.
"""

from __future__ import annotations

import json
import tracemalloc
from typing import Any

import pytest

from bot.clock import SystemClock
from bot.fake import FakeMastodon
from bot.health import Health
from bot.listener import Listener
from bot.mastodon_api import MastodonAPI, MentionPage
from storage import Database, Effects, Store

MENTIONS = 200  # two full pages of 80 and one of 40


def _alive(snapshot: tracemalloc.Snapshot, pattern: str) -> int:
    """Bytes still allocated by a call that went through a file matching `pattern`."""
    kept = snapshot.filter_traces([tracemalloc.Filter(True, pattern, all_frames=True)])
    return sum(stat.size for stat in kept.statistics("filename"))


async def test_a_catch_up_submits_only_what_is_new_and_holds_one_notification_at_a_time(
    tmp_path,
):
    home = FakeMastodon("example.social", heartbeat_interval=15.0)
    helper = home.create_account("helper", bot=True)
    token = home.issue_token(helper, "read write")
    for i in range(MENTIONS):
        home.create_account(f"member{i}")
        home.post_status(f"member{i}", f"@helper do my posts move? ({i})", visibility="public")
    ids = [str(n["id"]) for n in home.notifications_for("helper")]
    assert len(ids) == MENTIONS
    await home.start()
    store = Store.open(tmp_path / "bot.sqlite3")
    db = Database(store)
    # tracemalloc with 40 frames traces the fake server too and slows every request many
    # times; on a loaded two-core machine a page took over the bot's 10 s: not this test's
    # subject.
    api = MastodonAPI(home.base_url, token, clock=SystemClock(), request_timeout=120.0)
    submitted: list[str] = []
    decoded_alive: list[int] = []
    text_alive: list[int] = []

    async def submit(notification: dict[str, Any]) -> None:
        submitted.append(str(notification["id"]))
        if submitted[-1] != ids[-1]:
            return  # one already received: the assertion below says so
        snapshot = tracemalloc.take_snapshot()
        decoded_alive.append(_alive(snapshot, "*/json/decoder.py"))
        text_alive.append(_alive(snapshot, "*/bot/mastodon_api.py"))

    try:
        # As the stream leaves them: all but the last received, half of those handled.
        for n in home.notifications_for("helper")[:-1]:
            store.receive(n["id"], json.dumps(n))
        for notification_id in ids[: MENTIONS // 2]:
            store.apply(Effects(notification_id=notification_id))
        store.advance_cursor("0")
        # What one notification and one page take, to bound what a pass may hold.
        page = await api.mention_page(min_id="0")
        one_page = len(page.text)
        tracemalloc.start(40)
        one = json.loads(page.text[page.entries[0][1] : page.entries[0][2]])
        one_decoded = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del page, one

        listener = Listener(api, db, submit, clock=SystemClock(), health=Health())
        tracemalloc.start(40)
        try:
            new = await listener.catch_up()
        finally:
            tracemalloc.stop()
        assert (new, submitted) == (1, [ids[-1]])
        assert store.cursor() == ids[-1]
        # Submitted from the last page (40 notifications): only its own notification is
        # alive as objects, and no more than that page's text is held.
        assert decoded_alive[0] < 3 * one_decoded, (decoded_alive, one_decoded)
        assert text_alive[0] < 1.5 * one_page, (text_alive, one_page)
        # The next pass finds nothing after the cursor.
        assert await listener.catch_up() == 0
        assert submitted == [ids[-1]]
    finally:
        await api.close()
        db.close()
        await home.stop()


def test_a_page_keeps_its_notifications_as_text_oldest_first():
    text = ' [ {"id": "12", "type": "mention"}, {"id": 9}, {"no": "id"}, 3 ,{"id":"100"} ]\n'
    page = MentionPage.read(text)
    assert page.ids == ["9", "12", "100"]
    assert [n["id"] for n in page.notifications()] == [9, "12", "100"]
    assert [n["id"] for n in page.notifications(skip={"12"})] == [9, "100"]
    assert MentionPage.read("[]").ids == MentionPage.read(" [ \n] ").ids == []


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[{"id":"1","type":"mention","created_at":"2026-', ValueError),  # cut short
        ('[{"id":"1"} {"id":"2"}]', ValueError),
        ('[{"id":"1"},]', ValueError),
        ('[{"id":"1"}] x', ValueError),
        ("", ValueError),
        ('{"error": "no"}', TypeError),
        ("null", TypeError),
    ],
)
def test_a_page_that_is_not_a_list_of_notifications_is_refused_whole(text, error):
    with pytest.raises(error):
        MentionPage.read(text)


def _both(body: bytes):
    """A page read from the decoded text and from utf8_view's: its ids and notifications,
    or the error's type."""
    from bot.mastodon_api import utf8_view

    read = []
    for text, utf8 in ((body.decode(), False), (utf8_view(body), True)):
        try:
            page = MentionPage.read(text, utf8=utf8)
        except (ValueError, TypeError) as error:
            read.append(type(error))
            continue
        skip = set(page.ids[::2])
        read.append((page.ids, list(page.notifications()), list(page.notifications(skip=skip))))
    return read


@pytest.mark.parametrize(
    "text",
    [
        '[{"id": "7", "status": {"content": "<p>日本語で 🙂 émigré</p>"}}, {"id": "12"}]',
        '[{"id": "\\u0031\\u0032", "a": "\\u00e9\\ud83d\\ude42"}, {"id": 3, "b": ["ü", {"c": "}"}]}]',
        '[{"id": "é1"}, {"id": "１２"}, {"id": "12", "id": "13"}, {"idé": "5"}, {"id": "9"}]',
        '[{"id": "1", "x": "\\"é\\\\"}, "ü", 5, null, {"id": "2"}]',
        '[{"id": "1"}, é]',
        '[{"id": "1"} é]',
        '[{"id": "1", "x": "tab\there"}]',  # a raw control character: malformed in both
        '"émigré"',
        '\ufeff[{"id": "1"}]',
        "[１]",
    ],
)
def test_a_page_reads_the_same_from_its_utf8_bytes_one_character_a_byte(text):
    first, second = _both(text.encode())
    assert first == second


def test_pages_of_mutated_text_read_the_same_either_way():
    import random

    rng = random.Random(57)
    ids = ['"5"', '"12"', "7", '"\\u0031"', '"é1"', '"１"', "null", '"a_b-9"', '"x y"']
    chars = ["a", " ", "é", "🙂", "日", "ü", "\\u00e9", "\\ud83d\\ude42", '\\"', "\\\\", "}", "]"]
    junk = ['"', "\\", "{", "}", "[", "]", ",", ":", "é", "🙂", "\x01", "\\ud83d", " ", "1"]
    pages = read = 0
    for _ in range(3000):
        elements = []
        for _ in range(rng.randint(0, 6)):
            text = "".join(rng.choices(chars, k=rng.randint(0, 8)))
            key = rng.choice(['"id"', '"id"', '"idé"'])
            elements.append(f'{{{key}: {rng.choice(ids)}, "t": "{text}", "n": [1, {{"é": 2}}]}}')
        body = "[" + ", ".join(elements) + "]"
        if rng.random() < 0.4:  # a malformed page, mostly
            at = rng.randint(0, len(body))
            body = body[:at] + rng.choice(junk) + body[at:]
        first, second = _both(body.encode())
        assert first == second, body
        pages += 1
        read += isinstance(first, tuple) and len(first[0]) > 1
    assert read > pages / 5  # 691 of 3,000 pages with two ids or more


def test_utf8_view_refuses_what_decoding_refuses_and_takes_a_character_across_slices():
    from bot import mastodon_api
    from bot.mastodon_api import utf8_view

    with pytest.raises(UnicodeDecodeError):
        utf8_view(b'[{"id": "1", "x": "\xff"}]')
    with pytest.raises(UnicodeDecodeError):
        utf8_view(b'[{"id": "1", "x": "\xc3')  # cut inside a character
    # A four-byte character across each boundary of the slices checked at a time.
    step = mastodon_api._CHECKED
    for offset in range(1, 4):
        body = b"a" * (step - offset) + "🙂".encode() + b"b" * 10
        assert utf8_view(body).encode("latin-1") == body


async def test_a_page_with_an_emoji_is_held_at_one_byte_a_character(tmp_path):
    """A page's text takes what its UTF-8 bytes take, not 4 bytes a character because one
    mention on it has an emoji (80 mentions: 1 MB where 250 KB do)."""
    import sys

    home = FakeMastodon("example.social", heartbeat_interval=15.0)
    helper = home.create_account("helper", bot=True)
    token = home.issue_token(helper, "read write")
    home.create_account("member")
    for i in range(40):
        home.post_status("member", f"@helper do my posts move? ({i}) 日本", visibility="public")
    home.post_status("member", "@helper and my followers 🙂", visibility="public")
    await home.start()
    api = MastodonAPI(home.base_url, token, clock=SystemClock())
    try:
        page = await api.mention_page(min_id="0")
        assert len(page.ids) == 41
        assert sys.getsizeof(page.text) < len(page.text) + 100  # one byte a character
        texts = [n["status"]["content"] for n in page.notifications()]
        assert "🙂" in texts[-1] and all("日本" in t for t in texts[:-1])
    finally:
        await api.close()
        await home.stop()
