"""German classes of session 42 (fr-de), chosen on the tuning halves of rounds 58-74, round 74
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "seit zwei Stunden steht da noch „not an alias“, wie lange dauert das noch?",
        "wie lange dauert die Fehlermeldung „kein Alias“ noch?",
        "die Meldung „not an alias“ kommt immer noch, wie lange noch?",
        "Der Fehler „kein Alias dieses Kontos“ kommt immer noch, wie lange muss ich warten?",
    ],
)
def test_how_long_the_named_error_lasts_is_the_error(text: str) -> None:
    """How long the "not an alias" error, named (in German or as Mastodon's English), goes on
    is the error's question, not how long a move takes."""
    assert subjects_of(text) == {"not_an_alias_error"}


def test_the_wait_after_the_alias_without_the_error_stays_the_duration() -> None:
    assert subjects_of("wie lange dauert es nach dem Alias?") == {"duration"}


@pytest.mark.parametrize(
    "text",
    [
        "was nehm ich alles mit und was bleibt zurück? ne kurze Übersicht wär hilfreich",
        "Was kommt beim Umzug mit und was bleibt auf dem alten Server? Das wäre hilfreich zu wissen.",
        "was geht beim umzug mit, und was bleibt hier? wäre echt hilfreich",
        "ich will umziehen, was nimmt man mit und was bleibt da?",
    ],
)
def test_what_comes_and_what_stays_is_the_overview(text: str) -> None:
    """What comes along set against what stays names the whole plainly: the overview, also
    where a closing "wäre hilfreich" (would help: a request) might read as thanks."""
    assert subjects_of(text) == {"overview"}


def test_thanks_for_what_worked_stays_thanks() -> None:
    from question_set import read_row

    assert read_row({"text": "danke, hat alles geklappt!"}).understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "Du sollst meine Daten bei dir vergessen, danke",
        "meine Daten bei dir bitte vergessen. Danke!",
        "lösch bitte meine Daten bei dir, danke",
    ],
)
def test_my_data_with_you_forgotten_is_forget(text: str) -> None:
    """ "Meine Daten bei dir" (with you): the bot's own data about the member, to forget,
    whatever thanks closes the message."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "wie lange dauert das bis die follower drüben sind und kriegen die ne benachrichtigung?",
        "Wie lange dauert es, bis meine Follower angekommen sind, und bekommen sie eine Nachricht?",
    ],
)
def test_how_long_until_followers_are_over_there_beside_notice(text: str) -> None:
    """How long until the followers are over there is their timing, asked beside whether
    they are told, not how long a move takes."""
    assert subjects_of(text) == {"follower_timing", "notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "Meine Lesezeichen, nehm ich die mit oder sind die dann weg?",
        "meine alten Beiträge, sind die nach dem Umzug für immer weg?",
        "und die DMs, sind die dann ganz weg?",
    ],
)
def test_a_thing_of_the_members_gone_is_no_server_gone(text: str) -> None:
    """ "sind die dann (ganz) weg?" said of the member's things asks whether they are lost,
    no server gone (old_server_gone)."""
    assert "old_server_gone" not in subjects_of(text)


def test_a_server_gone_stays_the_server_gone() -> None:
    assert subjects_of("mein alter Server ist einfach weg, was nun?") == {"old_server_gone"}


@pytest.mark.parametrize(
    "text",
    [
        "i mog umziang, hilfst ma?",
        "ich möcht mit meinem Konto umziehen, fangen wir an?",
        "Hallo, ich würde gern mein Konto umziehen, können wir starten?",
        "wir wollen mit dem Vereinskonto umziehen, legen wir los?",
    ],
)
def test_the_wish_to_move_and_to_begin_is_start(text: str) -> None:
    """The wish to move in dialect or with the account named between ("i mog ... umziang",
    "möcht", "würde gern mein Konto umziehen"), then "fangen wir an?": start."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "fertig mit dem Alias",
        "i hob den Alias eitrogn",
        "Des mit dem Alias hätt i",
    ],
)
def test_the_alias_done_in_dialect_or_as_finished_with_it_is_done(text: str) -> None:
    """At the alias step: "fertig mit dem Alias", Bavarian "eitrogn" (eingetragen), "des
    hätt i" (that I have): done."""
    assert command_of(text, "alias") == "done"


def test_not_yet_finished_with_the_alias_stays_not_yet() -> None:
    assert command_of("bin noch nicht fertig mit dem Alias", "alias") == "not_yet"


@pytest.mark.parametrize(
    "text",
    [
        "Zusammenführen oder Überschreiben für meine Blockliste, was nehm ich?",
        "Überschreiben oder zusammenführen für meine Follows, was soll ich nehmen?",
        "für die Stummschaltungen: zusammenführen oder überschreiben, welcher Modus?",
    ],
)
def test_which_import_mode_for_a_list_is_the_import(text: str) -> None:
    """Which import mode (Zusammenführen, Überschreiben) for a list asks about the import,
    not whether the list moves."""
    assert subjects_of(text) == {"import"}
