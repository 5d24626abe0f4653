"""German classes of session 36 (learn36de), chosen on the tuning halves of rounds 58-67
(read by the tables alone, and with a second opinion trained without them) and checked on
rounds 16-56: dialect function words and verb forms (Kölsch, Palatine, Hessian, Bavarian,
Austrian, Swabian, Luxembourgish), official German (Amtsdeutsch), Kiezdeutsch, older
members, and chat words at steps. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact_locale, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Wat passiert met minge ahle Beiträch?", {"posts"}),
        ("Wie kann isch mei Liste uffs neie Konto mitnemme?", {"import"}),
        ("darf i auf em alte Konto nachher no toote?", {"keep_both_accounts"}),
        (
            "Kann ich nach dem Umzug mit dem alten Konto noch ab und zu was schreiben?",
            {"keep_both_accounts"},
        ),
        ("zahlt es sich aus umzuziehen wenn ich kaum follower hab?", {"whether_to_move"}),
        ("zahlt sich des iwwerhaupt aus mit meine 40 Follower?", {"whether_to_move"}),
    ],
)
def test_dialect_words_and_verb_forms(text: str, subjects: set[str]) -> None:
    """Kölsch "ahl" (alt), "Beiträch" (a last "g(e)" said "ch" on a long word), Palatine
    "uffs", "mitnemme" ("mm" for "hm"), "iwwer" ("ww" for "b"), Swabian "em" (dem), "toote";
    Austrian "zahlt sich aus" (lohnt sich). Posting now and then from the old account is
    keeping both (LABELS.md); few followers given as the reason to doubt is whether to move."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("sobald da alias do is, fongt da umzug eh von allan on, gell", {"alias_starts_transfer"}),
        ("mit dem alias fongt des umziagn jo glei on, oder?", {"alias_starts_transfer"}),
        ("Meng Follower mussen mir dann all nei followen, oder?", {"followers_must_refollow"}),
        (
            "Nach meinem Kenntnisstand erfolgt die Einrichtung des Alias auf dem"
            " Ursprungskonto. Ist das zutreffend?",
            {"alias_on_old_account"},
        ),
    ],
)
def test_dialect_and_official_claims(text: str, myths: set[str]) -> None:
    """Bavarian and Austrian "o" for "a" ("fongt" fängt): "fängt der Umzug an" once the
    alias is there; Luxembourgish "nei followen" (neu folgen); "Ursprungskonto", as
    "Herkunftskonto", is the old account."""
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("schick mer kä Nachrichte mehr", "dm", "stop"),
        ("kä Erinnerunge mehr bitte", "dm", "stop"),
        ("i hob no koa neis konto aufgmacht", "ask_new_handle", "not_yet"),
        ("Um Auskunft über den derzeitigen Bearbeitungsstand wird gebeten.", "alias", "status"),
        (
            "Bitte teilen Sie mir den aktuellen Sachstand und den nächsten Verfahrensschritt mit.",
            "import",
            "status",
        ),
        ("wie ist der aktuelle Stand und was ist der nächste Schritt?", "export", "status"),
        ("Ich beantrage die Löschung meines Kontos.", "dm", "clarify_delete"),
        ("Hiermit ersuche ich um Löschung meiner sämtlichen Daten.", "dm", "clarify_delete"),
        ("Ich möchte die Löschung meiner Daten.", "dm", "clarify_delete"),
        (
            "ich bin schon alt, bitte zeig mir in Ruhe Schritt für Schritt wie das umziehen geht",
            "dm",
            "start",
        ),
        ("und, wie läuft's?", "dm", "progress"),
        ("Na? Läuft alles?", "dm", "progress"),
        ("und, wie schauts aus?", "dm", "progress"),
    ],
)
def test_orders_in_dialect_and_in_official_german(text: str, where: str, command: str) -> None:
    """Palatine "kä", Bavarian "koa" (kein), "neis" (neues), "aufgmacht" ("g" for "ge" after
    a verb's prefix); official nouns for where the member is ("Sachstand",
    "Bearbeitungsstand", "nächster Verfahrensschritt") and for deleting ("die Löschung
    beantragen"); the member's own age is no old account; "wie läuft's?" alone in a DM asks
    how the move goes."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Ich bitte um Mitteilung, welche Daten im Rahmen des Umzugs übernommen werden und"
            " welche nicht.",
            {"overview"},
        ),
        ("welche Daten werden übertragen und welche nicht?", {"overview"}),
        (
            "Welche Datenbestände verbleiben beim Wechsel auf dem Ursprungsserver und welche"
            " werden übernommen?",
            {"overview"},
        ),
        ("Wie starte ich den eigentlichen Umzug nach dem Anlegen des Alias?", {"move"}),
        (
            "Wie leite ich nach erfolgter Einrichtung des Alias den eigentlichen Umzug ein?",
            {"move"},
        ),
        (
            "Finden mich die Patienten über den alten Link auf der Praxiswebseite noch?",
            {"external_links"},
        ),
    ],
)
def test_official_german_names_what_is_asked(text: str, subjects: set[str]) -> None:
    """Which data move "und welche nicht" is the overview; a step said done in a noun ("nach
    erfolgter Einrichtung des Alias") is no question about it; being found "über den alten
    Link" elsewhere is the external links, not what others see."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize("text", ["was geht bot", "yo bot, was geht ab"])
def test_kiezdeutsch_greetings(text: str) -> None:
    """ "was geht (ab)" with the bot named greets; it asks nothing."""
    assert read_row({"text": text, "where": "public"}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "Wat passiert met minge ahle Beiträch?",
        "schick mer kä Nachrichte mehr",
        "sobald da alias do is, fongt da umzug eh von allan on, gell",
        "Meng Follower mussen mir dann all nei followen, oder?",
    ],
)
def test_dialect_lines_are_answered_in_german(text: str) -> None:
    assert first_contact_locale(text) == "de"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Wat weed us minge Beiträäch, wenn isch umtrecke?", {"posts"}),
        ("Mer folle däm Hashtag #koelle, nimmt dä dat met?", {"followed_hashtags"}),
        ("Mei Instanz gibt's nimmer, kann i trotzdem umziehen?", {"old_server_gone"}),
        ("Wie lang muss i warte, bis i nomol umziehe kann?", {"cooldown"}),
        ("wie lang muss man warte bis man nochens umtrecke kann?", {"cooldown"}),
        (
            "Kann ich mich nach dem Umzug noch ins alte Konto einloggen, um meine Fotos zu holen?",
            {"old_account"},
        ),
    ],
)
def test_more_dialect_words_and_the_old_account(text: str, subjects: set[str]) -> None:
    """Kölsch and Low German long vowels written twice ("Beiträäch"), Kölsch "folle" ("ll"
    for "lg": folgen), "umtrecke" (umziehen), "nochens"; Southern "nimmer"/"nimmi" (nicht
    mehr), "nomol" (nochmal). Logging in to the old account to fetch things from it is what
    the old account still allows (LABELS.md), not a question about the posts."""
    assert subjects_of(text) == subjects


def test_not_yet_in_bavarian() -> None:
    """ "koa neus Konto": no new account yet, at the step asking for its address."""
    assert command_of("i hob no koa neus konto", "ask_new_handle") == "not_yet"
