"""French classes of session 42 (fr-de), chosen on the tuning halves of rounds 58-74, round 74
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        'combien de temps avant que l\'erreur "pas un alias" disparaisse ?',
        "ça fait deux heures que j'ai mis l'alias et il dit encore que c'est pas un alias, "
        "ça prend combien de temps ?",
        "le message pas un alias, ça dure longtemps ?",
        "il me marque toujours « n'est pas un alias de ce compte », faut attendre combien ?",
    ],
)
def test_how_long_the_named_error_lasts_is_the_error(text: str) -> None:
    """How long the "not an alias" error, named, goes on is the error's question (the old
    server not seeing the alias yet), not how long a move takes."""
    assert subjects_of(text) == {"not_an_alias_error"}


def test_the_wait_after_the_alias_without_the_error_stays_the_duration() -> None:
    assert subjects_of("combien de temps après avoir créé l'alias ?") == {"duration"}


@pytest.mark.parametrize(
    "text",
    [
        "l'alias est fait sur le nouveau compte, maintenant je fais quoi sur l'ancien ?",
        "bon l'alias c'est fait, je dois faire quoi sur l'ancien compte maintenant ?",
        "j'ai créé l'alias, maintenant je dois faire quoi ?",
        "alias ajouté sur le nouveau, c'est quoi la suite sur l'ancien compte ?",
    ],
)
def test_what_to_do_on_the_old_account_after_the_alias_is_the_move(text: str) -> None:
    """The alias named as done, then "what now (on the old one)?": the next step, the move,
    done on the old account; not the alias again, nor what becomes of the old account."""
    assert subjects_of(text) == {"move"}
