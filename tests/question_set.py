"""The hand-written question sets and how an understanding is scored against them.

Shared by the accuracy tests (tests/test_answers.py, tests/test_locales.py) and
bench/answers.py, so the test and the benchmark always score the same way.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

from bot.understand import Understanding

DATA = Path(__file__).parent / "data"


def question_file(locale: str) -> Path:
    return DATA / ("questions.toml" if locale == "en" else f"questions.{locale}.toml")


def locales_with_questions() -> list[str]:
    others = sorted(p.name.split(".")[1] for p in DATA.glob("questions.*.toml"))
    return ["en", *others]


def load_questions(locale: str = "en") -> list[dict]:
    with question_file(locale).open("rb") as handle:
        data = tomllib.load(handle)
    assert data.get("locale", "en") == locale, f"{question_file(locale).name} is not {locale}"
    return data["questions"]


def is_held_out(text: str) -> bool:
    """The hold-out part: a quarter of the rows, chosen by hash, never used for tuning."""
    return hashlib.sha1(text.encode()).digest()[0] % 4 == 0


def is_correct(row: dict, got: Understanding) -> bool:
    """Kind and subject set must match; a myth row must also name the same myths."""
    kind = row.get("kind", "question")
    if got.kind != kind or set(got.subjects) != set(row["subjects"]):
        return False
    return kind != "myth" or set(got.myths) == set(row.get("myths", []))
