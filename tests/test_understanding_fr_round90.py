"""French classes of session 51 (fr-es). The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés vont voir quoi, et est-ce qu'ils doivent me suivre à nouveau ?",
        "ma sœur verra quoi sur mon vieux profil, et est-ce qu'elle doit me suivre à nouveau ?",
        "les gens vont voir quoi sur mon ancien compte, et ils devront me suivre à nouveau ?",
        "mes potes verront quoi, et est-ce qu'ils devront me re-suivre ?",
        "ma mère verra quoi et elle devra me suivre à nouveau ?",
    ],
)
def test_what_they_will_see_asked_with_quoi_then_the_refollow_claim(text: str) -> None:
    """ "ils vont voir quoi", "elle verra quoi": seeing asked with "quoi" after the verb,
    then the refollow claim put forward in an added question: both asked (LABELS.md)."""
    assert myths_of(text) == {"followers_must_refollow"}
    assert set(read_row({"text": text}).understanding.subjects) == {"followers", "what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "ça se passe bien le déménagement ? je ne vois pas grand-chose bouger",
        "ça se passe bien ? je ne vois rien bouger",
        "tout va bien ? je vois rien bouger de mon côté",
        "ça avance le transfert ? je vois pas bouger le compteur",
        "ça se passe bien la migration ? je vois rien changer",
    ],
)
def test_seeing_nothing_move_at_the_followers_step_asks_progress(text: str) -> None:
    """ "je ne vois pas grand-chose bouger": the followers not seen arriving, how the move
    is going (progress), not "je ne vois pas" of a button not found (how)."""
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "Nous passerons cette étape, le profil est déjà prêt.",
        "on passera cette étape, c'est déjà fait",
        "passons cette étape, c'est déjà fait",
        "je passerai cette étape, j'ai déjà tout rempli",
        "passons l'étape, le profil est prêt depuis hier",
    ],
)
def test_skipping_said_in_the_future_or_as_let_us_with_a_reason_skips(text: str) -> None:
    """ "nous passerons cette étape", "passons cette étape" beside "c'est déjà fait": the
    step passed over (skip), its reason no report that it was done here."""
    assert command_of(text, "profile") == "skip"


@pytest.mark.parametrize(
    "text",
    [
        "je me demande si mes abonnés seront avertis ou s'ils verront simplement mon nouveau compte",
        "mes abonnés seront prévenus, ou ils trouveront simplement mon nouveau compte ?",
        "est-ce qu'on prévient mes abonnés ou ils tombent simplement sur mon nouveau compte ?",
    ],
)
def test_followers_who_would_simply_find_the_new_account_ask_about_notifications(text: str) -> None:
    """ "ou s'ils verront simplement mon nouveau compte": the other side of being told, not
    whether to make a new account instead of moving ("ou simplement créer un nouveau
    compte")."""
    assert "whether_to_move" not in subjects_of(text)
    assert "notifications" in subjects_of(text)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("les listes et les marque-pages, ça s'exporte ?", {"lists", "bookmarks"}),
        ("les blocages et les marque-pages, on peut les exporter ?", {"blocks", "bookmarks"}),
        ("mes marque-pages, ça s'exporte aussi ?", {"bookmarks"}),
        ("où est la page pour exporter mes marque-pages ?", {"csv_export"}),
        ("je trouve pas la page où on exporte les listes", {"csv_export"}),
    ],
)
def test_the_pages_of_marque_pages_are_no_export_page(text: str, subjects: set[str]) -> None:
    """ "les marque-pages, ça s'exporte ?" asks whether they can be exported (their own
    subject): the "pages" of the bookmarks' name is not the Export page ("la page pour
    exporter", still the CSV export)."""
    assert subjects_of(text) == subjects
