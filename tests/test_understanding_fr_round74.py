"""French classes of session 41 (eu), chosen on the tuning halves of rounds 58-73, round 73
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("le fichier zip je pourrai le mettre sur le nouveau compte ?", "download"),
        ("et ce zip je le charge sur le nouveau serveur ensuite ?", "export"),
        ("la sauvegarde je pourrai la charger sur la nouvelle instance ?", "archive"),
        ("le zip on peut l'importer sur la nouvelle instance ?", "public"),
    ],
)
def test_the_zip_or_backup_taken_to_the_new_account_is_the_myth(text: str, where: str) -> None:
    """The zip or backup file itself put or loaded on the new account, asked whether or not:
    that the posts can be imported is the claim put forward (LABELS: "can i upload my
    archive to restore my posts?")."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


def test_importing_this_archive_asked_whether_stays_a_question() -> None:
    """ "l'archive" alone imported, asked whether, was written as a question (rounds 6-7)."""
    assert subjects_of("je pourrai importer l'archive sur le nouveau compte ?", "archive") == {
        "posts"
    }


@pytest.mark.parametrize(
    "text",
    [
        "je peux revenir sur mon ancien serveur ? et combien de temps je dois attendre ?",
        "si ça me plaît pas je peux revenir en arrière ? il y a un délai ?",
        "on peut retourner sur l'ancienne instance après ? et il faut attendre combien de temps ?",
    ],
)
def test_the_wait_before_moving_back_is_the_cooldown(text: str) -> None:
    """How long to wait before moving back is the cooldown (a second move), beside moving
    back itself, not how long a move takes."""
    assert subjects_of(text) == {"move_back", "cooldown"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mes abonnés arrivent au compte-gouttes, c'est normal ?", "dm"),
        ("mes abonnés arrivent lentement, c'est normal ?", "followers"),
        ("mes abonnés arrivent petit à petit, c'est normal ?", "dm"),
    ],
)
def test_whether_the_slow_pace_is_normal_asks_about_the_wait(text: str, where: str) -> None:
    """Followers arriving slowly, "c'est normal ?": whether the pace is normal asks about
    the wait (follower_timing), as "combien de temps" does, not how far the move has got."""
    assert subjects_of(text, where) == {"follower_timing"}


def test_whether_followers_are_arriving_is_still_progress() -> None:
    assert command_of("mes abonnés arrivent ?", "dm") == "progress"
