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
