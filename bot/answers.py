"""Turning an Understanding into the statuses the bot posts in reply.

The words come from the knowledge base (replies/knowledge/<locale>.toml) and the
templates in replies/templates/<locale>/answers/; this module only decides which pieces
an answer is made of and packs them into statuses:

- a stated myth: its correction first, then the answer;
- one subject: its full answer, opened with "Yes." or "No." only when the member asked
  the yes/no question that answers; two or three: one sentence each; "what moves?": the
  overview, grouped from every subject's `moves`;
- greeting or help: the menu; thanks; a wish to start moving; unknown: an honest
  "I don't know" and the menu; near guesses of the ranking fallback: "Do you mean …?";
- every answer ends with a way to go deeper (the source, or the walkthrough by DM).

Statuses start with the member's mention and fit the instance's character limit as
Mastodon counts it. A long answer becomes a short thread, split between paragraphs (or
sentences), never cut; if even that would take more than `max_statuses`, the answer
falls back to its shorter forms rather than lose words mid-sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar

import replies
from bot.text import split_status, status_length
from bot.understand import Understanding
from replies.knowledge import Knowledge, Subject, knowledge

TEMPLATES = "answers"
OVERVIEW = "overview"
_MENU_KINDS = {"greeting", "help"}
_PLAIN_KINDS = {"thanks": "thanks.j2", "start_move": "start_move.j2"}
_STAYS = ("no",)


def compose_answer(
    understanding: Understanding,
    *,
    locale: str = "en",
    mention: str = "@alice",
    max_characters: int = 500,
    url_length: int = 23,
    max_statuses: int = 3,
    direct: bool = False,
    walking: bool = False,
    waiting: bool = False,
) -> list[str]:
    """The reply to one understood message, as status texts that each start with `mention`.
    `direct`: the reply is a DM, so it offers the walkthrough without "DM me". `walking`:
    the member is mid-walkthrough and the reply brings them back to their step, so it
    offers no walkthrough at all. `waiting`: the member is mid-walkthrough but this reply
    (to a mention) is not in it: it says the walkthrough waits, and not at which step."""
    prefix = f"{mention} "
    token = _OFFER.set((direct, walking, waiting))
    try:
        for paragraphs in _drafts(understanding, locale):
            statuses = _pack(paragraphs, prefix, max_characters, url_length)
            if len(statuses) <= max_statuses:
                return statuses
    finally:
        _OFFER.reset(token)
    raise ValueError(
        f"no answer fits {max_statuses} statuses of {max_characters} characters after {mention!r}"
    )


# Where the answer being composed goes (`direct`, `walking`, `waiting`): every template
# words its offer of the walkthrough for that, or leaves it out.
_OFFER: ContextVar[tuple[bool, bool, bool]] = ContextVar("offer", default=(False, False, False))


def _render(name: str, locale: str, **context: object) -> str:
    direct, walking, waiting = _OFFER.get()
    return replies.render(
        f"{TEMPLATES}/{name}", locale, direct=direct, walking=walking, waiting=waiting, **context
    )


def _drafts(understanding: Understanding, locale: str) -> Iterator[list[str]]:
    """The answer's paragraphs, longest draft first; later drafts are shorter fallbacks."""
    known = knowledge(locale)
    locale = known.locale
    kind = understanding.kind
    if kind in _MENU_KINDS:
        yield [_render("menu.j2", locale, greeting=kind == "greeting")]
        return
    if kind in _PLAIN_KINDS:
        yield [_render(_PLAIN_KINDS[kind], locale)]
        return

    myths = [known.myths[m] for m in understanding.myths if m in known.myths]
    subject_ids = [s for s in understanding.subjects if s in known.subjects]
    for myth in myths:
        if myth.subject not in subject_ids:
            subject_ids.append(myth.subject)
    subjects = [known.subjects[s] for s in subject_ids[:3]]
    if not subjects:
        yield [_render("unknown.j2", locale)]
        return
    if understanding.clarify:  # ranking's near guesses: ask which one is meant
        yield [_render("did_you_mean.j2", locale, labels=[s.label for s in subjects])]
        return

    corrections = [_render("myth.j2", locale, myth=myth) for myth in myths]
    deeper = _render("deeper.j2", locale, source=subjects[0].source)
    yes_no = kind == "question" and understanding.yes_no and len(subjects) == 1
    opener = subjects[0].opener if yes_no else None
    full, short = _bodies(subjects, known, locale, opener)
    yield [*corrections, full, deeper]
    yield [*corrections, short, deeper]
    if corrections:
        yield [*corrections, deeper]
    yield [short, deeper]


def _bodies(
    subjects: Sequence[Subject], known: Knowledge, locale: str, opener: str | None = None
) -> tuple[str, str]:
    """The full and the short body for the subjects asked about; `opener` ("Yes.") goes
    first only when the member asked a yes/no question it answers."""
    if len(subjects) == 1:
        subject = subjects[0]
        if subject.id == OVERVIEW:
            return _overview(known, locale), subject.short
        return _render("subject.j2", locale, subject=subject, opener=opener), subject.short
    several = _render("several.j2", locale, subjects=subjects)
    return several, several


def _overview(known: Knowledge, locale: str) -> str:
    """What moves, grouped from the subjects' own `moves`, so the two never disagree."""
    data_subjects = [s for s in known.subjects.values() if s.moves != "info"]
    return _render(
        "overview.j2",
        locale,
        automatic=[s for s in data_subjects if s.moves == "automatic"],
        export_import=[s for s in data_subjects if s.moves == "export_import"],
        stays=[s for s in data_subjects if s.moves in _STAYS],
        by_hand=[s for s in data_subjects if s.moves == "by_hand"],
        overview=known.subjects[OVERVIEW],
    )


def _pack(paragraphs: Sequence[str], prefix: str, limit: int, url_length: int) -> list[str]:
    """Whole paragraphs into as few statuses as fit; only an oversized one is split."""

    def fits(body: str) -> bool:
        return status_length(prefix + body, url_length=url_length) <= limit

    bodies: list[str] = []
    current = ""
    for paragraph in (p.strip() for p in paragraphs):
        if not paragraph:
            continue
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if fits(candidate):
            current = candidate
            continue
        if current:
            bodies.append(current)
        if fits(paragraph):
            current = paragraph
            continue
        pieces = split_status(paragraph, limit, prefix=prefix, url_length=url_length)
        pieces = [piece[len(prefix) :] for piece in pieces]
        bodies.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        bodies.append(current)
    _keep_the_link_company(bodies, fits)
    return [prefix + body for body in bodies]


def _keep_the_link_company(bodies: list[str], fits: Callable[[str], bool]) -> None:
    """A thread should not end with a status holding only the "go deeper" line: move the
    previous status's last paragraph down to it when it fits."""
    if len(bodies) < 2 or "\n\n" in bodies[-1] or "\n\n" not in bodies[-2]:
        return
    head, _, last_paragraph = bodies[-2].rpartition("\n\n")
    moved = f"{last_paragraph}\n\n{bodies[-1]}"
    if fits(moved):
        bodies[-2:] = [head, moved]
