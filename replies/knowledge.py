"""What the bot knows, per locale: subjects and myths from replies/knowledge/<locale>.toml.

The TOML files are the bot's knowledge base (facts with a source each, Mastodon's own UI
words, corrections of common myths). This module only reads them, once per locale, into
typed records so the composer and the tests never index raw dictionaries.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parent / "knowledge"
DEFAULT_LOCALE = "en"
MOVES = ("automatic", "export_import", "by_hand", "no", "info")


@dataclass(frozen=True)
class Subject:
    """One thing members ask about: whether and how it moves, and what to say."""

    id: str
    moves: str
    label: str
    source: str
    short: str
    answer: str
    export_row: str | None = None
    file: str | None = None
    import_type: str | None = None
    # "Yes." / "No.": said first, only when the member asked the yes/no question this
    # answers (the locale's intents say which words ask it).
    opener: str | None = None
    # A privacy order's words ("wipe whatever info this bot saved about me") also name this
    # subject: said in public without asking, the order wins over a question about it.
    privacy_words: bool = False
    # Asked about, what the old account does or may do ("can I keep posting from the old
    # one?"): a command word beside it speaks of the old account, not of the walkthrough.
    of_the_old_account: bool = False
    # A problem the member reports ("the move page wants a password but I log in with
    # Google, what now?"): "what now?" beside it asks about the problem, not the next step.
    reports_a_problem: bool = False
    # Doubting the move itself ("should I even move?"): the move named, but no wish to start.
    doubts_the_move: bool = False
    # Asked about alone in a DM or at a step, the member's own command instead: "how is my
    # move going?" there asks for their move's report (`progress`), not the general answer.
    command: str | None = None


@dataclass(frozen=True)
class Myth:
    """A wrong claim members have read, its kind correction, and how to recognise it."""

    id: str
    subject: str
    claim: str
    correction: str
    forbidden: tuple[re.Pattern[str], ...]
    # A report of the step can state it (the step done the wrong way): at a step the
    # member gets the correction, never "done" and the next step.
    step_done_wrong: bool = False

    def repeated_in(self, text: str) -> re.Match[str] | None:
        """Where `text` states this myth as true, if it does."""
        for pattern in self.forbidden:
            found = pattern.search(text)
            if found:
                return found
        return None


@dataclass(frozen=True)
class Knowledge:
    locale: str
    subjects: dict[str, Subject]
    myths: dict[str, Myth]


@functools.cache
def knowledge(locale: str = DEFAULT_LOCALE) -> Knowledge:
    """The knowledge of a locale, read once; English where a locale has none yet."""
    path = KNOWLEDGE / f"{locale}.toml"
    if not path.is_file():
        locale, path = DEFAULT_LOCALE, KNOWLEDGE / f"{DEFAULT_LOCALE}.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    subjects = {
        subject_id: Subject(id=subject_id, **fields)
        for subject_id, fields in data["subjects"].items()
    }
    for subject in subjects.values():
        if subject.moves not in MOVES:
            raise ValueError(f"{path}: subject {subject.id} has unknown moves {subject.moves!r}")
    myths = {
        myth_id: Myth(
            id=myth_id,
            subject=fields["subject"],
            claim=fields["claim"],
            correction=fields["correction"],
            forbidden=tuple(re.compile(p, re.IGNORECASE) for p in fields["forbidden"]),
            step_done_wrong=fields.get("step_done_wrong", False),
        )
        for myth_id, fields in data.get("myths", {}).items()
    }
    for myth in myths.values():
        if myth.subject not in subjects:
            raise ValueError(f"{path}: myth {myth.id} names unknown subject {myth.subject}")
    return Knowledge(locale=locale, subjects=subjects, myths=myths)
