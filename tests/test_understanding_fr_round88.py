"""French classes of session 50 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        (
            "le tuto dit que la photo de profil, la bio et les abonnements sont transférés, c'est vrai ?",
            {"avatar_header_transferred", "name_bio_copied", "follows_move_automatically"},
        ),
        (
            "j'ai lu que l'avatar, la bio et les blocages sont transférés",
            {"avatar_header_transferred", "name_bio_copied", "blocks_move_automatically"},
        ),
    ],
)
def test_a_list_after_the_claims_source_keeps_its_first_item(text: str, myths: set[str]) -> None:
    """ "l'article dit que l'avatar, la bio et … sont transférés": the source's clause ends
    in the list's first item (only things after its "que"), so the claim runs on to it, as
    where the list opens the message."""
    assert myths_of(text) == myths
