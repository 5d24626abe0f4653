"""French classes of session 32 (learn32intl), chosen on the tuning halves of rounds 58-63
(read by a second opinion trained without them and by the tables alone) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que je dois demander à tous mes abonnés de me suivre à nouveau ?",
        "je dois demander à mes abonnés de me resuivre un par un ?",
        "faut-il donc que je demande à chacun de mes abonnés de me refollow ?",
    ],
)
def test_asking_whether_to_ask_the_followers_to_follow_again_states_the_claim(text: str) -> None:
    """ "je dois demander à mes abonnés de me suivre à nouveau ?": whether the member must
    ask them puts forward that they must follow again (LABELS: the myth)."""
    assert myths_of(text) == {"followers_must_refollow"}


def test_offering_both_ways_stays_a_question_about_the_followers() -> None:
    text = "mes abonnés suivent tout seuls ou je dois leur demander de me resuivre ?"
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "je crisse mon camp d'ici",
        "je sacre mon camp de ce serveur-là",
        "moi je décolle d'ici, c'est décidé",
    ],
)
def test_quebec_leaving_is_away(text: str) -> None:
    """Québec "sacrer / crisser mon camp" and "je décolle": I am leaving (choose_direction)."""
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize("text", ["mesi anpil pou tout", "mèsi pou èd ou"])
def test_haitian_creole_thanks_is_thanks(text: str) -> None:
    """Haitian Creole "mesi (anpil)" beside French thanks, as Maghreb "choukran"."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "thanks", got
