"""Japanese classes of round 58's tuning half, failing on main at their first contact
(learn28intl). The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("データを全部消したいです", "public"),
        ("データ全部消したいな", "public"),
        ("私のデータ全部消したい", "public"),
        ("データをすべて消したい", "public"),
        ("データを全部消したいです", "dm"),  # already so on main: the same in a DM
    ],
)
def test_all_data_erased_without_saying_whose_asks_which(text: str, where: str) -> None:
    """ "データ(を)全部消したい": every piece of data, but whose? (this bot's, or the
    Mastodon account's): the bot asks which (clarify_delete), as "データを消したい" does;
    never a question about deleting the old account."""
    assert command_of(text, where) == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("データは全部消していいの？", "public"),
        ("移行したらデータ全部消えますか", "public"),
    ],
)
def test_a_question_about_data_lost_erases_nothing(text: str, where: str) -> None:
    assert command_of(text, where) not in ("clarify_delete", "forget")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("引っ越しの手順をひとつずつ教えてもらえますか", "public"),
        ("移行のやり方、一つずつ教えてくれますか", "public"),
        ("ステップごとに教えてもらえますか", "public"),
        ("引っ越しの流れをひとつずつ教えてほしいです", "public"),
    ],
)
def test_a_guide_asked_for_one_step_at_a_time_starts(text: str, where: str) -> None:
    """ "手順をひとつずつ教えてもらえますか": a guide through the move, one step at a time,
    asked for as a request (the walkthrough starts), as "手順を教えて" already was."""
    assert command_of(text, where) == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("引っ越し作業ってどれくらい時間かかるんだろう", "public"),
        ("引っ越しするのにいつまでかかる", "public"),
        ("引っ越し作業って何日ぐらいかかる", "public"),
        ("引っ越し作業ってどんくらいかかる", "public"),
        ("引っ越し作業、いつごろ終わる", "public"),
    ],
)
def test_how_long_asked_without_a_mark_starts_nothing(text: str, where: str) -> None:
    """ "引っ越し作業って全部でどのくらい時間かかる": a question word of amount or time asks,
    with no "？" or asking ending; the move's words in it ("引っ越し作業") wish nothing."""
    assert command_of(text, where) != "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("引っ越ししたいです。手伝ってもらえますか", "public"),
        ("引っ越ししたい", "dm"),
    ],
)
def test_a_wish_to_move_still_starts(text: str, where: str) -> None:
    assert command_of(text, where) == "start"
