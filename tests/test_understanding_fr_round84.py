"""French classes of session 48 (learn48-fres). The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mes pouets ils suivent quand je déménage ou ils restent sur l'ancien", "posts"),
        ("mes posts ils partent avec moi ou ils restent", "posts"),
        ("mes vidéos elles viennent avec moi ou elles restent là-bas", "posts"),
        ("ma photo et ma bio je dois les refaire ou bien ça se copie", "profile"),
        ("mon avatar je le remets ou bien il se copie tout seul", "profile"),
    ],
)
def test_a_thing_said_to_go_along_or_stay_behind_offers_both_ways(text: str, subject: str) -> None:
    """ "… ou ils restent", "… ou bien ça se copie", with no "?": the member offers both
    ways, so asks what happens to the thing (LABELS: a question, not the myth stated)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "je peux revenir sur mon ancien serveur alors que j'ai migré il y a une semaine ?",
        "je veux retourner sur mon ancien compte, j'ai migré il y a 5 jours",
        "ça fait 3 jours que j'ai migré et je regrette, je peux revenir tout de suite ?",
        "j'ai migré y a deux semaines, je peux retourner sur l'ancien ?",
    ],
)
def test_moving_back_soon_after_the_move_is_the_cooldown_too(text: str) -> None:
    """A move a few days or weeks old, then moving back: the second move waits out the 30
    days (cooldown) beside how moving back is done (move_back)."""
    assert subjects_of(text) == {"move_back", "cooldown"}
