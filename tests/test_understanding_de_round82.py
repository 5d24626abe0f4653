"""German messages of session 47 (ja-de), classes chosen on rounds 79–81's tuning halves:
"lohnen" and "rentieren" said at the clause's end ("ob sich der Umzug lohnt", "damit sich
so ein Umzug lohnt") ask whether to move as "lohnt sich" does, and how many followers it
takes, or the few the member has, is the reason, not a question about the followers; and
the member's own app named as where things are kept ("die entwürfe in meiner app, sind die
weg?") asks what becomes of them, not about the website or the app. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "weiß nicht ob sich das lohnt mit meinen 30 followern",
        "ob sich ein umzug rentiert bei 50 followern?",
        "wie viele follower braucht man, damit sich das umziehen lohnen würde",
        "ich frag mich ob sich der umzug für mich überhaupt lohnt",
        "wieviel follower sollte man haben, damit sich das lohnt?",
    ],
)
def test_whether_it_pays_to_move_said_at_the_end(text: str) -> None:
    assert subjects_of(text) == {"whether_to_move"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("meine entwürfe in meiner app, sind die nach dem umzug noch da?", "scheduled_drafts"),
        ("was wird aus den lesezeichen in meiner app wenn ich umziehe", "bookmarks"),
        ("meine listen in meiner handy app, gehen die verloren beim umzug?", "lists"),
    ],
)
def test_things_kept_in_my_app(text: str, subject: str) -> None:
    """The member's app is where the things are; the things are asked about."""
    assert subjects_of(text) == {subject}


def test_the_move_in_my_app_stays_the_app() -> None:
    assert subjects_of("geht der umzug auch in meiner app?") == {"website_vs_app"}
