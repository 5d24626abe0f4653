"""German and French classes round 16's and 18's tuning rows (and the lead's notes) showed
failing at first contact: farewells read as off topic, and a step reported done with a
problem after it ("fait, mais j'ai un message d'erreur", "ist gemacht, aber nix passiert")
read as done. Each case is the tuner's own phrasing, not a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("bonne soirée", "public"),
        ("bonne soirée à toi !", "dm"),
        ("à plus", "public"),
        ("à la prochaine", "dm"),
        ("au revoir", "public"),
        ("bis dann", "public"),
        ("tschüss", "public"),
        ("schönen Abend noch", "dm"),
        ("ciao und bis bald", "public"),
        ("auf Wiedersehen", "dm"),
    ],
)
def test_defr_a_farewell_is_a_greeting(text: str, where: str) -> None:
    """A farewell opens no question and is no off-topic line: it is answered as a greeting
    (LABELS.md: greeting, no subjects), as en "bye" / "good night" are."""
    reading = first_contact({"text": text, "where": where})[1]
    assert reading.command is None
    assert reading.understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("fait, mais j'ai un message d'erreur", "move"),
        ("c'est bon mais ça plante", "export"),
        ("c'est fait, mais il se passe rien", "import"),
        ("envoyé mais ça a pas marché", "import"),
        ("ist gemacht, aber nix passiert", "import"),
        ("gemacht, klappt aber nicht", "move"),
        ("erledigt, aber es passiert nichts", "alias"),
        ("hab ich angelegt, geht aber nicht", "alias"),
        ("gemacht aber da kommt eine Fehlermeldung", "move"),
    ],
)
def test_defr_done_with_a_problem_after_it_is_how(text: str, where: str) -> None:
    """A step reported done, then a problem ("erreur", "ça plante", "nix passiert",
    "klappt aber nicht"): the step went wrong, so it asks about the step (how), not done."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text",
    [
        "comment exporter mes listes et mes blocages",
        "comment j'exporte mes listes ?",
        "comment je fais pour exporter mes comptes masqués",
        "comment on exporte les signets et les abonnements ?",
        "wie exportiere ich meine Listen und Blockierungen",
        "wie exportier ich Stummschaltungen und Lesezeichen?",
        "Wie exportiere ich meine Lesezeichen und Listen?",
    ],
)
def test_defr_how_to_export_lists_is_the_export_page(text: str) -> None:
    """How to export lists (several at once in de, where one list alone keeps its own
    subject by a tuning row) asks for the Export page (LABELS.md: csv_export), whatever
    the files hold."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "je peux exporter mes signets ?",
        "comment importer mes listes ?",
        "Wie exportiere ich meine Folgen-Liste als CSV?",
    ],
)
def test_defr_whether_a_list_exports_or_importing_it_keeps_its_subject(text: str) -> None:
    """Whether one list can be exported, or how to import it, is not the Export page."""
    assert subjects_of(text) != {"csv_export"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("bon laisse tomber cette étape", "export"),
        ("laisse tomber l'archive", "archive"),
        ("on laisse tomber cette partie", "profile"),
        ("je laisse tomber le profil, pas le temps", "profile"),
        ("laisse tomber l'import, j'en ai pas besoin", "import"),
        ("vergiss diesen Schritt", "export"),
        ("den Schritt vergessen wir", "profile"),
    ],
)
def test_defr_dropping_the_step_is_skip(text: str, where: str) -> None:
    """ "laisse tomber" with the step (or its file) after it drops that step: skip, not
    stop; "laisse tomber" alone, or the move itself dropped, still stops."""
    assert command_of(text, where) == "skip"


@pytest.mark.parametrize(
    ("text", "where"),
    [("laisse tomber", "import"), ("laisse tomber le déménagement", "dm")],
)
def test_fr_dropping_it_all_still_stops(text: str, where: str) -> None:
    """Nothing of the step named: the member gives up, the reminders stop."""
    assert command_of(text, where) == "stop"
