"""German messages of session 51 (jade51), a class chosen on round 89's tuning half: "dann"
(then) before an order is filler, as "also" and "ok" are: "dann lieber Englisch bitte"
after asking for another language asks for English, and "ok dann stopp" stops. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("sprichst du italienisch? nein? dann englisch bitte", "language:en"),
        ("dann lieber englisch", "language:en"),
        ("kein polnisch? ok dann französisch bitte", "language:fr"),
        ("dann stopp", "stop"),
        ("ok dann stopp bitte", "stop"),
        ("na dann hilfe", "help"),
    ],
)
def test_dann_before_an_order_is_filler(text: str, command: str) -> None:
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    ("text", "command"), [("dann überspringen", "skip"), ("dann später", "not_yet")]
)
def test_dann_before_a_step_answer_is_filler(text: str, command: str) -> None:
    assert command_of(text, "alias") == command
