"""A Spanish class seen while mending English in session 31 (learn31en): a Spanish tuning
row the English mend's `apart` would have lost. The phrasings are the tuner's own; none is
a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "¿mis seguidores llegan solos a mi cuenta nueva?",
        "oye, los seguidores llegan solos o tengo que avisarles",
        "¿los seguidores se pasan solos al otro servidor?",
    ],
)
def test_followers_arriving_by_themselves_is_whether_they_move(text: str) -> None:
    """ "¿llegan solos?": whether the followers come along by themselves (followers), not
    how long they take (follower_timing), which "llegan" alone cues in es.toml."""
    assert subjects_of(text) == {"followers"}


def test_followers_arriving_asked_how_long_is_their_timing() -> None:
    assert subjects_of("¿cuánto tardan en llegar mis seguidores?") == {"follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "tengo el link de mi perfil en la web de mi tienda, lo tengo que cambiar?",
        "en mi web personal hay un enlace a mi cuenta vieja, ¿se actualiza solo?",
        "el enlace a mi perfil que tengo en la web del club, ¿lo cambio a mano?",
    ],
)
def test_a_link_on_the_members_own_website_is_the_links(text: str) -> None:
    """ "la web de mi tienda", "la web del club": a website of the member's own holding the
    link (external_links), not Mastodon's web version beside the app (website_vs_app)."""
    assert subjects_of(text) == {"external_links"}


def test_the_web_beside_the_app_is_still_the_web_version() -> None:
    assert subjects_of("¿puedo hacer la mudanza desde la web o solo en la app?") == {
        "website_vs_app"
    }
