"""French classes of session 45 (fr-es), chosen on the tuning halves of rounds 58-77, round 77
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "j'ai exporté mes pouets en csv, je les remets comment sur la nouvelle instance ?",
        "j'ai le csv de mes publications, je les importe où sur le nouveau compte ?",
    ],
)
def test_a_posts_csv_then_how_to_import_them_is_both_myths(text: str) -> None:
    """The posts' CSV told, then how to upload "les" (the posts, an object pronoun before
    the verb): both claims, the CSV of posts and its import (LABELS.md)."""
    reading = read_row({"text": text})
    assert reading.understanding is not None
    assert set(reading.understanding.subjects) == {"archive", "posts"}
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "j'ai le fichier des comptes que j'ai bloqués, je le remets comment ?",
        "j'ai exporté mes abonnements, je les importe comment ?",
    ],
)
def test_a_file_of_accounts_then_how_to_import_it_is_the_import(text: str) -> None:
    """A file of the accounts blocked or followed put back: an import, no claim about posts."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "j'ai cliqué sur déménager hier, ça donne quoi ?",
        "j'ai lancé le déménagement ce matin, ça se passe bien ?",
        "j'ai fait migrer mes abonnés hier, ça donne quoi ?",
    ],
)
def test_the_move_told_then_how_it_goes_is_the_move_progress(text: str) -> None:
    """The move told as done, then only "ça donne quoi ?": how the move is going
    (move_progress, LABELS.md), not how to move."""
    assert subjects_of(text) == {"move_progress"}


def test_what_happens_to_the_followers_stays_the_followers() -> None:
    assert subjects_of("mes abonnés, comment ça se passe pour eux ?") == {"followers"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("je ferai mon profil plus tard, on continue", "profile"),
        ("plus tard pour le profil, continuons", "profile"),
        ("plus tard, on continue", "profile"),
    ],
)
def test_the_step_put_off_then_go_on_skips_it(text: str, where: str) -> None:
    """The step put off, then only "on continue" (nothing paused to resume at a step):
    going on past it skips it."""
    assert command_of(text, where) == "skip"


def test_the_step_put_off_alone_is_not_yet() -> None:
    assert command_of("pas encore, je continuerai demain", "alias") == "not_yet"


@pytest.mark.parametrize(
    "text",
    [
        "ma communauté va me suivre sur la nouvelle instance ?",
        "mes lecteurs vont suivre ?",
        "notre communauté va-t-elle nous suivre ?",
    ],
)
def test_the_readers_and_community_are_the_followers(text: str) -> None:
    """The readers and the community the account speaks to: its followers."""
    assert subjects_of(text) == {"followers"}


def test_a_blogger_s_billets_are_the_posts() -> None:
    assert subjects_of("mes billets passent sur le nouveau compte ?") == {"posts"}


@pytest.mark.parametrize(
    "text", ["le lien marche plus, je fais quoi ?", "le lien a expiré, faut tout redemander ?"]
)
def test_the_download_link_broken_is_the_archive(text: str) -> None:
    """The archive's link broken or expired at the download step: the archive."""
    assert subjects_of(text, "download") == {"archive"}


def test_a_link_to_the_old_profile_is_still_the_links_elsewhere() -> None:
    assert subjects_of("le lien vers mon ancien profil ne marche plus ?") == {"external_links"}


@pytest.mark.parametrize(
    "text",
    [
        "si je change de serveur mes clients vont-ils devoir me rechercher ?",
        "mes abonnés vont devoir me rechercher ?",
        "mes clientes vont-elles devoir se réabonner ?",
    ],
)
def test_the_followers_having_to_search_again_is_the_myth(text: str) -> None:
    """A shop's customers as its followers, said to have to "me rechercher" (search for me
    again): the claim that they must follow again by hand (LABELS.md)."""
    assert myths_of(text) == {"followers_must_refollow"}


def test_the_followers_able_to_find_me_is_a_question() -> None:
    assert subjects_of("comment mes abonnés vont me rechercher ?") == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "jsp si je dois déménager mon compte ou en créer un nouveau, j'ai 15 abonnés",
        "je déménage mon compte ou je crée un nouveau compte ?",
    ],
)
def test_moving_weighed_against_a_new_account_is_whether_to_move(text: str) -> None:
    """Moving weighed against a new account ("… ou en créer un nouveau"): whether to move,
    not the walkthrough started."""
    assert subjects_of(text) == {"whether_to_move"}
