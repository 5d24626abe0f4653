"""German classes of session 53 (de53): commands at walkthrough steps and in DMs. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("abbrechen", "alias"),
        ("ich will das nicht mehr, abbrechen", "export"),
        ("ich brech das hier ab", "move"),
        ("ich geb's auf", "import"),
        ("erinner mich bitte nicht mehr", "dm"),
        ("nerv mich nicht", "dm"),
        ("hab keinen bock mehr", "export"),
    ],
)
def test_cancelling_or_giving_up_stops(text: str, where: str) -> None:
    """Cancelling or giving up ("abbrechen", "ich brech das ab", "ich geb auf"), as
    English "cancel", "give up": stop, not a question about undoing the move."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("kann ich den umzug abbrechen?", "dm", None),
        ("hab keine lust mehr auf diesen server, hilf mir umziehen", "dm", "start"),
    ],
)
def test_undoing_the_move_or_a_reason_to_move_is_no_stop(
    text: str, where: str, command: str | None
) -> None:
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "sind die jetzt alle drüben?",
        "schon jemand da?",
        "kommen da noch welche?",
        "wie viele fehlen noch?",
        "sünd de all dor?",
    ],
)
def test_all_or_anyone_asked_after_at_the_wait_is_progress(text: str) -> None:
    """The followers asked after as all or anyone at the wait: how the move goes, no
    "how?"."""
    assert command_of(text, "followers") == "progress"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("ich zieh zu euch", "here"),
        ("ich ziehe ein", "here"),
        ("rüber zu euch", "here"),
        ("ich will hierher umziehen", "here"),
        ("ich zieh von euch weg", "away"),
    ],
)
def test_to_you_or_away_from_you_answers_the_direction(text: str, command: str) -> None:
    """ "zu euch" (to you all), moving in, "hierher umziehen": arriving; "von euch weg":
    leaving."""
    assert command_of(text, "choose_direction") == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("bin zurück", "dm", "resume"),
        ("weg mit meinen daten", "dm", "clarify_delete"),
        ("alles von mir soll weg", "dm", "clarify_delete"),
        ("das mach ich am abend", "profile", "not_yet"),
        ("morgen früh", "alias", "not_yet"),
        ("export kann ich mir sparen", "export", "skip"),
        ("das spar ich mir", "archive", "skip"),
        ("hab ich gestern am abend gemacht", "alias", "done"),
    ],
)
def test_back_again_rid_of_it_later_or_spared(text: str, where: str, command: str) -> None:
    """ "bin zurück" (I'm back) resumes; "weg mit meinen daten" asks to delete without
    saying whose; a time of day later puts the step off; "kann ich mir sparen" skips it."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "was passiert mit meinem alten konto? kann ich es löschen?",
            {"old_account", "delete_old_account"},
        ),
        (
            "was wird aus meinem alten account? soll ich ihn löschen?",
            {"old_account", "delete_old_account"},
        ),
        (
            "was geschieht mit dem alten konto und darf ich es danach löschen",
            {"old_account", "delete_old_account"},
        ),
        ("was passiert, wenn ich mein altes konto lösche?", {"delete_old_account"}),
    ],
)
def test_what_becomes_of_the_old_account_beside_deleting_it(text: str, subjects: set[str]) -> None:
    """What becomes of the old account asked beside deleting it: both asked, though the
    delete question drops the old account's where it only names it."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("meine blocks kommen mit oder nicht?", "blocks"),
        ("meine posts kommen mit oder nicht?", "posts"),
        ("profilbild kommt mit oder nicht?", "profile"),
        ("listen wandern mit oder ned", "lists"),
        ("meine follows kommen mit oder net?", "follows"),
    ],
)
def test_both_ways_offered_asks(text: str, subject: str) -> None:
    """ "... kommt mit oder nicht?" offers both ways (LABELS: a question about its subject),
    not a claim closed by a confirming tag ("..., oder nicht?")."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("meine follows kommen automatisch mit, oder nicht?", "follows_move_automatically"),
        ("die blocks werden ja mitgenommen, oder nicht?", "blocks_move_automatically"),
    ],
)
def test_a_claim_tagged_after_a_comma_is_still_the_myth(text: str, myth: str) -> None:
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("moment, zurück, die csvs hab ich noch nicht", "import"),
        ("warte, zurück, hab den alias vergessen", "move"),
        ("hm, zurück, das profil ist noch nicht fertig", "move"),
    ],
)
def test_an_interjection_before_the_order_is_no_clause_of_its_own(text: str, where: str) -> None:
    """ "moment," or "warte," before "zurück" and its reason: the order opens the message,
    not the wait word (bot/interpret.py clause_order)."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("sin die leude schon da?", "followers", "progress"),
        ("wie schaut's aus mit de follower?", "followers", "progress"),
        ("profil is feddich", "profile", "done"),
        ("ich check des ned", "alias", "how"),
        ("ich raff das nicht", "alias", "how"),
        ("check", "alias", "done"),
    ],
)
def test_colloquial_step_answers(text: str, where: str, command: str) -> None:
    """Berlin "Leude", "feddich" (fertig), and "ich check/raff
    das nicht" (I don't get it): how the move goes, done, how; "check" alone is still done."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("hab die csvs, ist alles da", "export"),
        ("zip entpackt, alles da", "download"),
        ("ja, alles da", "alias"),
        ("dateien sind alle da", "export"),
    ],
)
def test_everything_there_reports_the_step(text: str, where: str) -> None:
    """ "alles da" (everything is there) reports a step done: no followers asked after."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("schluss für heute", "dm", "stop"),
        ("für heute reicht's, morgen weiter", "dm", "stop"),
        ("lass mich bitte in frieden", "dm", "stop"),
        ("keine dms mehr bitte", "dm", "stop"),
        ("ich hab wieder zeit", "dm", "resume"),
        ("was muss ich noch tun?", "alias", "status"),
        ("kein bedarf", "export", "skip"),
        ("bekomm ich nach dem umzug keine dms mehr?", "dm", None),
    ],
)
def test_enough_for_today_time_again_what_is_left(
    text: str, where: str, command: str | None
) -> None:
    """Enough for today ("Schluss für heute", as English "enough for today") stops; "ich hab
    wieder Zeit" resumes; "was muss ich noch tun?" asks what is left (status); "kein
    Bedarf" skips. A question whether DMs stop after the move is no stop."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("nummer eins", "away"),
        ("nr. 1", "away"),
        ("nummer 2 bitte", "here"),
        ("option zwei", "here"),
        ("zweitens", "here"),
        ("herziehen", "here"),
    ],
)
def test_the_direction_by_its_number(text: str, command: str) -> None:
    """The direction answered by its number said another way ("Nummer eins", "Nr. 2",
    "Option zwei"; "Optionen" alone still asks for help)."""
    assert command_of(text, "choose_direction") == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("bin schon umgezogen", "move", "done"),
        ("sind die schon umgezogen", "dm", "progress"),
        ("sind jetzt alle umgezogen?", "followers", "progress"),
    ],
)
def test_i_moved_already_is_no_followers_question(text: str, where: str, command: str) -> None:
    """ "ich bin schon umgezogen" says what the member did (at the move step: done), while
    "sind die schon umgezogen?" asks after the followers (progress)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("datenschutz: bitte alle meine infos bei dir löschen", "forget"),
        ("lösch die informationen über mich", "forget"),
        ("mach alles weg", "clarify_delete"),
    ],
)
def test_infos_kept_here_or_everything_away(text: str, command: str) -> None:
    """ "Infos"/"Informationen" bei dir or über mich name what this bot keeps (forget);
    "mach alles weg" asks to delete without saying whose."""
    assert command_of(text, "dm") == command
