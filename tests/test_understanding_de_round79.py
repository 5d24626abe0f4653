"""German messages of session 46 (ja-de), classes chosen on round 78's tuning half: a yes/no
question opened by its verb after a hello and a comma, with no "?" ("hallo, kommen meine
posts mit": the hello states nothing, so the verb still opens the question), and Swiss
"dübe" (drüben) and "vill" (viel) in a progress question at the followers step. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("hallo, kommen meine posts mit", "posts"),
        ("grüß gott, kommen meine follows mit wenn ich umziehe", "follows"),
        ("hallo zusammen, werden meine beiträge übertragen", "posts"),
        ("hi, ziehen meine tröts mit um", "posts"),
        ("moin, gehen meine lesezeichen mit wenn ich umziehe", "bookmarks"),
    ],
)
def test_a_verb_first_question_after_a_hello(text: str, subject: str) -> None:
    """A hello alone before the comma is no clause that states: the verb after it opens
    the question, as at the message's start."""
    assert subjects_of(text) == {subject}


def test_a_claim_after_a_hello_stays_the_claim() -> None:
    assert myths_of("hallo, meine posts kommen ja mit") == {"posts_move_automatically"}


@pytest.mark.parametrize(
    "text",
    [
        "wie vill sind scho dübe?",
        "sind scho vill dübe?",
        "wie viel sind jetzt dübe",
        "wieviel sind scho dübä?",
    ],
)
def test_swiss_over_there_asks_the_progress(text: str) -> None:
    """Swiss "dübe" is "drüben" (over there, on the new account) and "vill" "viel"."""
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "was sehen meine follower und muss mir jeder neu folgen?",
        "was sehen meine follower und müssen alle mir neu folgen?",
        "was sehen andere und müssen uns alle neu folgen?",
        "Was sehen die Leute dann und muss jeder mir wieder folgen?",
    ],
)
def test_the_refollow_question_added_with_und(text: str) -> None:
    """An "und" and a modal verb with whom it asks of ("und muss jeder", "und müssen
    mir") open a question of their own with no comma (`added_questions`): what others see
    is asked beside the refollow claim."""
    assert myths_of(text) == {"followers_must_refollow"}
    assert set(read_row({"text": text}).understanding.subjects) == {"what_others_see", "followers"}
