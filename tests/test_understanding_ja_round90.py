"""Japanese messages of session 51 (jade51), classes chosen on round 89's tuning half:
what becomes of the old account asked in a question of its own before its deletion
("古いアカウントはどうなるの？消してもいい？") is asked beside it;
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


@pytest.mark.parametrize(
    "text",
    [
        "古いアカウントはどうなるの？消してもいい？",
        "旧アカってどうなる？消していい？",
        "前のアカウントってどうなっちゃうの？削除した方がいい？",
        "古かアカウントはどげんなっと？消してもよかと？",
    ],
)
def test_the_old_account_asked_after_beside_its_deletion(text: str) -> None:
    """What becomes of the old account, asked in a question of its own before whether to
    delete it, is asked too."""
    assert subjects_of(text) == {"old_account", "delete_old_account"}


@pytest.mark.parametrize(
    "text", ["古いアカウントを消したらどうなる？", "旧アカって残しとくべき？消すべき？"]
)
def test_the_old_account_named_in_the_deletion_question_only_says_which(text: str) -> None:
    assert subjects_of(text) == {"delete_old_account"}
