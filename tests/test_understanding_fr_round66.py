"""French classes of session 34 (learn34jfe), chosen on the tuning halves of rounds 58-65
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que mes abonnés vont recevoir un avis ?",
        "mes abonnés vont-tu recevoir un avis quand je déménage?",
        "quand je change de serveur, mes abonnés reçoivent un avis ou pas ?",
    ],
)
def test_followers_receiving_a_notice_is_notifications(text: str) -> None:
    """ "recevoir un avis" (Québec: a notice) is being notified, as "une notif" is."""
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que je peux importer mon archive dans le nouveau compte pour retrouver mes posts ?",
        "je peux téléverser le zip sur le nouveau compte afin de récupérer mes publications ?",
        "on peut réimporter l'archive sur l'autre compte pour récupérer nos pouets ?",
    ],
)
def test_importing_the_archive_to_get_the_posts_back_is_the_myth(text: str) -> None:
    """Asking whether the archive can be imported "pour récupérer / retrouver" the posts puts
    the claim forward for a yes: the myth (LABELS.md)."""
    assert myths_of(text) == {"posts_can_be_imported"}
