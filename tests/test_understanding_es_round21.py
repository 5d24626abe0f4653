"""Spanish classes round 21's tuning rows (and round 17's leftovers) showed failing at first
contact: an either-or question ("¿se quedan o se vienen conmigo?") read as the claim in its
first half; everyone asked to follow again named without "seguidores" ("pedirle a cada
persona que me siga de nuevo"); and "siguiéndome" (the people following me: followers)
read as the accounts followed. Each case is the tuner's own phrasing, not a row of the
question sets, read at first contact."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mis publicaciones se quedan en la cuenta vieja o se vienen conmigo", "posts"),
        ("las fotos que subi se quedan aqui o se pasan a la nueva", "posts"),
        ("mis videos se van conmigo o se quedan", "posts"),
        ("los bloqueos se pasan solos o se pierden", "blocks"),
        ("los follows se mudan conmigo o se quedan atras", "follows"),
        ("mis silenciados se copian a la cuenta nueva o se borran", "mutes"),
    ],
)
def test_es_an_either_or_question_asks(text: str, subject: str) -> None:
    """Both answers offered ("se quedan o se vienen", "se pasan o se pierden"): the member
    asks which, believing neither half."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "mis publicaciones se mudan solas, o sea que puedo borrar la vieja",
        "mis posts se van solos a la cuenta nueva",
    ],
)
def test_es_a_claim_with_o_sea_is_still_a_claim(text: str) -> None:
    """ "o sea" (that is) is no alternative: the claim stands."""
    assert myths_of(text) == {"posts_move_automatically"}


@pytest.mark.parametrize(
    "text",
    [
        "tendre que pedirle a cada persona que me siga de nuevo",
        "ahora toca rogarle a cada persona que me vuelva a seguir, que pereza",
        "o sea que cada uno tiene que volver a darme follow a mano",
        "voy a tener que pedirle a todo el mundo que me vuelva a seguir",
        "cada persona me va a tener que seguir otra vez, que rollo",
    ],
)
def test_es_everyone_asked_to_follow_again_states_the_refollow_myth(text: str) -> None:
    """Each person / everyone told to follow me again ("que me siga de nuevo", "que me
    vuelva a seguir", "darme follow"): the claim that followers must refollow by hand."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("tengo 30 personas siguiendome, las pierdo si me mudo?", {"followers"}),
        ("la gente que esta siguiendome se viene conmigo?", {"followers"}),
        ("hay poca gente siguiendome, vale la pena mudarme?", {"whether_to_move"}),
        ("los que me estan siguiendo se pasan solos a la cuenta nueva?", {"followers"}),
    ],
)
def test_es_siguiendome_is_the_followers(text: str, subjects: set[str]) -> None:
    """ "Siguiéndome" (following me) are the followers, not the accounts followed."""
    assert subjects_of(text) == subjects
