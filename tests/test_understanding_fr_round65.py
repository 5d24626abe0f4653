"""French classes of session 33 (learn33intl), chosen on the tuning halves of rounds 58-64
(read by a second opinion trained without them and by the tables alone) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "Si j'ai bien compris, mes publications seront déplacées vers le nouveau compte ?",
            "posts_move_automatically",
        ),
        (
            "mes blocages suivent tout seuls sur le nouveau compte, si je comprends bien",
            "blocks_move_automatically",
        ),
        (
            "j'ai ajouté l'alias sur le nouveau compte, donc mes abonnés sont en train de "
            "migrer, si je comprends bien ?",
            "alias_starts_transfer",
        ),
        (
            "Mon neveu m'a assuré que ma photo de profil serait reprise automatiquement. "
            "Est-ce bien cela ?",
            "avatar_header_transferred",
        ),
        (
            "On m'a affirmé que mes sourdines passeraient d'elles-mêmes, c'est bien cela ?",
            "mutes_move_automatically",
        ),
        (
            "si j'ai bien suivi, tous mes abonnés devront se réabonner un par un ?",
            "followers_must_refollow",
        ),
    ],
)
def test_a_claim_said_as_understood_or_assured_is_stated(text: str, myth: str) -> None:
    """ "si j'ai bien compris, …", "…, si je comprends bien ?", "c'est bien cela ?", "X m'a
    assuré que …": the member puts the claim forward for a yes (LABELS: the myth)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Si j'ai bien compris, comment je fais pour déplacer mes abonnés ?", "followers"),
        ("si je comprends bien, quels fichiers dois-je exporter ?", "csv_export"),
    ],
)
def test_understood_before_a_question_word_still_asks(text: str, subject: str) -> None:
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("j'ai lancé le déménagement hier, est-ce que mes abonnés arrivent ?", "public"),
        ("migration faite ce matin, mes abonnés sont-ils en train d'arriver ?", "public"),
        ("bon j'ai fait le transfert, mes abonnés commencent-ils à arriver ?", "public"),
        ("mes abonnés arrivent-tu sur le nouveau compte asteure ?", "public"),
    ],
)
def test_whether_the_followers_are_arriving_now_is_the_move_progress(text: str, where: str) -> None:
    """ "j'ai fait le move hier, mes abonnés arrivent ?": whether they are arriving now is
    how the move is going (LABELS: move_progress in public), not how long it takes."""
    assert subjects_of(text, where) == {"move_progress"}


def test_whether_the_followers_are_arriving_in_a_dm_is_progress() -> None:
    assert command_of("est-ce que mes abonnés commencent à arriver ?", "dm") == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "combien de temps avant que mes abonnés arrivent sur le nouveau compte ?",
        "quand est-ce que mes abonnés arrivent après le déménagement ?",
    ],
)
def test_when_the_followers_arrive_stays_their_timing(text: str) -> None:
    assert subjects_of(text) == {"follower_timing"}
