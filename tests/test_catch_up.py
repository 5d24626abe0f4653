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
