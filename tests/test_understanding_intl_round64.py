"""Rows of other classes that learn32intl's retrained second opinion read wrong (English,
French, Spanish tuning rows kept by session 32): their classes in the tables where the
tables were wrong, and probes in the tuner's own words so the retrained model keeps them."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text", ["can i just bin my old account now?", "ok so can i bin the old account?"]
)
def test_binning_the_old_account_is_deleting_it(text: str) -> None:
    """ "bin the old account": throwing it away is deleting it (delete_old_account)."""
    assert subjects_of(text, "followers") == {"delete_old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "donc faut que tous mes abonnés me re-suivent à la main ??",
        "faut que mes abonnés me re-suivent un par un sur le nouveau ??",
    ],
)
def test_french_re_suivent_with_a_hyphen_is_the_refollow_myth(text: str) -> None:
    """ "me re-suivent" (hyphen read as a space): the followers following again."""
    assert myths_of(text) == {"followers_must_refollow"}


def test_spanish_first_step_to_move_the_followers_is_the_move() -> None:
    assert subjects_of("cual es el primer paso para mover a mis seguidores?") == {"move"}
