"""Japanese messages of session 48 (learn48-jade), classes chosen on rounds 82–83's tuning
halves: at a walkthrough step, the rest put off to a time named ("また明日続きやるわ") and a
pause now with the rest promised for later ("一旦やめます、また後で続きお願いします",
romaji "tuzuki" spelling "つずき") put the step off (not yet), they neither resume nor stop;
and how to move asked with "one at a time" said after the request ("やり方教えてほしい、
一つずつ") asks to be walked through. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize("where", ["alias", "download", "import"])
@pytest.mark.parametrize(
    "text",
    [
        "じゃあ明日続きやります",
        "夜に続きやるね",
        "週末に続きをやります",
        "寝る前に続きやっとく",
        "いったんやめます、また後で続きお願いします",
        "今日はここまでにして、また明日続きから",
        "一旦中断します。あとで続きやります",
        "kyou wa yamemasu, asita tuzuki kara onegai",
    ],
)
def test_the_rest_put_off_at_a_step(text: str, where: str) -> None:
    """A step waits: the rest put off, or a pause with the rest promised, is not yet."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    "text",
    ["tuzuki kara onegai shimasu", "つずきからおねがい", "続きからお願いします"],
)
def test_continue_in_a_dm_resumes(text: str) -> None:
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    "text",
    [
        "引っ越しのやり方教えてほしい、一つずつ",
        "移行のしかた教えてくれん？ひとつずつ",
        "引っ越しの手順おしえて。順番に",
        "ひっこしのやりかた教えてください、いっこずつ",
    ],
)
def test_how_to_move_then_one_at_a_time(text: str) -> None:
    assert command_of(text, "public") == "start"


def test_one_part_one_at_a_time_stays_a_question() -> None:
    """A part of the move asked step by step asks how to do that part."""
    assert command_of("インポートのやり方教えて、一つずつ", "public") is None


@pytest.mark.parametrize(
    "text",
    [
        "通知って行くの？それと旧アカはどう見えるん",
        "フォロワーに通知いく？ほんで前のアカウントはどう表示されるん",
        "引っ越したらフォロワーに知らされるんかな？ほんで旧アカはどう見えるんぞな",
        "移ったことは通知されるん？あと古いアカウントどう見えるん",
    ],
)
def test_a_western_question_closing_without_a_mark(text: str) -> None:
    """Kansai "…るん" and Iyo "…るんぞな" close a question with no "？": the question an
    adding word opens is asked beside the one before it."""
    assert subjects_of(text) == {"notifications", "what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "DMや通知は移る？それと移行したことってフォロワーに通知される？",
        "通知とDMって引き継がれる？あと引っ越しはフォロワーに通知いくの？",
        "DMと通知は消えるん？ほんで移ったことはフォロワーに知らされる？",
        "DM・通知はどうなりますか。それから、引っ越しはフォロワーに通知されますか。",
    ],
)
def test_dms_and_notifications_then_whether_followers_are_told(text: str) -> None:
    """ "DMと通知" together are the DMs (neither moves); whether followers are told of the
    move, asked after it, is the notifications."""
    assert subjects_of(text) == {"direct_messages", "notifications"}
