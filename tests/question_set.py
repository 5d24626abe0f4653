"""The hand-written question sets and how the bot's reading of a row is scored.

Shared by the accuracy tests (tests/test_answers.py, tests/test_locales.py,
tests/test_heldout.py) and bench/answers.py, so the tests and the benchmark always score
the same way, and they score `bot.interpret.read()`, the classifier the bot acts on.

Two kinds of sets (tests/data/LABELS.md):
- the new sets, tests/data/tuning/<locale>.toml and tests/data/heldout/<locale>.toml,
  split by a fixed rule on the text; the held-out half is never read while tuning, and
  only its figures are ever printed; a round's held-out half, once measured at first
  contact, is retired (RETIRED_THROUGH): the second opinion trains on it, and its figures
  are reported apart from the fresh rounds';
- the old sets, tests/data/questions*.toml, tuned on, so they count as tuning data.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from pathlib import Path

from bot.interpret import PUBLIC, Reading, read_in_context
from bot.understand import Understanding
from bot.walkthrough import StepTable

DATA = Path(__file__).parent / "data"
LOCALES = ("en", "de", "fr", "es", "ja")
TUNING, HELD_OUT = "tuning", "heldout"
# The rounds whose held-out halves are retired: each was measured once at first contact,
# and the second opinion now trains on it (bench/train_second_opinion.py), so its figures
# are no longer fresh ones and are reported apart (bench/answers.py, tests/test_heldout.py).
# A new round's held-out half is fresh until measured; then this is raised and the model
# retrained (docs/rounds.md). Nobody reads a retired row's text or failures either.
RETIRED_THROUGH = 104
# Old rows' kinds that are commands in the new labels.
_OLD_KIND_COMMANDS = {"help": "help", "start_move": "start"}


def question_file(locale: str) -> Path:
    return DATA / ("questions.toml" if locale == "en" else f"questions.{locale}.toml")


def locales_with_questions() -> list[str]:
    others = sorted(p.name.split(".")[1] for p in DATA.glob("questions.*.toml"))
    return ["en", *others]


def parsed(path: Path) -> dict:
    """A TOML file of rows, parsed once per process while it is unchanged: tomllib parses
    the tuning and held-out halves in about 2.3 s, and the tests and the trainer's checks
    asked for them some 25 times a run (about 20 s of CI's CPU). Each caller gets its own
    copy of the rows (dicts and lists), so none can change what another reads."""
    stat = path.stat()
    return _copied(_parsed(path, stat.st_mtime_ns, stat.st_size))


@functools.cache
def _parsed(path: Path, _mtime: int, _size: int) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _copied(value):  # type: ignore[no-untyped-def]
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    return value


def load_questions(locale: str = "en") -> list[dict]:
    """The old set of a locale, as written (kinds help/start_move included)."""
    data = parsed(question_file(locale))
    assert data.get("locale", "en") == locale, f"{question_file(locale).name} is not {locale}"
    return data["questions"]


def set_file(half: str, locale: str) -> Path:
    return DATA / half / f"{locale}.toml"


def load_rows(half: str, locale: str) -> list[dict]:
    """Rows of a new set (`tuning` or `heldout`); [] while it is not written yet."""
    path = set_file(half, locale)
    if not path.is_file():
        return []
    data = parsed(path)
    assert data.get("locale") == locale, f"{path} is not {locale}"
    return list(data["rows"])


def round_number(row: dict) -> int:
    """The round a row of the new sets was written in (rows without a note are round 1)."""
    note = str(row.get("note", ""))
    return int(note.split()[1]) if note.startswith("round ") else 1


def is_retired(row: dict) -> bool:
    """Whether a held-out row's round is retired: measured once, now trained on."""
    return round_number(row) <= RETIRED_THROUGH


def held_out_rows(locale: str, retired: bool) -> list[dict]:
    """A locale's held-out rows of the retired rounds, or of the fresh ones; never print them."""
    return [row for row in load_rows(HELD_OUT, locale) if is_retired(row) == retired]


def old_rows(locale: str) -> list[dict]:
    """The old set in the new row format: help and start_move are commands now."""
    rows = []
    for row in load_questions(locale):
        kind = row.get("kind", "question")
        if kind in _OLD_KIND_COMMANDS:
            rows.append({"text": row["text"], "command": _OLD_KIND_COMMANDS[kind]})
        else:
            rows.append(row)
    return rows


def tuning_rows(locale: str) -> list[dict]:
    """Everything that may be tuned on: the new tuning half and the old set."""
    return [*load_rows(TUNING, locale), *old_rows(locale)]


def is_held_out(text: str) -> bool:
    """The fixed split rule of the new sets (LABELS.md)."""
    return hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0


def first_contact(row: dict) -> tuple[str, Reading]:
    """The reply language and reading for a member the bot has never met, from an untagged
    status (the hardest case: the text alone decides), where the row says it was written."""
    return read_in_context(
        row["text"], where=row.get("where", PUBLIC), chosen=None, tag=None, default="en"
    )


def first_contact_locale(text: str) -> str:
    return first_contact({"text": text})[0]


def read_row(row: dict) -> Reading:
    """How the bot reads a row's text where the row says it was written."""
    return first_contact(row)[1]


def command_of(text: str, where: str) -> str | None:
    """The command a probe is read as at first contact (None for a question)."""
    return read_row({"text": text, "where": where}).command


def subjects_of(text: str, where: str = PUBLIC) -> set[str]:
    """The subjects of a probe that must be read as a question at first contact."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "question", got
    return set(got.understanding.subjects)


def myths_of(text: str, where: str = PUBLIC) -> set[str]:
    """The myths of a probe that must be read as a myth at first contact."""
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "myth", got
    return set(got.understanding.myths)


def is_correct(row: dict, got: Understanding) -> bool:
    """Kind and subject set must match; a myth row must also name the same myths."""
    kind = row.get("kind", "question")
    if got.kind != kind or set(got.subjects) != set(row.get("subjects", [])):
        return False
    return kind != "myth" or set(got.myths) == set(row.get("myths", []))


def is_right(row: dict, got: Reading) -> bool:
    """Whether the bot's reading of a row does what the row's label asks for.

    Two readings lead to the very same reply and count as the same: at a step, "how?"
    and a question about that step's own subject (both explain the step's subject and
    bring the member back); and at a step that the archive news completes, "I requested
    it" / "I downloaded it" and "done" (both complete the step). And LABELS.md makes a
    question about move_progress in a DM the `progress` command."""
    want = row.get("command")
    step = StepTable.load().steps.get(got.where)
    if want is None:
        if got.command is None:
            return is_correct(row, got.understanding)
        subjects = set(row.get("subjects", []))
        if row.get("kind", "question") != "question":
            return False
        if got.command == "how" and step is not None:
            return subjects == {step.subject}
        # LABELS.md: "how is my move going" is the `progress` command in a DM.
        return got.command == "progress" and got.where != "public" and subjects == {"move_progress"}
    if got.command == want:
        return True
    if step is None:
        return False
    if want == "how" and got.is_question:
        return set(got.understanding.subjects) == {step.subject}
    if want == "done" and got.command in ("requested", "downloaded"):
        return step.on.get(got.command) is not None and step.on.get(got.command) == step.on.get(
            "done"
        )
    return False


def is_on_topic(row: dict) -> bool:
    return "command" in row or row.get("kind", "question") != "unknown"


def is_dead_end(row: dict, got: Reading) -> bool:
    """An on-topic message that got "I don't know" (or "I didn't get that" in a step)."""
    return is_on_topic(row) and got.command is None and got.understanding.kind == "unknown"
