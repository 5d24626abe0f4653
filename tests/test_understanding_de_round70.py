"""German classes of session 38 (learn38de), chosen on the tuning halves of rounds 56-69,
wrong command or kind first: at the followers' wait, "are some over yet?" and "has anything
happened yet?" said without the word "follower", in Bavarian, Palatine, Swiss and Low German
forms; the Swiss verb for moving house ("zügle", "zügeln") and "bim" (beim) in a wish to be
walked through. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("san scho welche do?", "followers"),
        ("sind welche drüben?", "followers"),
        ("sinn schon e paar welche rüwwer?", "followers"),
        ("na, sin scho welche rüba?", "dm"),
        ("hat sich scho was getan?", "followers"),
        ("tut sich schon was?", "followers"),
        ("hot sich scho wos getan?", "followers"),
        ("und, hat sich was getan?", "dm"),
    ],
)
def test_some_over_or_anything_happened_asks_how_the_move_goes(text: str, where: str) -> None:
    """While the followers come over, "welche" (some of them) "da", "do", "drüben", "rüber"
    and "hat sich was getan", "tut sich was" ask how the move goes
    (LABELS: progress), though they name no follower: nothing else is waited for there."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("i will zügle, hilfsch mer?", "dm"),
        ("ich möcht mis konto zügle", "dm"),
        ("chasch mer bim zügle hälfe?", "public"),
        ("kannsch mir bim umzug helfe?", "public"),
        ("i wett zügle, wie gohts los?", "dm"),
        ("ich möchte mein Konto zügeln, hilfst du mir?", "public"),
    ],
)
def test_the_swiss_verb_for_moving_wishes_the_walkthrough(text: str, where: str) -> None:
    """Swiss "zügle"/"zügeln" is "umziehen" (moving house), "bim" is "beim", "hälfe" is
    "helfen": a wish to move said with them asks to be walked through (LABELS: start)."""
    assert command_of(text, where) == "start"
