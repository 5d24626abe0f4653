"""English classes of session 50 (en-steps): step answers and DMs, chosen on round 87's
tuning half. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "are my toots in one of these csvs",
        "is my posts inside the csv",
        "which of these csvs has my posts",
        "are my posts in these csv files?",
        "my posts are in the csv yeah?",
    ],
)
def test_posts_in_the_csv_at_the_export_step(text: str) -> None:
    """Posts said or asked to be in the CSVs at the export step: the myth, answered by the
    archive alone; the CSVs the claim names are its frame, not a second question."""
    assert myths_of(text, "export") == {"export_csv_of_posts"}
    assert read_row({"text": text, "where": "export"}).understanding.subjects == ["archive"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("may God reward you, all worked", "followers"),
        ("allah reward you brother, it went through", "followers"),
        ("jazakallah khair, it all worked", "dm"),
        ("may the lord reward you for your patience", "dm"),
        ("may god bless you and your family, all done", "followers"),
    ],
)
def test_a_blessing_thanks(text: str, where: str) -> None:
    """A blessing wished back ("may God reward you", "jazakallah"), beside a report of
    nothing in particular: thanks. "May" opens no question before God or Allah."""
    got = read_row({"text": text, "where": where})
    assert got.command is None
    assert got.understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text", ["May I delete my old account after the move", "may i keep my old account"]
)
def test_may_i_still_asks(text: str) -> None:
    assert read_row({"text": text, "where": "public"}).understanding.kind == "question"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("I hope you are well. Thank you for your help, everything worked.", "dm"),
        (
            "hi there, hope you are doing well. thanks a lot for the help last week, it all worked",
            "dm",
        ),
        ("hello, hope you're well! thank you for the help yesterday, all sorted", "dm"),
        (
            "good morning, hope this finds you well. many thanks for your help, it worked",
            "followers",
        ),
    ],
)
def test_thanks_after_a_hello_and_a_wish(text: str, where: str) -> None:
    """A hello and "I hope you are well" before the thanks, then a report ("everything
    worked"): thanks, as the thanks opening the message is."""
    got = read_row({"text": text, "where": where})
    assert got.command is None
    assert got.understanding.kind == "thanks"


def test_a_question_after_the_wish_still_asks() -> None:
    text = "hi, hope you are well. thank you for your help yesterday, do my bookmarks move too?"
    assert subjects_of(text, "dm") == {"bookmarks"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("none downloaded yet", "export"),
        ("none of the csvs downloaded yet", "export"),
        ("0 downloaded yet", "download"),
        ("0 imported so far", "import"),
    ],
)
def test_none_done_yet(text: str, where: str) -> None:
    """ "none" or "0" before a done word ("0 csv downloaded yet"): not yet."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("had a wee break, where were we", "dm"),
        ("ok break over, where were we", "dm"),
        ("sorry short break there, where was i", "dm"),
        ("had a break, where were we", "export"),
    ],
)
def test_a_break_then_where_were_we_resumes(text: str, where: str) -> None:
    """A break told as over, then "where were we": pick up where we left off (resume), not
    only "which step am I on" (status)."""
    assert read_row({"text": text, "where": where}).command == "resume"


@pytest.mark.parametrize("text", ["where were we", "taking a wee break"])
def test_without_the_break_over(text: str) -> None:
    """ "where were we" alone asks the step (status); a break only begun resumes nothing."""
    assert read_row({"text": text, "where": "dm"}).command != "resume"
