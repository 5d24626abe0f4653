"""French classes of session 49 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "Efface mes données de ton côté",
        "tu peux effacer mes données de ton côté ?",
        "supprime tout de ton côté stp",
        "efface mes infos de votre côté svp",
        "supprimez mes données chez vous",
    ],
)
def test_erasing_on_the_bots_side_forgets(text: str) -> None:
    """ "de ton côté", "chez vous": what this bot keeps (forget), not the member's account
    (clarify_delete)."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "pouvez-vous nous guider pour déménager le compte de la chorale ?",
        "tu peux nous guider pour déménager notre compte ?",
        "vous pouvez nous aider à déménager le compte de l'asso ?",
        "pourriez-vous nous accompagner pour migrer notre compte ?",
    ],
)
def test_a_shared_account_asking_to_be_guided_starts(text: str) -> None:
    """A shared account's "nous guider", "nous aider à déménager": the wish to start, as
    "me guider" is for one member."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "Coucou ! Je prépare mon déménagement. Qu'est-ce qui suit et qu'est-ce qui reste ? Merci d'avance !",
        "Qu'est-ce qui part et qu'est-ce qui reste ? merci",
        "qu'est-ce qui vient avec moi, qu'est-ce qui reste là-bas ? merci d'avance",
        "qu'est-ce qui reste et qu'est-ce qui déménage ? Merci !",
    ],
)
def test_what_goes_and_what_stays_asked_as_a_pair_is_the_overview(text: str) -> None:
    """The two sides asked as a pair name the overview plainly: a thanks closing the
    question does not take it for a thanks alone."""
    assert subjects_of(text) == {"overview"}
