"""French classes of session 47 (fr-es), from rounds 79–81's tuning halves. The phrasings are
the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "j'hésite entre deux instances, laquelle prendre ?",
        "bonjour, j'hésite entre deux serveurs, comment bien choisir ?",
        "on hésite entre trois instances pour notre asso, un conseil ?",
        "bonsoir, je monte une asso de quartier, comment bien choisir ?",
    ],
)
def test_torn_between_servers_is_choosing_one(text: str) -> None:
    """Torn between servers ("j'hésite entre deux instances"), or "comment bien choisir ?"
    after a greeting: choosing a server, not a greeting."""
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mes muets, ils passent ?", {"mutes"}),
        ("mes muets et mes bloqués ça se transfère ?", {"mutes", "blocks"}),
        ("et les muets, je les perds ?", {"mutes"}),
        ("mes muets, je vais les perdre en changeant d'instance ?", {"mutes"}),
        ("est-ce que je perds mes muets si je déménage ?", {"mutes"}),
        ("je perds les muets en migrant ?", {"mutes"}),
    ],
)
def test_muets_as_a_noun_are_the_mutes(text: str, expected: set[str]) -> None:
    """ "mes muets" (the accounts muted, said as a noun) are the mutes. The expected
    subjects are parameters, not computed, so bench/probe_rows.py learns them."""
    assert subjects_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "les liens de mon profil que j'ai partagés sur facebook, ils vont encore marcher ?",
        "le lien que j'ai partagé partout vers mon compte, il marchera toujours ?",
        "j'ai partagé le lien de mon profil sur mon blog, il va rediriger ?",
        "mon adresse mastodon est sur ma carte de visite, les gens vont tomber sur quoi ?",
        "j'ai collé le lien de mon compte sur mes flyers, les gens tombent sur quoi après le déménagement ?",
    ],
)
def test_a_link_shared_or_put_outside_mastodon_is_the_external_links(text: str) -> None:
    """A link "partagé" (shared, not boosted) or put on a business card or flyer, and what
    people land on from it: where such links lead (external_links)."""
    assert subjects_of(text) == {"external_links"}


def test_shares_beside_links_are_both_asked() -> None:
    """Accents and plurals folded, "partages" is "partagés": the boosts stay when no link is
    said shared."""
    assert subjects_of("mes partages et les liens de mon site, ça suit ?") == {
        "boosts_favourites",
        "external_links",
    }


def test_what_the_bot_keeps_asked_in_public_is_no_order() -> None:
    """A question about what the bot keeps, with no erasing order after it, orders nothing."""
    assert command_of("tu gardes quoi sur moi ? juste pour savoir", "public") is None


@pytest.mark.parametrize("where", ["public", "dm"])
@pytest.mark.parametrize(
    "text",
    [
        "tu gardes des données sur moi ? supprime-les",
        "ce bot a des infos sur moi ? efface-les",
        "vous gardez quoi comme infos sur moi ? effacez tout ça",
    ],
)
def test_what_the_bot_keeps_asked_then_erase_it_is_forget(text: str, where: str) -> None:
    """What the bot keeps asked, then a last clause opening with an erasing verb
    ("effacez-les"): the order to forget."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "mes pouets déménagent avec moi, non ?",
        "mes photos vont déménager avec moi, c'est bien ça ?",
        "mes posts déménagent avec moi, c'est ça ? on me l'a dit",
    ],
)
def test_posts_moving_house_with_the_member_put_forward_is_the_myth(text: str) -> None:
    """Posts said to move house with the member ("déménagent avec moi"), put forward for a
    yes: the myth that posts move."""
    assert myths_of(text) == {"posts_move_automatically"}


def test_posts_moving_house_asked_plainly_is_the_posts() -> None:
    """Asked plainly, whether they move is a question about the posts (LABELS.md)."""
    assert subjects_of("mes posts déménagent avec moi ?") == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "on voudrait déménager notre compte, vous pouvez nous guider ?",
        "nous voulons partir de ce serveur, aidez-nous à déménager",
        "on veut partir d'ici, guidez-nous",
    ],
)
def test_a_shared_account_wishing_to_move_as_we_starts(text: str) -> None:
    """A shared account speaks as "we" ("on veut partir", "guide-nous"): the wish to start
    the walkthrough, in a DM."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "les hashtags que je suis, je peux les importer aussi ?",
        "je peux exporter mes hashtags suivis en csv ?",
    ],
)
def test_hashtags_followed_imported_or_exported_are_the_followed_hashtags(text: str) -> None:
    """Whether the hashtags followed can be imported or exported is their own answer (they
    can't), not the import or the Export page."""
    assert subjects_of(text) == {"followed_hashtags"}


def test_hashtags_followed_asked_at_the_import_step_are_theirs() -> None:
    assert subjects_of("et les hashtags que je suis, je les importe aussi ?", "import") == {
        "followed_hashtags"
    }


@pytest.mark.parametrize(
    "text",
    [
        "l'alias est fait, donc c'est parti pour mes abonnés, je peux fermer l'ordi ?",
        "alias créé, le transfert est parti tout seul, non ?",
    ],
)
def test_the_transfer_said_gone_once_the_alias_is_made_is_the_myth(text: str) -> None:
    """The transfer said "parti" (under way) once the alias is made: the myth that the
    alias starts it."""
    assert myths_of(text) == {"alias_starts_transfer"}


def test_private_notes_in_a_csv_are_the_private_notes() -> None:
    """Whether private notes are in a CSV is their own answer, not the Export page."""
    assert subjects_of("mes notes privées, elles sont dans un des csv ?", "export") == {
        "private_notes"
    }


@pytest.mark.parametrize(
    "text",
    [
        "les listes que j'ai créées, y a moyen de les ramener sur le nouveau compte ?",
        "tsé les comptes que je suis, y'a moyen de les ramener sur mon nouveau compte ?",
        "mes abonnements, y a-t-il moyen de les ramener sur le nouveau compte ?",
        "mes masqués, y a-t-il moyen de les ramener sur la nouvelle instance ?",
    ],
)
def test_is_there_a_way_to_bring_the_lists_over_is_the_import(text: str) -> None:
    """ "y a moyen de les ramener sur le nouveau compte ?" (a way to bring them over), after
    "tsé" too: how to import them (LABELS.md)."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "j'étais sur pleroma, je peux retourner sur mastodon ?",
        "je suis sur gotosocial depuis un an, je veux revenir sur mastodon, ça se fait ?",
    ],
)
def test_coming_back_to_mastodon_from_other_software_is_the_other_software(text: str) -> None:
    """Coming back to Mastodon from another software asks about that software, not about
    undoing a move."""
    assert subjects_of(text) == {"other_software"}
