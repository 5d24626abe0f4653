"""French classes of session 42 (fr-de), chosen on the tuning halves of rounds 58-74, round 74
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


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


@pytest.mark.parametrize(
    "text",
    [
        "mes posts vont arriver sur le nouveau compte après le déménagement, il faut juste attendre ?",
        "mes photos arriveront sur la nouvelle instance, il suffit d'attendre ?",
        "mes pouets sont transférés, faut juste attendre ?",
    ],
)
def test_posts_arriving_and_only_waiting_left_states_the_myth(text: str) -> None:
    """Posts said to arrive on the new account, then "il faut juste attendre ?": the wait
    asked about takes the claim for granted, a closing tag putting it forward."""
    assert myths_of(text) == {"posts_move_automatically"}


def test_whether_posts_arrive_asked_stays_a_question() -> None:
    assert subjects_of("est-ce que mes posts vont arriver sur le nouveau compte ?") == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "je sais pas où on met l'alias et ça prend combien de temps en tout ?",
        "où je mets l'alias et combien de temps ça prend au total ?",
    ],
)
def test_where_the_alias_goes_and_the_whole_wait_are_both_asked(text: str) -> None:
    """Where the alias goes and how long the whole takes ("en tout", "au total"): two
    questions, not the wait after the alias alone."""
    assert subjects_of(text) == {"alias", "duration"}


@pytest.mark.parametrize(
    "text",
    [
        "on lance le déménagement des abonnés où ? sur le nouveau compte ?",
        "je lance la migration des abonnés depuis quel compte ?",
        "comment je démarre le transfert des abonnés ?",
        "pour déclencher le déménagement des abonnés, je fais comment ?",
    ],
)
def test_starting_the_followers_move_is_the_move(text: str) -> None:
    """Launching the followers' move (lancer, démarrer, déclencher) is the move's own step,
    not a question about the followers."""
    assert subjects_of(text) == {"move"}


def test_whether_the_followers_transfer_is_automatic_stays_followers() -> None:
    assert subjects_of("est-ce que le transfert des abonnés est automatique ?") == {"followers"}


def test_the_imperfect_spelled_as_heard_names_the_follows() -> None:
    """ "les gens que je suivé": "suivais" spelled as heard."""
    assert subjects_of("j'ai déménagé, les gens que je suivé sont où ?") == {"follows"}


@pytest.mark.parametrize(
    "text",
    [
        "pour mes abonnements, je choisis quoi : fusionner ou écraser ?",
        "fusionner ou écraser pour ma liste de comptes masqués ?",
    ],
)
def test_which_import_mode_for_a_list_is_the_import(text: str) -> None:
    """Which import mode (Fusionner, Écraser) to choose for a list asks about the import,
    not whether the list moves."""
    assert subjects_of(text) == {"import"}


def test_quebec_user_name_is_the_username() -> None:
    """Quebec's "nom d'usager" is the user name, no display name (profile)."""
    assert subjects_of("mon nom d'usager va changer?") == {"username"}


@pytest.mark.parametrize(
    "text",
    [
        "les domaines masqués, ils suivent sur la nouvelle instance ?",
        "j'avais masqué tout le domaine d'une instance, ça suit ?",
    ],
)
def test_hidden_domains_are_the_domain_blocks(text: str) -> None:
    """Whole servers hidden ("domaines masqués", "masquer tout le domaine"): the domain
    blocks, not the muted accounts."""
    assert subjects_of(text) == {"domain_blocks"}
