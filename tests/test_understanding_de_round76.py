"""German classes of session 43 (frde43), chosen on the tuning halves of rounds 58-75, round 75
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, Vorstand vom Sportverein hier, wir kommen von chaos.social zu Ihnen",
        "Moin, wir vom Kleingartenverein wechseln von norden.social zu Ihnen",
        "Hallo, Initiative Radweg hier, wir kommen zu euch rüber",
        "wir ziehen von einer anderen Instanz hierher",
    ],
)
def test_a_group_arriving_says_here(text: str) -> None:
    """An account of several ("wir", to "Ihnen"/"euch"), greeting and naming itself first,
    says where it comes from at the direction step."""
    assert command_of(text, "choose_direction") == "here"


@pytest.mark.parametrize(
    "text", ["Hallo, wir verlassen diese Instanz", "wir ziehen weg von hier", "wir gehen weg"]
)
def test_a_group_leaving_says_away(text: str) -> None:
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize(
    "text",
    ["grazie mille, hat geklappt", "obrigada, alles gut", "zor spas für die Hilfe", "sipas!"],
)
def test_thanks_in_a_family_language_is_thanks(text: str) -> None:
    """Thanks in Italian, Portuguese or Kurdish beside German."""
    assert read_row({"text": text}).understanding.kind == "thanks"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "ist es so, dass der Alias aufs alte Konto kommt? kommt mir seltsam vor",
            "alias_on_old_account",
        ),
        ("kann es sein, dass meine Listen nicht mitkommen?", "lists_cannot_transfer"),
        (
            "Trifft es zu, dass meine Stummschaltungen automatisch übernommen werden?",
            "mutes_move_automatically",
        ),
        ("isses so dass meine Follower mir alle neu folgen müssen?", "followers_must_refollow"),
    ],
)
def test_a_claim_after_is_it_so_that_is_put_forward(text: str, myth: str) -> None:
    """ "Ist es so, dass …?", "kann es sein, dass …?", "trifft es zu, dass …?": the claim
    after "dass" put forward for a yes (LABELS.md), the myth."""
    assert myths_of(text) == {myth}


def test_is_it_so_that_a_true_step_is_needed_stays_a_question() -> None:
    assert subjects_of("ist es so, dass ich den Alias anlegen muss?") == {"alias"}
