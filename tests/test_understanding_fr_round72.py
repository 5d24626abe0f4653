"""French classes of session 39 (learn39-fres), chosen on the tuning halves of rounds 68-71,
round 71 first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "ce qu'on voit sur mon vieux profil, et est-ce que mes abonnés devront me resuivre ?",
        "que verront mes amis et est-ce qu'ils devront se réabonner à la main ?",
        "on verra quoi sur l'ancien compte ? mes abonnés doivent me suivre à nouveau ?",
        "qu'est-ce qu'on voit sur l'ancien profil ? et ils devront me refollow un à un ?",
        "ce que verront les visiteurs, et est-ce que mes abonnés doivent me re-suivre ?",
    ],
)
def test_what_others_see_asked_beside_the_refollow_claim(text: str) -> None:
    """What others see, then whether everyone must follow again, in a question of its own
    ("et est-ce que…", comma or not; or a second "?"): both asked, the claim a myth
    (LABELS.md: "what do others see, and does she have to follow me again?")."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "myth", got
    assert set(got.understanding.subjects) == {"what_others_see", "followers"}, got
    assert set(got.understanding.myths) == {"followers_must_refollow"}, got


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés arrivent ou c'est bloqué ?",
        "ça avance mon déménagement ou tout est bloqué ?",
        "mes abonnés arrivent pas, c'est bloqué depuis ce matin ?",
        "le transfert des abonnés, il avance ou il reste bloqué ?",
    ],
)
def test_stuck_is_not_the_blocked_accounts(text: str) -> None:
    """ "c'est bloqué", "tout est bloqué", "il reste bloqué": the move stuck, not the
    accounts the member blocked; what is asked is how the move goes."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize("text", ["je suis bloqué là", "je suis bloquée, je comprends pas"])
def test_stuck_at_a_step_asks_how(text: str) -> None:
    assert command_of(text, "alias") == "how"


def test_the_blocked_accounts_are_still_blocks() -> None:
    assert subjects_of("les comptes que j'ai bloqués restent bloqués ?") == {"blocks"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mes abonnements sont recopiés tout seuls, non ? c'est ce que le tuto disait",
            "follows_move_automatically",
        ),
        (
            "mes blocages suivent automatiquement hein ? c'est ce que dit le guide",
            "blocks_move_automatically",
        ),
        ("ma bio et mon nom se recopient tout seuls, j'imagine", "name_bio_copied"),
        ("mes listes se copient pas, je suppose", "lists_cannot_transfer"),
        ("du coup mes vieux pouets seront sur la nouvelle instance ?", "posts_move_automatically"),
        ("donc mes photos vont être sur le nouveau compte ?", "posts_move_automatically"),
    ],
)
def test_claims_put_forward_for_a_yes(text: str, myth: str) -> None:
    """A source named after the claim ("c'est ce que le guide disait"), the plural present
    ("se recopient", "se copient"), and "donc … seront sur le nouveau compte ?": the claim
    put forward to be confirmed (LABELS.md: the myth)."""
    assert myths_of(text) == {myth}


def test_will_they_be_on_the_new_account_asked_is_a_question() -> None:
    """Asked plainly, with no "donc" drawing it from a claim: what happens to the posts."""
    assert subjects_of("mes posts seront sur le nouveau compte ?") == {"posts"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("kesk jperds si jdemenage ?", {"overview"}),
        ("qu'est-ce qu'on perd si on déménage, et c'est long ?", {"overview", "duration"}),
        (
            "je perds quoi si je change d'instance et ça prend combien de temps ?",
            {"overview", "duration"},
        ),
    ],
)
def test_what_is_lost_if_one_moves_is_the_overview(text: str, subjects: set[str]) -> None:
    """ "qu'est-ce que je perds si je déménage" (chat's "kesk jperds"), beside how long it
    takes: what moves and what stays, the overview, both asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "l'alias d'abord ou Migrer les abonnés ? Et je dois attendre combien entre les deux ?",
        "l'alias ou le bouton Migrer les abonnés, lequel d'abord ? et faut attendre combien entre les deux ?",
        "je commence par quoi, l'alias ou « Migrer les abonnés » ? et je patiente combien entre les deux ?",
    ],
)
def test_the_order_of_the_steps_and_the_wait_between_them(text: str) -> None:
    """Which step comes first, then how long to wait between them: two questions, both
    asked (the wait's rule keeps the first question's subjects)."""
    assert subjects_of(text) == {"alias", "move", "duration"}


@pytest.mark.parametrize(
    "text",
    [
        "y seront-tu prév'nus mes abonnés ?",
        "mes abonnés sont prév'nus quand j'bouge ?",
    ],
)
def test_the_dropped_e_of_prevenus_is_the_notice(text: str) -> None:
    """Picard and Quebec drop the spoken e ("prév'nus"): whether the followers are told."""
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "je mets l'alias sur l'ancien compte et c'est réglé ?",
        "sur mon vieux compte je crée l'alias et c'est tout ?",
    ],
)
def test_and_that_is_it_closes_a_claim(text: str) -> None:
    """ "…, et c'est réglé ?", "et c'est tout ?": the plan put forward to be confirmed."""
    assert myths_of(text, "dm") == {"alias_on_old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "quelle différence entre les CSV et l'archive ?",
        "c'est quoi la diff entre l'exportation et l'archive ?",
        "l'archive ou les fichiers CSV, c'est quoi la différence ?",
    ],
)
def test_the_csvs_and_the_archive_compared_asks_both(text: str) -> None:
    """The archive and the CSVs compared: both asked about, not the CSVs dropped as one
    list's file (en.toml's "difference between")."""
    assert subjects_of(text, "dm") == {"csv_export", "archive"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en allemand svp, ma femme comprend mieux", "de"),
        ("en espagnol c'est possible ? c'est pour ma fille qui apprend", "es"),
    ],
)
def test_a_language_with_someone_learning_or_understanding_as_the_reason(
    text: str, language: str
) -> None:
    """A language asked, then why: someone who learns it or understands it better."""
    assert command_of(text, "dm") == f"language:{language}"
