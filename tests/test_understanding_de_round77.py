"""German classes of session 44 (ja-de), chosen on round 76's tuning half: the order of the
alias and the move ("erst Alias, dann umziehen, oder andersrum?") asks about both, "was
kannst du (eigentlich) alles?" is help (everything the bot can do, not everything that
moves), and colloquial "wo is" (= "wo ist") at a step asks how. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "Muss ich zuerst den Alias setzen und dann umziehen oder umgekehrt",
        "erst alias einrichten, dann umziehen? oder andersrum?",
        "was kommt zuerst, alias oder umzug?",
        "in welcher reihenfolge mach ich alias und umzug",
        "Alias zuerst und dann der Umzug, oder umgekehrt?",
    ],
)
def test_the_order_of_alias_and_move_asks_about_both(text: str) -> None:
    """Which of the two steps comes first names the move beside the alias, as in English."""
    assert subjects_of(text) == {"alias", "move"}


def test_the_alias_before_or_after_the_move_stays_the_alias() -> None:
    """ "Alias vor dem Umzug oder danach?" is asked of the alias (as English "before or
    after")."""
    assert subjects_of("alias vor dem umzug oder danach?") == {"alias"}


@pytest.mark.parametrize(
    "text",
    [
        "was kannst du alles und welche befehle gibt es",
        "Hilfe, was kannst du eigentlich alles?",
        "was kannst du alles? was für befehle kennst du?",
        "zeig mal was du so alles kannst, gibts befehle?",
        "was kann der bot eigentlich alles? gibt es eine liste der befehle",
    ],
)
def test_everything_the_bot_can_do_is_help(text: str) -> None:
    """ "was kannst du alles" beside the commands asked for: help, not what moves ("alles")."""
    assert command_of(text, "public") == "help"


def test_everything_that_comes_along_stays_the_overview() -> None:
    assert subjects_of("was kann ich alles mitnehmen?") == {"overview"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("OIDA WO IS DER KNOPF FÜR DIE FOLLOWER", "move"),
        ("wo is der knopf zum follower übertragen", "move"),
        ("WO IS DA EXPORT", "export"),
        ("heast wo is der button fürs importieren", "import"),
    ],
)
def test_colloquial_wo_is_at_a_step_asks_how(text: str, where: str) -> None:
    """Spoken "wo is" (Austrian, Bavarian, Berlin: = "wo ist") asks where the step's button
    or page is, as "wo ist" does: how, not a report that the followers were moved."""
    assert command_of(text, where) == "how"
