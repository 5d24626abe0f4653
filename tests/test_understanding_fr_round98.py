"""French classes of session 55 (fres55), chosen on round 97's tuning half. The phrasings
are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of

from bot.understand import understand


@pytest.mark.parametrize(
    "text",
    [
        "le site de l'asso renvoie vers mon vieux profil mastodon, je dois changer le lien ?",
        "notre site web pointe vers l'ancien compte, faut-il modifier le lien ?",
        "la page du festival renvoie encore vers mon ancien compte, je change le lien ?",
        "sur le site de la mairie le lien pointe vers mon ancien profil, il faut le changer ?",
        "mon portfolio renvoie vers mon ancien compte, je dois changer les liens ?",
    ],
)
def test_a_page_that_points_to_the_old_profile(text: str) -> None:
    """A website or page that "renvoie vers" / "pointe vers" the old profile, and its link to
    change: links kept outside Mastodon (external_links), not the redirect nor the website
    against the app."""
    assert subjects_of(text) == {"external_links"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("l'alias c'est fait, je lance ça où ?", {"move"}),
        ("jai fini l'alias, c'est où pour lancer le déménagement", {"move"}),
        ("alias ajouté sur le nouveau, je clique où pour lancer le transfert ?", {"move"}),
        (
            "l'alias est en place, on lance où la migration ? et ça prend longtemps ?",
            {"move", "duration"},
        ),
    ],
)
def test_the_alias_done_where_to_start_the_move(text: str, subjects: set[str]) -> None:
    """The alias told as done, then where to click to start: the move (on the old account),
    not the alias again."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "j'ai demandé mon archive, je pourrai la mettre sur le nouveau compte pour récupérer mes photos ?",
        "j'ai l'archive en zip, je peux la mettre sur la nouvelle pour retrouver mes messages ?",
        "j'ai sauvegardé mon archive, on peut la mettre sur le nouveau compte pour ravoir mes posts ?",
        "mon archive est téléchargée, je peux la mettre sur le nouveau profil pour retrouver mes toots ?",
    ],
)
def test_the_archive_put_on_the_new_account_by_a_pronoun(text: str) -> None:
    """The archive named, then "je peux la mettre sur le nouveau compte pour retrouver mes
    posts ?": the pronoun opening the claim's phrase refers back to it, so the claim goes on
    across the comma (bot/understand.py _one_claim's pronoun_inside), in the tables too."""
    assert myths_of(text) == {"posts_can_be_imported"}
    assert understand(text, "fr").myths == ["posts_can_be_imported"]
