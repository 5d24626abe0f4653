"""Japanese messages of session 51 (jade51), classes chosen on round 89's tuning half:
blocks named as an item of their own beside the domain blocks ("ブロックとドメインブロック
は移る？") are both asked, though a block of a whole domain is the domain block alone; in a
DM, reminders declined with "もう結構です" ("リマインドはもう結構です") are the order to stop,
as "いりません" already was; and at a step, a "wait" opening a question about where to
press ("ちょっとまって、これどこ押すの？") asks how, as "待って、…" did: the wait alone still
puts the step off. The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of

from bot.understand import understand


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ブロックとドメインブロックは持っていけますか", {"blocks", "domain_blocks"}),
        (
            "ミュート、ブロック、ドメインブロックは引き継げる？",
            {"mutes", "blocks", "domain_blocks"},
        ),
    ],
)
def test_blocks_beside_the_domain_blocks_are_both_asked(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "ブロックした人とドメインブロックって移る？",
        "ブロックやドメインブロックはどうなるの",
        "ドメインブロックとブロックは移る？",
        "ブロックしてる人とドメインブロックは移せますか",
    ],
)
def test_blocks_beside_the_domain_blocks_by_the_tables(text: str) -> None:
    """The tables read both; the second opinion as trained at round 89's retirement still
    drops the blocks here (it learned the domain block alone), until it is retrained with
    these phrasings."""
    assert set(understand(text, "ja").subjects) == {"blocks", "domain_blocks"}


def test_a_block_of_a_whole_domain_stays_the_domain_block() -> None:
    assert subjects_of("ドメイン単位でブロックしたのは移る？") == {"domain_blocks"}


@pytest.mark.parametrize("where", ["dm", "followers", "archive"])
@pytest.mark.parametrize(
    "text",
    [
        "リマインドはもう結構です",
        "リマインダーはもう結構です。ありがとうございました",
        "通知はもう結構です",
        "お知らせのリマインドは結構です",
    ],
)
def test_reminders_declined_with_kekkou_stop(text: str, where: str) -> None:
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize("where", ["move", "alias", "export"])
@pytest.mark.parametrize(
    "text",
    [
        "ちょっとまって、これどこ押すの？",
        "ちょっと待って、ボタンどこにある？",
        "ちょっとまって、どこを押せばいいの",
        "ちょっと待って これどこでやるの？",
    ],
)
def test_a_wait_then_where_asks_how(text: str, where: str) -> None:
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text", ["ちょっとまって", "ちょっと待って", "ちょっとまって、子供が呼んでる"]
)
def test_a_wait_alone_still_puts_the_step_off(text: str) -> None:
    assert command_of(text, "move") == "not_yet"
