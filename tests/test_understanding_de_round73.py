"""German classes of session 40 (learn40-de), chosen on the tuning halves of rounds 58-72:
commands in DMs and at the walkthrough's steps said in dialect or in an unusual order
(Swiss and Swabian "kei ... meh" for no more reminders, Low German "trüch" for back,
dialect "können wir" before a restart asked with "?", the imperative before the move's noun
"starte den Umzug", help asked with the move's compound nouns "Serverumzug",
"Instanzwechsel", Austrian "Übersiedlung" between "kannst du mir" and "helfen"), and German
asked for again after another language was set ("können wir wieder auf deutsch? hatte
Englisch eingestellt"). The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("schick mer kei erinnerige meh", "dm"),
        ("bitte kei erinnerungen meh", "archive"),
        ("keini nachrichte meh bitte", "dm"),
        ("ich will kei erinnerungen mehr, bin im urlaub", "dm"),
        ("kei erinnerige meh, merci", "followers"),
    ],
)
def test_no_more_reminders_in_swiss_and_swabian(text: str, where: str) -> None:
    """Swiss and Swabian "kei"/"keini" for "keine" and Swiss "meh" for "mehr": no more
    reminders (LABELS: stop)."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("eenen schritt trüch", "alias"),
        ("kannst mi eenen trüch bringen?", "import"),
        ("wedder trüch bitte", "move"),
        ("een schritt torüch", "export"),
    ],
)
def test_back_in_low_german(text: str, where: str) -> None:
    """Low German "trüch"/"torüch" for "zurück" at a step: one step back (LABELS: back)."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kömmer nomol vo vorne afange?", "dm"),
        ("chömer nomal vo vorne aafange?", "dm"),
        ("kenne mer nochmal von vorne anfangen?", "alias"),
        ("kinne mer alles nomol vun vorne mache?", "dm"),
        ("nochmal ganz von neuem bitte", "dm"),
        ("ich fang nochmal neu an", "dm"),
    ],
)
def test_restart_asked_in_dialect_or_from_anew(text: str, where: str) -> None:
    """Swabian "kömmer", Swiss "chömer", Palatine and Hessian "kenne mer"/"kinne mer" (können
    wir) open a request, "?" or not; "von neuem" and "fang ... neu an" start over (LABELS:
    restart)."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    "text",
    [
        "starte bitte den umzug",
        "beginne jetzt den umzug",
        "kannst du mir beim serverumzug helfen?",
        "kannst du mir bei der übersiedlung helfen?",
        "kannst du mir beim instanzwechsel helfen?",
        "könnten Sie mir bitte beim Kontoumzug helfen?",
    ],
)
def test_start_in_a_dm_with_the_moves_own_nouns(text: str) -> None:
    """The order before the move's noun ("starte den Umzug"), and help asked with a
    compound noun of the move or Austrian "Übersiedlung" between "kannst du mir" and
    "helfen": walk me through it (LABELS: start)."""
    assert command_of(text, "dm") == "start"


def test_how_to_start_the_move_stays_a_question() -> None:
    """Asked how, the move's start is a question about it, not an order."""
    assert command_of("wie starte ich den umzug?", "public") is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("kannst du mir beim import helfen?", "import"),
        ("kannst du mir beim importieren helfen?", "import"),
        ("hilfst du mir bei den blockierten konten?", "blocks"),
        ("kannst du mir beim alias helfen?", "alias"),
        ("kannst du mir bei der archiv-anfrage helfen?", "archive"),
    ],
)
def test_help_with_a_step_is_no_start(text: str, subject: str) -> None:
    """Help asked with another thing named is that thing's question, no start (a DM: the
    model once read "kannst du mir beim import helfen?" as start at 446, past COMMAND)."""
    assert subjects_of(text, "dm") == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("können wir wieder auf deutsch? hatte vorhin englisch eingestellt", "dm"),
        ("hab aus versehen englisch eingestellt, bitte wieder deutsch", "dm"),
        ("ich hatte englisch gewählt, aber lieber wieder deutsch", "dm"),
        ("zurück auf deutsch bitte, englisch war ein fehler", "export"),
    ],
)
def test_german_again_after_another_language_was_set(text: str, where: str) -> None:
    """ "wieder (auf) Deutsch", "zurück auf Deutsch", the other language named as the one
    set before: German asked for again (LABELS: language:de)."""
    assert command_of(text, where) == "language:de"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("neuer anlauf bitte", "dm"),
        ("ich starte nochmal neu", "dm"),
        ("einmal alles zurück auf null", "dm"),
        ("setz den umzug bitte zurück", "dm"),
        ("nochmal alles ab schritt eins", "dm"),
        ("zurück zum ersten schritt, ich hab die falsche instanz angegeben", "alias"),
    ],
)
def test_restart_as_a_new_try_or_from_the_first_step(text: str, where: str) -> None:
    """A new try ("neuer Anlauf", "starte ... neu"), back to zero ("auf null"), the move reset
    ("setz den Umzug zurück"), the first step named ("ab Schritt eins", "zum ersten Schritt"):
    start over (LABELS: restart)."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ich hab den ersten schritt schon erledigt", "alias"),
        ("muss ich für den import das passwort zurücksetzen?", "import"),
    ],
)
def test_the_first_step_done_or_a_password_reset_is_no_restart(text: str, where: str) -> None:
    """The first step reported done, and a password reset asked about, start nothing over."""
    assert command_of(text, where) != "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("warte, zurück zum export", "alias"),
        ("moment, nochmal zurück zum profil", "archive"),
        ("halt, zurück zum alias bitte", "move"),
        ("vorheriger punkt bitte", "import"),
    ],
)
def test_back_to_a_step_named_after_a_wait(text: str, where: str) -> None:
    """A step named to go back to, after "warte"/"moment" (which alone say not yet):
    back (LABELS: back)."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    "text",
    [
        "müend mir mini follower nomal neu folge?",
        "stimmt das, dass mini follower mir alli neu folge mönd?",
        "ist es wahr, dass alli follower mir nomal neu folge müesed?",
    ],
)
def test_swiss_plural_modals_put_the_refollow_claim(text: str) -> None:
    """Swiss "müend"/"mönd"/"müesed" (müssen): the followers told to follow again asked for
    a yes (LABELS: "müssen mir meine follower neu folgen?")."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("wie lang dauert das und krieg ich meine lesezeichen mit?", "bookmarks"),
        ("krieg ich meine blockliste mit, wenn ich umzieh?", "blocks"),
        ("bekomm ich meine angepinnten beiträge mit rüber?", "pinned_posts"),
        ("kriegt man die listen auch mit?", "lists"),
    ],
)
def test_getting_a_thing_along_is_no_notification(text: str, subject: str) -> None:
    """ "krieg ich meine X mit": whether the thing moves, not "mitkriegen" (noticing)."""
    got = subjects_of(text)
    assert subject in got, got
    assert "notifications" not in got, got


def test_noticing_the_move_is_still_the_notifications() -> None:
    """The followers noticing it stay the notifications."""
    assert subjects_of("kriegen meine follower das mit?") == {"notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "muss ich das zwingend in der weboberfläche machen?",
        "brauch ich dafür die webversion oder geht die app?",
        "klappt das übers webinterface?",
        "wie lange dauert das? und geht das nur im web client?",
    ],
)
def test_the_web_interface_in_compound_words(text: str) -> None:
    """ "Weboberfläche", "Webversion", "Webinterface", "Web Client": the website asked about
    (website_vs_app), beside another question too."""
    assert "website_vs_app" in subjects_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mein neues konto ist zugesperrt, kommen die follower an?",
        "kann ich das neue konto absperren und kommen die follower trotzdem?",
        "mein account ist abgesperrt, kommen die follower trotzdem?",
    ],
)
def test_the_account_locked_in_bavarian_and_austrian_words(text: str) -> None:
    """ "zugesperrt", "absperren" said of the account: a locked account (locked_account)."""
    assert "locked_account" in subjects_of(text)


def test_a_server_that_closes_stays_closing() -> None:
    """A server that "sperrt zu" closes."""
    assert subjects_of("unsere instanz sperrt zu, was tun?") == {"server_closing"}
