"""German classes of session 35 (learn35de), chosen on the tuning halves of rounds 58-66
(read by the tables alone, and with a second opinion trained without them) and checked on
rounds 16-56: dialect and colloquial words, long formal sentences, commands at steps. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact_locale, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Kriag i mei Follower mit nüber, wenn i den Server wechsle?", {"followers"}),
        ("Moin, wo kriech ik mien Follower mit na den nee'n Server?", {"followers"}),
        ("Krieg ich meine Follower mit rüber auf die neue Instanz?", {"followers"}),
        ("bekomm ich meine follower irgendwie mit nach drüben?", {"followers"}),
        ("Gehe mei Follower mit riwwer odder muss isch die alle neu frage?", {"followers"}),
        ("Gehet meine Lischta au mit?", {"lists"}),
        ("gehet mei Lischte mit auf de neie Server?", {"lists"}),
        ("Moien, wéi kann ech meng Follower mat op den neie Server huelen?", {"followers"}),
        ("Ginn meng Posts och mat?", {"posts"}),
        ("Wos is nochher mit mein oltn Konto?", {"old_account"}),
    ],
)
def test_dialect_words_name_what_moves(text: str, subjects: set[str]) -> None:
    """Swabian "nüber", Palatine and Hessian "riwwer" (rüber), "odder", "Lischta" (Listen,
    "scht" for "st", "-et" and "-e" for "-en"), "au" (auch); Tyrolean "nochher", "oltn";
    Low German "ik", "mien", "kriech"; Luxembourgish German "ech", "meng", "mat", "huelen".
    "kriegen/bekommen … mit" is noticing (notifications) unless the member takes the
    followers along: "krieg ich meine Follower mit rüber?"."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Moin, wo kriech ik mien Follower mit na den nee'n Server?",
        "Moien, wéi kann ech meng Follower mat op den neie Server huelen?",
        "Ginn meng Posts och mat?",
    ],
)
def test_low_german_and_luxembourgish_german_are_answered_in_german(text: str) -> None:
    """Lingua is unsure of these lines; the German tables now know their words ("ik",
    "mien", "ech", "meng", "mat"), so the member is answered in German, not English."""
    assert first_contact_locale(text) == "de"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("so, den Alias han i jetzt neigmacht", "alias", "done"),
        ("han ich jemaat", "move", "done"),
        ("hon i gmocht", "move", "done"),
        ("heb ik maakt", "alias", "done"),
        ("hunn ech gemaach", "move", "done"),
        ("hab's agfordert", "archive", "requested"),
        ("nou nit", "alias", "not_yet"),
        ("weiter wo wir waren", "dm", "resume"),
        ("so, weiter da wo wir aufgehört hatten", "dm", "resume"),
        ("wieter maken, wo wi waren", "dm", "resume"),
    ],
)
def test_dialect_reports_and_orders_at_steps(text: str, where: str, command: str) -> None:
    """Participles without the e of ge- (Swabian "neigmacht", "agfordert"), Kölsch
    "jemaat", Tyrolean "hon i gmocht", Low German "heb ik maakt", Luxembourgish "hunn ech
    gemaach"; Tyrolean "nou" (noch); going on "wo wir waren" is resuming, as "wo wir
    aufgehört haben" already was ("wo waren wir?" alone stays status)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Hiermit ersuche ich um Auskunft, ob im Zuge der Kontoverlegung die"
            " Abonnentenschaft übertragen wird.",
            {"followers"},
        ),
        (
            "Ich ersuche um Mitteilung, ob meine Abonnentenschaft vollständig auf den"
            " Zielserver übertragen wird.",
            {"followers"},
        ),
        (
            "Wird die Followerschaft im Zuge des Umzugs auf das Zielkonto überführt?",
            {"followers"},
        ),
        (
            "Welche Nutzungsmöglichkeiten verbleiben für das Herkunftskonto nach erfolgter"
            " Kontoverlegung?",
            {"old_account"},
        ),
        ("Was geschieht mit dem Quellkonto nach Abschluss des Umzugs?", {"old_account"}),
    ],
)
def test_official_german_names_the_accounts_and_followers(text: str, subjects: set[str]) -> None:
    """Amtsdeutsch: "Herkunftskonto"/"Quellkonto"/"Ausgangskonto" is the old account and
    "Zielkonto"/"Zielserver" the new one; "Abonnentenschaft"/"Followerschaft" the
    followers; "ich ersuche um Mitteilung, ob …" asks for an answer, no notification."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Die Anlage des Alias ist erfolgt.", "alias"),
        ("Die Eintragung des Alias ist erfolgt.", "alias"),
        ("Die Übertragung der Follower wurde von mir veranlasst.", "move"),
    ],
)
def test_official_reports_at_steps_are_done(text: str, where: str) -> None:
    """ "ist erfolgt", "wurde veranlasst": a formal report of the step."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "Kann ich meine Daten sichern, bevor der Server zumacht?",
        "wie kann ich mein ganzes Zeug irgendwie sichern, bevor die Instanz dicht macht?",
        "Muss ich meine Sachen jetzt sichern bevor der Laden zumacht?",
        "kann man sei Sach no irgendwie sichern bevor der server abgschaltet wird?",
        "Kann isch mir mei ganze Sache irgendwie sichern bevor de Server zumacht?",
        "meine ganzen Sachen will ich noch sichern, wie geht das?",
    ],
)
def test_saving_before_the_closing_is_the_archive(text: str) -> None:
    """ "sichern" (save) folds with "sicher" (sure), which before "bevor" made the condition
    ask ("nicht sicher, ob"): the closing named "bevor …" is when, the archive is asked.
    One's "Sachen"/"Zeug" saved is the archive too."""
    assert subjects_of(text) == {"archive"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Hab kee Passwort, log mich immer über die Uni ein. Wie bestätige ich da den Umzug?",
            {"sso_no_password"},
        ),
        (
            "Ich hab keen Passwort, nur Firmen-Login. Womit soll ich den Umzug bestätigen?",
            {"sso_no_password"},
        ),
        ("wie bestätige ich den umzug eigentlich", {"move"}),
        ("wo muss ich den Umzug am Ende bestätigen?", {"move"}),
    ],
)
def test_confirming_the_move_is_no_follow_request(text: str, subjects: set[str]) -> None:
    """Confirming the move (with the password) is the move, not a locked account's follow
    requests; with no password ("kee"/"keen" Passwort, Saxon and Palatine) it is SSO."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("abos kommen automatisch mit wie", {"follows"}),
        ("mutes kommen mit wie", {"mutes"}),
        ("blockierte accounts ziehen mit um wie", {"blocks"}),
    ],
)
def test_a_question_word_said_last_asks(text: str, subjects: set[str]) -> None:
    """Telegraphic German puts the question word last ("… mitnehmen wie"): asked, as with a
    "?", not a claim stated ("follows move automatically"). Not after "oder" ("… als csv
    oder wie" puts a claim up for a yes, like "…, oder?")."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("muss ich erst nachgucken", "ask_new_handle"),
        ("wart, ich schau erst nach", "alias"),
        ("weiß ich grad nicht auswendig, schau gleich nach", "ask_old_handle"),
    ],
)
def test_looking_it_up_first_is_not_yet(text: str, where: str) -> None:
    """ "muss erst nachschauen", "schau gleich nach": the member goes to look the answer up
    (a handle, a setting) before giving it."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Ich bitte darum, mir künftig auf Französisch zu antworten.", "language:fr"),
        (
            "Ich würde Sie bitten, künftig auf Spanisch zu schreiben, weil meine Frau aus"
            " Sevilla die Nachrichten mitliest.",
            "language:es",
        ),
    ],
)
def test_a_formal_request_for_a_language(text: str, command: str) -> None:
    """ "auf Französisch zu antworten" (a "zu" between the language and the verb at the end),
    "Antworten … verfassen/formulieren"; a long sentence whose first clause asks and whose
    last gives the reason ("…, weil meine Frau mitliest")."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    "text",
    [
        "Auf der Vereinsseite ist mein bisheriges Profil verlinkt, muss das geändert werden?",
        "In unserem Gemeindeblatt steht ein Verweis auf mein altes Konto, stimmt der dann noch?",
        "Auf der Firmenwebseite ist mein Konto verlinkt. Was mache ich damit nach dem Umzug?",
    ],
)
def test_a_link_to_the_profile_elsewhere_is_external_links(text: str) -> None:
    """A "Verweis auf mein Profil", an account "verlinkt" on a club's or firm's page: links
    outside Mastodon, which the member changes by hand."""
    assert subjects_of(text) == {"external_links"}


@pytest.mark.parametrize(
    "text",
    [
        "I hob gheat, ma ko de Beiträge am neichn Server einespün, stimmt des?",
        "kann i des Archiv eispün, damit meine Beiträg wieder do san?",
        "Des Archiv einespün und de Posts san wieda do, gell?",
    ],
)
def test_austrian_uploading_the_posts_again_is_the_myth(text: str) -> None:
    """Austrian "einespün"/"eispün" (einspielen), "ko" (kann), "gheat" (gehört), "wieda":
    the archive played back in to bring the posts back is the import myth."""
    assert myths_of(text) == {"posts_can_be_imported"}


def test_no_longer_logging_in_told_before_saving_there_is_the_old_account() -> None:
    """What the old account still allows (LABELS), told as a claim heard, then the saving
    asked in the next sentence: not the archive."""
    text = (
        "Man hat mir gesagt, ich könne mich nach dem Umzug nicht mehr beim alten Konto"
        " anmelden. Ich würde dort aber gern noch meine Daten sichern. Trifft das zu?"
    )
    assert subjects_of(text) == {"old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "Kommt beim Alias ein @ vorne hin oder nicht?",
        "beim alias das @ mit eintippen oder weglassen?",
    ],
)
def test_the_at_sign_of_the_alias_is_the_alias(text: str) -> None:
    """How the alias's handle is written ("ein @ davor?") is the alias, not one's own
    username changing."""
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("Den Alias han i agleget", "alias", "done"),
        ("Alias isch aglegt", "alias", "done"),
        ("Han ich jemaht", "alias", "done"),
        ("Dateie sin hochglade", "import", "done"),
        ("Profilbild un Bio sin drin", "profile", "done"),
        ("wo sind wir jetzt bruder", "dm", "status"),
    ],
)
def test_more_dialect_reports_and_street_words_at_steps(
    text: str, where: str, command: str
) -> None:
    """Swabian "aglegt"/"agleget", "hochglade" (a prefix before the e-less ge-), Kölsch
    "jemaht", Palatine "sin"/"un"; Kiezdeutsch "bruder", "digga", "lan", "wallah" are
    words of address, no part of the order."""
    assert command_of(text, where) == command


def test_a_formal_request_to_confirm_is_no_follow_request() -> None:
    """ "Ich bitte um Bestätigung, ob dies zutreffend ist": confirm that it is true."""
    text = (
        "Gemäß meinem Kenntnisstand werden Beiträge nicht übertragen. Ich bitte um"
        " Bestätigung, ob dies zutreffend ist."
    )
    assert subjects_of(text) == {"posts"}
