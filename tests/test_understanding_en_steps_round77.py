"""English classes of session 44 (en-steps): answers at walkthrough steps and commands in
direct messages, chosen on the tuning halves of rounds 54-76. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("no, back", "alias", "back"),
        ("no. back", "move", "back"),
        ("nah wait, back", "import", "back"),
        ("no, back. the alias didn't work", "import", "back"),
        ("nope, stop", "profile", "stop"),
        ("nah, next", "export", "skip"),
    ],
)
def test_order_after_no(text: str, where: str, command: str) -> None:
    """A short "no" then a one-word order ("back", "stop", "next"), a reason after it or
    not: the order, as it reads alone (bot/interpret.py _order_after_no), not "not yet"."""
    assert read_row({"text": text, "where": where}).command == command


@pytest.mark.parametrize(
    ("text", "where"),
    [("no", "alias"), ("no, later", "alias"), ("not yet, tomorrow", "profile")],
)
def test_no_alone_still_not_yet(text: str, where: str) -> None:
    """A "no" with no order after it is still the step not done."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("hindi pa po", "alias", "not_yet"),
        ("hindi pa, mamaya ko na gagawin", "profile", "not_yet"),
        ("wala pa po", "import", "not_yet"),
        ("abhi nahi kiya, kal karunga", "alias", "not_yet"),
        ("nahi kiya yaar, baad mein karunga", "export", "not_yet"),
        ("balik na ako", "dm", "resume"),
        ("ituloy na natin please", "dm", "resume"),
        ("dito na ako lilipat galing sa ibang server", "choose_direction", "here"),
    ],
)
def test_taglish_and_hinglish_answers(text: str, where: str, command: str) -> None:
    """Taglish and Hinglish step answers: "hindi pa" / "wala pa" / "mamaya na" and "abhi
    nahi" / "kal karunga" / "baad mein" (not yet), "balik na ako" / "ituloy natin" (I'm
    back, let's continue: resume), "dito na ako" (I'm moving here) (walkthrough/en.toml)."""
    assert read_row({"text": text, "where": where}).command == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("done. now i press move on the old account?", "alias"),
        ("did it. so now i press move on the old one?", "alias"),
        ("done. now i wait for the email?", "archive"),
        ("got them. now i do the archive?", "export"),
        ("done. then i make the alias?", "archive"),
    ],
)
def test_report_then_next_move(text: str, where: str) -> None:
    """A report in a sentence of its own, then the member's next move said back for a yes
    ("now i ...", "so now i ...", walkthrough/en.toml `next_up`) about a step of the walk:
    done (bot/interpret.py _report_then_next); the next step's message answers it."""
    assert read_row({"text": text, "where": where}).command == "done"


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("done. now i can delete the old account?", "move", "delete_old_account"),
        ("done. now i can post from the new one?", "alias", "posts"),
    ],
)
def test_report_then_other_question(text: str, where: str, subject: str) -> None:
    """After a report, a question about anything but the walk's steps is asked."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and subject in got.understanding.subjects
