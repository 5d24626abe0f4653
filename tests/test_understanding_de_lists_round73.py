"""German lists of things named side by side ("Avatar und meine Bio", "Listen und Mutes"):
each is asked or stated, whatever the second opinion makes of one of them. Written when
round 72's retraining dropped the avatar's myth from "Avatar und Biografie werden kopiert"
(two myths of one subject, the profile, where the subjects' list test sees one)."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "Profilbild und Anzeigename werden beim Umzug automatisch übernommen",
        "Banner sowie Bio ziehen ja von allein mit um",
        "mein Avatar und meine Beschreibung kommen automatisch mit, oder?",
    ],
)
def test_two_profile_myths_named_in_a_list_are_both_stated(text: str) -> None:
    """The avatar's myth and the bio's, both of the profile: replies/intents/de.toml
    list_joiners and bot/understand.py _myths_listed keep both (interpret._drop_unstated
    drops neither)."""
    assert myths_of(text) == {"avatar_header_transferred", "name_bio_copied"}


@pytest.mark.parametrize(
    "text",
    [
        "Listen und Mutes, kommen die mit rüber?",
        "Blockierungen oder Mutes, nimmt der Umzug die mit?",
    ],
)
def test_things_asked_in_a_list_are_all_asked(text: str) -> None:
    """Two subjects named side by side, one question about both."""
    assert len(subjects_of(text)) == 2


def test_an_article_is_no_list_joiner() -> None:
    """ "die Beiträge, die ich geteilt hab" are the boosts (a relative clause), not the
    posts beside the favourites: no article between list items."""
    text = "Meine Favoriten und die Beiträge, die ich geteilt hab, was wird aus denen?"
    assert subjects_of(text) == {"boosts_favourites"}
