"""German classes of session 34 (learn34de), chosen on the tuning halves of rounds 58-65
(read by the tables alone and by a second opinion trained without them) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "der alias kommt aufm alten konto rein, oder?",
        "den alias trag ich aufm alten account ein, passt das so?",
        "ich leg den alias uff'm alten konto an, richtig?",
        "alias muss ufem alte konto, gell?",
    ],
)
def test_auf_dem_said_as_one_word_is_read(text: str) -> None:
    """ "aufm", Berlin "uff'm", Swiss "ufem": "auf dem" said as one word, so "aufm alten
    Konto" is "auf dem alten Konto" (the place the myth puts the alias)."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kann ich hinterher noch über den alten account posten", "alias"),
        ("kann ich danach eigentlich noch vom alten profil aus posten?", "move"),
        ("kann ich dann trotzdem noch auf dem alten konto posten?", "public"),
        ("kann man später noch vom alten account aus posten", "import"),
        ("darf ich nach dem umzug noch über mein altes konto ab und zu posten?", "public"),
    ],
)
def test_posting_from_the_old_account_later_keeps_both(text: str, where: str) -> None:
    """ "kann ich danach noch vom alten Konto posten?": going on posting from the old
    account after the move is keeping both (LABELS), with words between "noch" and
    "posten" too; "was passiert mit dem alten Konto, kann ich dort noch posten?" stays
    the old account's fate."""
    assert subjects_of(text, where) == {"keep_both_accounts"}


def test_what_becomes_of_the_old_account_stays_its_fate() -> None:
    assert subjects_of("was passiert mit dem alten konto, kann ich dort noch posten?") == {
        "old_account"
    }


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Ich habe, wie einige von euch sicher mitbekommen haben, viele Konten blockiert,"
            " und möchte wissen, ob diese Blockierungen beim Umzug erhalten bleiben.",
            "blocks",
        ),
        (
            "Ich habe auf meiner Instanz, deren Admin – wer es mitbekommen hat, weiß Bescheid"
            " – nicht mehr tragbar ist, etliche Konten stummgeschaltet, und frage mich, ob"
            " diese Stummschaltungen beim Wechsel bestehen bleiben.",
            "mutes",
        ),
        (
            "Unser Server wird Ende März abgeschaltet, so stand es in der Ankündigung. Was"
            " muss ich vorher tun?",
            "server_closing",
        ),
        (
            "Laut der Ankündigung macht unsere Instanz im Sommer dicht. Was muss ich bis"
            " dahin erledigen?",
            "server_closing",
        ),
    ],
)
def test_an_aside_or_an_announcement_as_source_is_no_notification(text: str, subject: str) -> None:
    """ "…, wer es mitbekommen hat, weiß, wovon ich rede, …", "so stand es in der
    Ankündigung": where the member's news came from, not whether anyone is told of the
    move."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "bekommen meine follower eine benachrichtigung, wenn ich umziehe?",
        "wird der umzug irgendwo angekündigt, also merken meine follower das?",
    ],
)
def test_whether_followers_are_told_stays_notifications(text: str) -> None:
    assert subjects_of(text) == {"notifications"}
