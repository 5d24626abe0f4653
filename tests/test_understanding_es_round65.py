"""Spanish classes of session 33 (learn33intl), chosen on the tuning halves of rounds 58-64
(read by a second opinion trained without them and by the tables alone) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "me cambié hace unos días y ya me quiero ir a otro server, puedo volver a mudarme o "
        "toca esperar",
        "me mudé hace 3 días y ya me quiero ir a otra instancia jaja no me decido, puedo "
        "volver a mudarme ya o hay q esperar",
        "quiero irme a otro server otra vez, puedo mudarme de nuevo ya mismo",
    ],
)
def test_wanting_to_move_again_and_asking_whether_one_may_is_the_cooldown(text: str) -> None:
    """ "ya me quiero ir a otro server, puedo volver a mudarme o hay que esperar": the wish is
    why; "puedo …" opens the question (as "kann ich"), so it is no wish to start now."""
    assert subjects_of(text) == {"cooldown"}
