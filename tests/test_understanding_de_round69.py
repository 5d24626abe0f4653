"""German classes of session 37 (learn37de), chosen on the tuning halves of rounds 58-68
(read by the tables alone, and with a second opinion trained without them) and checked on
rounds 16-56: orders said in Alemannic, Swabian and Bavarian verb forms, thanks and praise
beside words of another language, Low German function words, and terse notes. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact_locale, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("was chasch du alles?", "dm", "help"),
        ("was kannsch du eigentlich?", "dm", "help"),
        ("sag mal, was kannsch alles", "dm", "help"),
        ("bot, was chasch du für mi mache?", "public", "help"),
        ("schriib mer bitte uf französisch", "dm", "language:fr"),
        ("red mit mir lieber französisch, i kann des besser", "dm", "language:fr"),
        ("i gang vo dem server furt", "choose_direction", "away"),
        ("ich gehe von dem server weg", "choose_direction", "away"),
    ],
)
def test_orders_in_alemannic_swabian_and_bavarian_verb_forms(
    text: str, where: str, command: str
) -> None:
    """The second person in -sch ("kannsch", "chasch": kannst), "schriib"/"red" (schreib,
    rede) before or after a language, with "lieber" between; "i gang" (ich gehe) and "furt"
    (weg) at the direction step; going "von dem Server weg" is leaving it, not a gone server."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("dzięki, jesteś super, danke schön", "followers"),
        ("teşekkürler abi, danke", "dm"),
        ("du bist super", "dm"),
        ("bist echt spitze", "dm"),
        ("bist die beste, echt jetzt", "public"),
        ("hvala ti, du bist spitze", "dm"),
    ],
)
def test_thanks_and_praise_beside_another_language(text: str, where: str) -> None:
    """Praise of the bot ("du bist super") thanks it (LABELS: thanks); members whose families
    speak Polish, Turkish or Russian thank in that language beside German words, and are
    answered in German."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "thanks", got
    assert first_contact_locale(text) == "de"


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        (
            "ik heff höört, den alias mutt man op dat ole konto maken, oder?",
            {"alias_on_old_account"},
        ),
        (
            "ik heff leest, mien Beiträge kaamt vun sülvst mit, stimmt dat?",
            {"posts_move_automatically"},
        ),
    ],
)
def test_low_german_claims(text: str, myths: set[str]) -> None:
    """Low German "heff" (habe), "höört"/"leest" (gehört, gelesen), "mutt" (muss), "op"
    (auf), "ole" (alte), "kaamt" (kommen), "vun sülvst" (von selbst): a claim heard."""
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("wat seht de Lüüd, wenn se na mien ole konto kiekt?", {"what_others_see"}),
        ("Zeitbedarf für den ganzen Umzug ca.?", {"duration"}),
        ("was wird aus meinem alten konto, ist das dann gesperrt?", {"old_account"}),
    ],
)
def test_low_german_words_terse_notes_and_the_frozen_old_account(
    text: str, subjects: set[str]
) -> None:
    """Low German "Lüüd" (Leute), "kiekt" (guckt), "seht" (sehen); "Zeitbedarf",
    "Zeitaufwand" in a terse note ask how long the move takes; the old account "gesperrt"
    or "eingefroren" after the move is what becomes of it, not a locked account."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Kann ich meine Beiträge aus dem Archiv wiederherstellen?",
        "Tröts per Archiv-Upload wiederherstellbar?",
        "sind meine alten Posts übers Archiv wiederherstellbar?",
    ],
)
def test_restoring_the_posts_from_the_archive_is_the_import_myth(text: str) -> None:
    """Posts restored ("wiederherstellen", "wiederherstellbar") from the archive put the
    import claim forward for a yes (LABELS: "can i upload my archive to restore my posts?")."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Alias: welches Konto? Dauer bis die Follower drüben sind?", {"alias", "follower_timing"}),
        ("Listen: kommen die mit? Blocks: auch?", {"lists", "blocks"}),
        (
            "Lesezeichen: übertragbar? Wartezeit: wie lange bis zum nächsten Umzug?",
            {"bookmarks", "cooldown"},
        ),
    ],
)
def test_a_heading_before_a_colon_is_what_the_question_asks_about(
    text: str, subjects: set[str]
) -> None:
    """Terse notes head each question with its subject ("Alias: welches Konto?"): a word or
    two before a colon is what the question after it asks about, not a sentence of its own
    that a rule for the other question may drop."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Archiv nur 48 Std. verfügbar, korrekt?",
        "Das Archiv ist ca. 48 Std. abrufbar, oder?",
        "Download-Link gilt max. 48 Std., stimmt's?",
    ],
)
def test_an_abbreviation_s_full_stop_ends_no_sentence(text: str) -> None:
    """ "Std.", "ca.", "max.": the stop of an abbreviation ends no sentence, so the claim
    and its "korrekt?" stay one."""
    assert myths_of(text) == {"download_within_48_hours"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hoi zemma", "greeting"),
        ("Griaß enk", "greeting"),
        ("Glück auf!", "greeting"),
        ("Servus beinand", "greeting"),
        ("merhaba bot", "greeting"),
        ("Salü zäme", "greeting"),
        ("Merci vilmol", "thanks"),
        ("dankscheen", "thanks"),
        ("du bist ein ehrenmann", "thanks"),
        ("bester bot", "thanks"),
        ("Ich bedanke mich für die Hilfe.", "thanks"),
    ],
)
def test_greetings_and_thanks_of_the_regions_answered_in_german(text: str, kind: str) -> None:
    """Vorarlberg and Swiss "Hoi zemma", "Salü zäme", "Merci vilmol"; Austrian "Griaß enk"
    (to several), "Servus beinand"; the miners' "Glück auf!" of the Erzgebirge and the Ruhr;
    Saxon "dankscheen"; a Turkish "merhaba"; youth "Ehrenmann", "bester bot"; the formal "ich
    bedanke mich für die Hilfe" thanks, it asks for no help."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == kind, got
    assert first_contact_locale(text) == "de"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("kannsch mi durch den umzug führen?", "start"),
        ("tua ma bitte helfen beim umziehn", "start"),
        ("Ich ersuche um Begleitung beim Kontoumzug.", "start"),
        ("schick ma nix mehr", "stop"),
        ("Bitte stellen Sie die Erinnerungen ein.", "stop"),
        ("so, bin wieda do", "resume"),
    ],
)
def test_orders_said_in_so_many_words(text: str, command: str) -> None:
    """Being led "durch den Umzug", "helfen beim Umziehen", a formal "Begleitung beim
    Kontoumzug" ask to be walked through; "schick ma nix mehr" and the formal "stellen Sie
    die Erinnerungen ein" stop the messages; Bavarian "bin wieda do" is back."""
    assert command_of(text, "dm") == command
