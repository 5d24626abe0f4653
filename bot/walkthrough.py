"""The move, walked through by DM: a small engine over the step table in replies/walkthrough/.

The table says what each step shows, which answers it accepts, where they lead, what
they record, and what the bot checks itself. This module only interprets it: it
classifies the member's message (command, handle, answer, question), follows the
table, runs the check, and returns Effects (new state, replies, reminders) for the
dispatcher to write in one transaction. It never writes to storage itself.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import tomllib
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import replies
from bot.clock import Clock
from bot.incoming import Incoming
from bot.interpret import (
    COMMANDS,
    Reading,
    acknowledges,
    assents,
    book,
    confirms,
    contains_phrase,
    delete_target,
    goes_on,
    read,
    said_as_a_word,
    says_turn,
    way_said,
    ways_inside,
    where_for,
)
from bot.privacy import is_redacted, looks_like_secret
from bot.reminders import PROGRESS_AFTER, ReminderPlan, contact
from bot.replying import answered_by_dm, fit, reply_items, reply_priority
from bot.text import normalise
from bot.verify import (
    FOUND,
    NOT_FOUND,
    UNREACHABLE,
    Address,
    Verifier,
    looks_like_handle_attempt,
    parse_address,
    parse_handle,
)
from storage import Effects, Priority
from storage.db import timestamp

TABLE_DIR = Path(replies.__file__).parent / "walkthrough"
TEMPLATE_DIR = "walkthrough"


@dataclass(frozen=True)
class Step:
    id: str
    template: str
    expects: str = "answer"
    on: dict[str, str] = field(default_factory=dict)
    actions: dict[str, str] = field(default_factory=dict)
    check: str | None = None
    subject: str | None = None
    nudge: bool = False
    # Subjects that, asked alone here, mean this step's own ("how long does this take?"
    # while waiting for followers asks about that wait).
    stands_for: list[str] = field(default_factory=list)
    # Subjects a report of this step names, when not its own (bot/interpret.py).
    reported_by: list[str] = field(default_factory=list)
    # Subjects a how-question here asks the step's own how with ("how do I move the
    # followers?" at the move step is how to do the move).
    how_for: list[str] = field(default_factory=list)
    # Myths that, said here, report the step done wrong (bot/interpret.py).
    mistakes: list[str] = field(default_factory=list)
    skip_if: str | None = None
    final: bool = False
    # The step only tells (waiting for followers): a bare "ok" / "got it" is its answer.
    # Elsewhere those words say the instruction was understood, not that it was done.
    informational: bool = False


@dataclass(frozen=True)
class StepTable:
    order: dict[str, list[str]]
    steps: dict[str, Step]

    @classmethod
    @functools.cache
    def load(cls, path: Path = TABLE_DIR / "steps.toml") -> StepTable:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        steps = {key: Step(id=key, **value) for key, value in data["steps"].items()}
        table = cls(order={k: list(v) for k, v in data["order"].items()}, steps=steps)
        table.validate()
        return table

    def validate(self) -> None:
        """Every target names a step, every order entry exists: a typo fails at load, not at 3 am."""
        for direction, order in self.order.items():
            for step_id in order:
                if step_id not in self.steps:
                    raise ValueError(f"order.{direction} names unknown step {step_id!r}")
        for step in self.steps.values():
            if step.skip_if and step.skip_if not in (*SKIP_CONDITIONS, "server_closing"):
                raise ValueError(f"steps.{step.id} names unknown skip_if {step.skip_if!r}")
            for answer, target in step.on.items():
                if target not in ("next", "stay") and target not in self.steps:
                    raise ValueError(f"steps.{step.id}.on.{answer} leads to unknown {target!r}")
            for action in step.actions.values():
                if action not in ACTIONS:
                    raise ValueError(f"steps.{step.id} names unknown action {action!r}")
            if step.check is not None and step.check not in CHECKS:
                raise ValueError(f"steps.{step.id} names unknown check {step.check!r}")

    def first(self, direction: str) -> str:
        return self.order[direction][0]

    def number(self, direction: str | None, step_id: str) -> int:
        order = self.order.get(direction or "", [])
        return order.index(step_id) + 1 if step_id in order else 0

    def total(self, direction: str | None) -> int:
        return len(self.order.get(direction or "away", [])) - 1  # "finished" is not a step to do

    def following(self, direction: str, step_id: str) -> str | None:
        """The next step; from a step outside the direction's order, its first step."""
        order = self.order[direction]
        if step_id not in order:
            return order[0]
        index = order.index(step_id)
        return order[index + 1] if index + 1 < len(order) else None

    def previous(self, direction: str | None, step_id: str) -> str | None:
        if direction is None or step_id not in self.order.get(direction, []):
            return None
        index = self.order[direction].index(step_id)
        return self.order[direction][index - 1] if index > 0 else "choose_direction"


# The groups of commands and answers the running bot asks Words about (language_request
# and asks_for_languages). It reads every other group through the command book
# (bot/interpret.py), built from the same tables: Words.load kept them all as well, 7,800
# phrases for the five locales that the running bot never asked (about 1 MB of its memory).
ASKED_OF_WORDS = ("language", "speak")


@dataclass(frozen=True)
class Words:
    """A locale's walkthrough vocabulary: step titles, the language's own name, and groups
    of commands and answers (the running bot's: ASKED_OF_WORDS; all of them: read())."""

    titles: dict[str, str]
    groups: dict[str, tuple[frozenset[str], tuple[str, ...]]]
    locale: str = "en"
    name: str = "English"  # the language's own name, for "language" (the list)

    @classmethod
    @functools.cache
    def load(cls, locale: str) -> Words:
        """The running bot's words of a locale, read once: the groups it asks Words about."""
        return cls.read(locale, ASKED_OF_WORDS)

    @classmethod
    def read(cls, locale: str, groups: Collection[str] | None = None) -> Words:
        """A locale's words read from its table now, with the groups named (every group of
        commands and answers when None: for checks of the tables, kept by nobody)."""
        data = tomllib.loads((TABLE_DIR / f"{locale}.toml").read_text(encoding="utf-8"))
        kept: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        for section in ("commands", "answers"):
            for name, spec in data[section].items():
                if groups is not None and name not in groups:
                    continue
                exact = frozenset(_clean(p) for p in spec.get("exact", []))
                contains = tuple(_clean(p) for p in spec.get("contains", []))
                kept[name] = (exact, contains)
        return cls(
            titles=dict(data["titles"]),
            groups=kept,
            locale=locale,
            name=str(data.get("name", locale)),
        )

    def matches(self, name: str, text: str) -> bool:
        """Whether the text is, or (short) contains, a phrase of the group `name`, which
        these words must hold (a KeyError otherwise: Words.load holds ASKED_OF_WORDS)."""
        exact, contains = self.groups[name]
        cleaned = _clean(text)
        if cleaned in exact:
            return True
        return len(cleaned) <= 120 and any(contains_phrase(cleaned, p) for p in contains)


def _clean(text: str) -> str:
    text = normalise(text)
    text = re.sub(r"[\s]+", " ", text)
    return text.strip(" .!,;:…。！、")


def language_request(text: str) -> str | None:
    """The locale a message asks the bot to speak, understood in every locale (a client may
    tag German text "en"): the `language` command and a code ("language de", "sprache fr"),
    or the language named (each locale's `speak`: "Deutsch bitte", "en français", "日本語で")."""
    cleaned = _clean(text)
    if not cleaned or len(cleaned) > 40:
        return None
    supported = replies.locales()
    keyword, _, code = cleaned.rpartition(" ")
    if code in supported and any(
        keyword.strip(" :") in Words.load(locale).groups["language"][0] for locale in supported
    ):
        return code
    return next((locale for locale in supported if Words.load(locale).matches("speak", text)), None)


def asks_for_languages(text: str) -> bool:
    """ "language" on its own, in any locale: the member wants to know what is on offer."""
    return any(Words.load(locale).matches("language", text) for locale in replies.locales())


ANSWERS = ("downloaded", "requested", "not_yet", "how", "done", "away", "here")


class Explain(Protocol):
    """A subject's knowledge answer (Responder.explain): `direct` words its offer of the
    walkthrough for a DM, `walking` leaves the offer out (the member is mid-walkthrough)."""

    def __call__(
        self, subject: str, locale: str, *, direct: bool = True, walking: bool = True
    ) -> str: ...


Answer = Callable[[Reading, str], Awaitable[str | None]]


@dataclass
class Turn:
    """What one message does: the member row after it, what to say, what reminders change."""

    member: dict[str, Any] | None
    bodies: list[str] = field(default_factory=list)
    reminders: list[dict[str, Any]] = field(default_factory=list)
    cancel: list[tuple[str, str | None]] = field(default_factory=list)
    forget: bool = False
    # Said stop: the statuses queued for these recipients unasked are cancelled.
    cancel_unasked: list[str] = field(default_factory=list)
    # The alias step was left by a "skip" after a "done" the bot could not see: on the
    # member's word, as a third "done" would be (the pre-flight says so).
    alias_on_word: bool = False


class Walkthrough:
    def __init__(
        self,
        *,
        verifier: Verifier,
        clock: Clock,
        plan: ReminderPlan,
        this_server: str,
        max_characters: int = 500,
        url_length: int = 23,
        explain: Explain | None = None,
        answer_question: Answer | None = None,
        table: StepTable | None = None,
        progress: Any = None,
    ) -> None:
        self.verifier = verifier
        self.clock = clock
        self.plan = plan
        self.this_server = this_server.lower()
        self.max_characters = max_characters
        self.url_length = url_length
        self.explain: Explain = explain or (lambda subject, locale, **_: "")
        self.answer_question = answer_question
        self.table = table or StepTable.load()
        # bot/progress.Progress: pre-flight, baseline counts, import check, live counts.
        self.progress = progress
        # Set while a closing campaign runs (bot/campaign.py): the archive comes first, the
        # move before anything optional, and the member hears the date.
        self.closes_at: datetime | None = None

    # -- entry points ----------------------------------------------------------------------

    async def handle(
        self,
        member: dict[str, Any] | None,
        incoming: Incoming,
        locale: str,
        reading: Reading | None = None,
    ) -> Effects | None:
        """Effects for a DM (or a mention saying "stop", "forget me" or "delete my data",
        or answering a question the walkthrough asked), or None when the message is not
        for the walkthrough.

        `reading` is what bot/interpret.py made of the message at the member's step; only
        an answer to that step moves the step, and a question is answered without moving."""
        if reading is None:
            reading = read(incoming.text, where=where_for(member, True), locale=locale)
        command = reading.command
        if command is not None and self._address_alone(member, incoming):
            # "nobody@new.example" at a step waiting for an address: the address is the
            # answer, whatever one of its words reads as ("nobody": how the move goes).
            command = None
            reading = replace(reading, command=None)
        now = self.clock.now()
        if is_redacted(incoming.text) or looks_like_secret(incoming.text):
            turn = Turn(member=self._touch(member, incoming, locale, now) if member else None)
            turn.bodies.append(self._render(locale, "misc.j2", what="password"))
            return self._effects(incoming, turn)
        if command == "stop" and not incoming.is_direct:
            return self._stop_aloud(member, incoming, locale, now)
        if member is None:
            if command in ("requested", "downloaded"):
                turn = Turn(member=self._new_member(incoming, locale, now, step="idle"))
                self._note_archive(turn, command, locale)
                return self._effects(incoming, turn)
            if command == "clarify_delete":
                turn = Turn(member=self._new_member(incoming, locale, now, step="idle"))
                self._ask_which_delete(turn, locale, public=not incoming.is_direct)
                return self._effects(incoming, turn)
            if command == "forget":  # no walkthrough to confirm the loss of: at once
                turn = Turn(member=None)
                turn.bodies.append(self._render(locale, "commands.j2", command="forget_done"))
                effects = self._effects(incoming, turn, kind="farewell")
                # A closing server's campaign may have stored them without a walkthrough
                # (its audience, the DMs it sent them): those go, as "I've deleted
                # everything" says, and the farewell after it.
                effects.forget_member = incoming.acct
                return effects
            if command == "stop":
                # "stop" from someone without a walkthrough (in answer to a campaign DM, or
                # before one): remembered, so no wave writes to them.
                turn = Turn(member=self._new_member(incoming, locale, now, step="idle"))
                _opt_out(turn)
                turn.bodies.append(self._render(locale, "commands.j2", command="stop"))
                return self._effects(incoming, turn)
            if command == "restart":
                command = "start"  # "start over" before anything: start
            if command in _ABOUT_A_WALKTHROUGH and incoming.is_direct:
                # "where am I?", "back", "resume" with no walkthrough: say there is none
                # (a question's "I don't know that one" told them nothing). Nothing stored.
                turn = Turn(member=None)
                turn.bodies.append(self._render(locale, "commands.j2", command="no_walkthrough"))
                return self._effects(incoming, turn)
            if command not in ("start", "away", "here"):
                return None
            member = self._new_member(incoming, locale, now)
            turn = Turn(member=member)
            turn.bodies.append(self._closing_note(locale))
            if command in ("away", "here"):  # "I'm leaving this server": the first answer too
                member["direction"] = command
                self._enter(turn, self.table.steps["choose_direction"].on[command], locale)
            else:
                turn.bodies.append(self._step_text(member, locale, first_contact=True))
            return self._effects(incoming, turn)

        pending = member.get("pending_confirmation")  # a DM lets it go (_touch): read first
        member = self._touch(member, incoming, locale, now)
        turn = Turn(member=member)
        if pending in FORGET_ASKED and _answers_forget(pending, incoming):
            member["pending_confirmation"] = None
            if confirms(incoming.text):
                return self._forget(incoming, turn, locale)
            turn.bodies.append(self._render(locale, "commands.j2", command="forget_cancelled"))
            return self._effects(incoming, turn)
        if pending and pending.startswith(WAY_ASKED) and incoming.is_direct:
            if _says_yes(incoming, command):
                self._switch_way(turn, pending.removeprefix(WAY_ASKED), locale)
                return self._effects(incoming, turn)
            if command == "not_yet":  # "no": the way stays
                turn.bodies.append(self._way_text(member, locale, "way_kept"))
                turn.bodies.append(self._back_to_step(member, locale))
                return self._effects(incoming, turn)
        if pending == RESTART_ASKED and incoming.is_direct:
            if _says_yes(incoming, command) or command == "restart":  # said again: meant
                self._restart(turn, locale)
                return self._effects(incoming, turn)
            if command == "not_yet" or says_never_mind(incoming.text):  # "no": kept
                turn.bodies.append(self._render(locale, "commands.j2", command="forget_cancelled"))
                if is_walking(member):
                    turn.bodies.append(self._back_to_step(member, locale))
                return self._effects(incoming, turn)
            # Anything else goes its ordinary way (a question is answered), the step kept.
        if pending in DELETE_ASKED and not incoming.is_direct:
            answered = self._which_delete_in_public(incoming, turn, locale, command, pending)
            if answered is not None:
                return answered
        elif pending in DELETE_ASKED:
            target = delete_target(incoming.text)
            if target == "bot" or command == "forget":
                return self._forget(incoming, turn, locale)
            if target == "account":
                walking = is_walking(member)
                turn.bodies.append(self.explain("delete_old_account", locale, walking=walking))
                if walking:
                    turn.bodies.append(self._back_to_step(member, locale))
                return self._effects(incoming, turn)
        if not incoming.is_direct and command not in IN_PUBLIC:
            # A mention that did not answer the question asked is no walkthrough turn: it
            # gets a public answer, never the member's step or handles in the open.
            return None

        before = member["step"]
        paused = bool(member.get("paused")) and is_walking(member)
        if paused and command == "done" and goes_on(incoming.text):
            command = "resume"  # "weiter" after a pause: go on from the same step
        elif paused and (
            (command == "done" and assents(incoming.text))
            or (command in (None, "done") and says_understood(incoming.text))
            or (command in (None, "done", "not_yet") and says_never_mind(incoming.text))
            or (command is None and reading.understanding.kind == "thanks")
        ):
            # "ok" / "👍" / "never mind" to "Paused: ...": the pause is agreed to, the step
            # is not done (nor is the member walking again).
            turn.bodies.append(self._render(locale, "commands.j2", command="still_paused"))
            return self._effects(incoming, turn)
        requested_before = member.get("archive_requested_at")
        if paused and command in _WALKING_AGAIN:
            member["paused"] = 0  # before the turn: its checks and reminders count
        way = self._way_changed(member, incoming, reading)
        if way is not None:  # "actually I'm moving the other way"
            self._change_way(turn, way, locale)
            return self._effects(incoming, turn)
        if command == "forget" and incoming.is_direct and says_never_mind(incoming.text):
            # "今のは忘れて" ("forget what I just said"): never mind, not "delete my data".
            command = None
            reading = replace(reading, command=None)
        if command in COMMANDS:
            await self._command(command, turn, locale)
            if command == "forget" and not incoming.is_direct:
                member["pending_confirmation"] = "forget_public"  # a public "yes" answers it
            elif command == "clarify_delete" and not incoming.is_direct:
                member["pending_confirmation"] = CLARIFY_PUBLIC  # so does a public "this bot"
            await self._around_button(turn, before, locale, answered=False)
            if paused and command in _WALKING_AGAIN:
                self._walking_again(turn, locale, requested_before)
            return self._effects(incoming, turn)
        if not is_walking(member):
            if command in ("requested", "downloaded"):
                self._note_archive(turn, command, locale)
                return self._effects(incoming, turn)
            if command in ("away", "here"):
                member.update(direction=command, finished_at=None)
                self._enter(turn, self.table.steps["choose_direction"].on[command], locale)
                return self._effects(incoming, turn)
            if member["step"] == "finished" and _said_at_the_end(reading, incoming):
                # "thanks" / "ok", or a step's answer ("done", "how?") after the last step: a
                # close, not the offer of a walkthrough they have just finished (nor "I don't
                # know that one").
                thanked = reading.understanding.kind == "thanks"
                turn.bodies.append(self._goodbye(member, locale, thanked=thanked))
                return self._effects(incoming, turn)
            return None  # questions outside a walkthrough get ordinary answers
        await self._step_turn(turn, incoming, locale, reading)
        await self._around_button(turn, before, locale, answered=True)
        if paused and (not member["paused"] or member["step"] != before):
            self._walking_again(turn, locale, requested_before)
        return self._effects(incoming, turn)

    def _way_changed(
        self, member: dict[str, Any], incoming: Incoming, reading: Reading
    ) -> str | None:
        """The other way, said after the way was chosen ("actually I'm coming here from my
        old server", "it's the other way round"): that way, else None. Orders come first
        ("start over", "go back"), and an address given at an address step is that answer;
        the move named as a wish ("I'm moving the other way") is the change."""
        current = member.get("direction")
        if (
            not incoming.is_direct
            or current not in _WAYS
            or member["step"] == "choose_direction"
            or not is_walking(member)
            or (reading.command in COMMANDS and reading.command not in _WISHED)
        ):
            return None
        if self._asks_address(member) and self._address_from(incoming).kind == "handle":
            return None
        other = _WAYS[current]
        if says_turn("other_way", incoming.text):
            return other
        if other in ways_inside(incoming.text) and says_turn("correction", incoming.text):
            return other
        return None

    def _change_way(self, turn: Turn, way: str, locale: str) -> None:
        """At the address step the way just changes; later, where the steps already taken
        would be redone the other way round, one short question first."""
        member = turn.member
        assert member is not None
        number = self.table.number(member.get("direction"), member["step"])
        if number <= 1:
            self._switch_way(turn, way, locale)
            return
        member["pending_confirmation"] = f"{WAY_ASKED}{way}"
        turn.bodies.append(self._way_text(member, locale, "way_ask", way=way, number=number))

    def _switch_way(self, turn: Turn, way: str, locale: str) -> None:
        """The other way from its first steps: what the bot saw of the old way (the alias,
        the move, the counts) goes with its reminders; the other account's address given
        stays the other account (the new one when leaving, the old one when arriving)."""
        member = turn.member
        assert member is not None
        other = member.get("new_handle") or member.get("old_handle")
        member.update(
            direction=way,
            new_handle=other if way == "away" else None,
            old_handle=other if way == "here" else None,
            moved_at=None,
            alias_seen_at=None,
            new_locked=0,
            baseline_followers=None,
            baseline_following=None,
            finished_at=None,
            pending_confirmation=None,
        )
        turn.cancel.append((member["acct"], None))
        if not member.get("paused"):
            turn.reminders.extend(self.plan.archive_remaining(member, self.clock.now()))
        turn.bodies.append(self._way_text(member, locale, "way_changed", way=way, handle=other))
        first = self.table.first(way)
        if other is None:
            self._enter(turn, first, locale)
            return
        member["step"] = first
        self._advance(turn, locale)

    def _way_text(self, member: dict[str, Any], locale: str, what: str, **context: Any) -> str:
        context.setdefault("way", member.get("direction"))
        context.setdefault("handle", member.get("new_handle") or member.get("old_handle"))
        return self._render(locale, "misc.j2", what=what, this_server=self.this_server, **context)

    def _asks_why(self, reading: Reading, text: str) -> bool:
        """ "why?", "wozu?", "¿para qué?" at a step: why the step is needed. Not where the
        tables heard a claim or a subject named in so many words ("why don't posts move?")."""
        understood = reading.understanding
        named = bool(understood.subjects) and understood.confidence >= 0.9
        return (
            reading.command in (None, "how")
            and not understood.myths
            and not (named and not understood.ranked)
            and says_turn("why", text)
        )

    def _goodbye(self, member: dict[str, Any], locale: str, *, thanked: bool) -> str:
        """The close after the walkthrough: warm and short, naming the next follower report
        when one is coming; said again, other words (never the same twice in a row)."""
        report_hours = None
        if member.get("moved_at") and not member.get("paused"):
            moved_at = datetime.fromisoformat(member["moved_at"])
            now = self.clock.now()
            report_hours = next(
                (
                    int(after.total_seconds() // 3600)
                    for after in PROGRESS_AFTER.values()
                    if moved_at + after > now
                ),
                None,
            )
        moved = bool(member.get("moved_at"))
        return self._varied(
            member, locale, "goodbye", moved=moved, thanked=thanked, report_hours=report_hours
        )

    def _varied(self, member: dict[str, Any], locale: str, what: str, **context: Any) -> str:
        """misc.j2's `what`, or its `<what>_again` where those words are the ones just said:
        other words, not the repeat notice of _unrepeated, where repeating would not help."""
        words = self._render(locale, "misc.j2", what=what, **context)
        if _repeats(member, words):
            words = self._render(locale, "misc.j2", what=f"{what}_again", **context)
        return words

    def _polite(self, member: dict[str, Any], locale: str, kind: str) -> list[str]:
        """ "thanks" or "hi" at a step: understood, and the step again. Thanked again just
        after, other words ("Any time!"), not "Same as my last message" above a thanks."""
        words = self._render(locale, "misc.j2", what=kind)
        back = self._back_to_step(member, locale)
        if kind == "thanks" and _repeats(member, f"{words}\n\n{back}"):
            words = replies.render("answers/thanks.j2", locale, again=True).strip()
        return [words, back]

    def _walking_again(self, turn: Turn, locale: str, requested_before: str | None) -> None:
        """A paused member who answers their step (or gives the address it asks for) is
        walking again: reminders back on, said so first. The nudges of the step they are
        on now, and the archive reminders still to come, unless the turn made them."""
        member = turn.member
        assert member is not None
        member["paused"] = 0
        turn.bodies.insert(0, self._render(locale, "commands.j2", command="resume"))
        step = self.table.steps[member["step"]]
        nudging = any(row["kind"] in self.plan.nudge_kinds for row in turn.reminders)
        if step.nudge and not step.final and not nudging:
            turn.reminders.extend(self.plan.nudges(member["acct"], self.clock.now(), step=step.id))
        if member.get("archive_requested_at") == requested_before:
            turn.reminders.extend(self.plan.archive_remaining(member, self.clock.now()))

    async def _around_button(self, turn: Turn, before: str, locale: str, *, answered: bool) -> None:
        """Just before "Move followers": the pre-flight (and the baseline counts); after
        "imports done": the import check. Both only say what the bot could read."""
        member = turn.member
        if self.progress is None or member is None or member["step"] == before:
            return
        if member["step"] == "move" and not member.get("moved_at"):
            # The alias step's own check counts only if it saw the alias: taken on the
            # member's word (or unreadable), the pre-flight looks again, and says so.
            seen = answered and before == "alias" and bool(member.get("alias_seen_at"))
            on_word = turn.alias_on_word or (answered and before == "alias" and not seen)
            text, fields = await self.progress.preflight(
                member, locale, alias_checked=seen, on_word=on_word
            )
            member.update(fields)
            # Before the step's own text, which ends the turn with what to do next.
            turn.bodies.insert(max(0, len(turn.bodies) - 1), text)
        elif before == "import" and answered:
            turn.bodies.insert(
                max(0, len(turn.bodies) - 1), await self.progress.import_check(member, locale)
            )

    def _forget(self, incoming: Incoming, turn: Turn, locale: str) -> Effects:
        turn.forget = True
        # A "stop" outlives "forget me" (storage keeps that wish alone): said so.
        kept_stop = bool(turn.member and turn.member.get("paused"))
        turn.bodies.append(
            self._render(locale, "commands.j2", command="forget_done", kept_stop=kept_stop)
        )
        return self._effects(incoming, turn, kind="farewell")

    def _which_delete_in_public(
        self, incoming: Incoming, turn: Turn, locale: str, command: str | None, pending: str
    ) -> Effects | None:
        """A public mention while "this bot's data or your account?" waits. Asked in
        public, it is answered there as "delete everything?" is (forget_public): an answer
        that is nothing but this bot ("this bot", "the first one") or "forget me" deletes,
        as the same answer by DM does, and the reply says only "done"; a sentence that
        merely holds the words ("@bob this bot is great") is no answer. Asked by DM, a
        public mention naming this bot (or "forget me") deletes nothing: the reply says to
        answer in the DM, where the question stays open. Naming the account gets the answer to that question,
        without the member's step in the open. Anything else goes its ordinary way, and the
        question stays open."""
        target = delete_target(incoming.text)
        if pending == CLARIFY_PUBLIC and (command == "forget" or _names_only_this_bot(incoming)):
            return self._forget(incoming, turn, locale)
        if pending != CLARIFY_PUBLIC and (target == "bot" or command == "forget"):
            direct = answered_by_dm(incoming)  # a followers-only mention is answered by DM
            turn.bodies.append(
                self._render(locale, "commands.j2", command="forget_by_dm", direct=direct)
            )
        elif target == "account":
            assert turn.member is not None
            turn.member["pending_confirmation"] = None  # the question is answered
            turn.bodies.append(
                self.explain("delete_old_account", locale, direct=False, walking=False)
            )
        else:
            return None
        return self._effects(incoming, turn, kind="reply", priority=Priority.PUBLIC_ANSWER)

    def _ask_which_delete(self, turn: Turn, locale: str, *, public: bool = False) -> None:
        """ "Delete my data" could mean what this bot keeps or the Mastodon account: ask
        (where it was asked decides what answers it: _which_delete_in_public)."""
        assert turn.member is not None
        turn.member["pending_confirmation"] = CLARIFY_PUBLIC if public else "clarify_delete"
        turn.bodies.append(self._render(locale, "commands.j2", command="clarify_delete"))

    def _stop_aloud(
        self,
        member: dict[str, Any] | None,
        incoming: Incoming,
        locale: str,
        now: datetime,
    ) -> Effects:
        """ "stop" said in a mention that is not a DM opts the member out as a DM "stop"
        does (paused: no reminder, nudge or campaign wave writes; a stranger is remembered
        so no campaign writes either). The reply mirrors the mention's visibility at most,
        like every reply, and the member's DM thread stays where reminders would go."""
        if member is None:
            member = self._new_member(incoming, locale, now, step="idle")
        else:
            member = {**member, "last_message_at": timestamp(now)}
        turn = Turn(member=member)
        _opt_out(turn)
        direct = answered_by_dm(incoming)  # a followers-only "stop" is answered by DM
        turn.bodies.append(
            self._render(locale, "commands.j2", command="stop_public", direct=direct)
        )
        return self._effects(incoming, turn, kind="reply", priority=Priority.PUBLIC_ANSWER)

    def language_turn(
        self,
        member: dict[str, Any] | None,
        incoming: Incoming,
        locale: str,
        reading: Reading | None = None,
    ) -> Effects | None:
        """ "language de" or "Deutsch bitte": remember the choice (a member row with step
        "idle" if there is none) and say so in the new language, with the current step
        again in a DM; "language" alone: the languages on offer. None for other messages."""
        priority = reply_priority(incoming)
        now = self.clock.now()
        if reading is None:
            choice = language_request(incoming.text)
            listing = choice is None and asks_for_languages(incoming.text)
        else:
            command = reading.command or ""
            choice = command.partition(":")[2] if command.startswith("language:") else None
            listing = command == "language"
        if choice is None:
            if not listing:
                return None
            turn = Turn(member=self._touch(member, incoming, locale, now) if member else None)
            offered = [(code, Words.load(code).name) for code in replies.locales()]
            turn.bodies.append(
                self._render(locale, "commands.j2", command="language_list", languages=offered)
            )
            return self._effects(incoming, turn, priority=priority)
        if member is None:
            member = self._new_member(incoming, choice, now, step="idle")
        else:
            member = self._touch(member, incoming, choice, now)
        member["locale_chosen"] = 1  # the member's own choice outranks the text and the tag
        turn = Turn(member=member)
        turn.bodies.append(self._render(choice, "commands.j2", command="language"))
        if incoming.is_direct and is_walking(member):
            turn.bodies.append(self._step_text(member, choice))
        return self._effects(incoming, turn, priority=priority)

    # -- member rows -----------------------------------------------------------------------

    def _new_member(
        self, incoming: Incoming, locale: str, now: datetime, step: str = "choose_direction"
    ) -> dict[str, Any]:
        stamp = timestamp(now)
        # Only a DM starts a DM thread: reminders reply into it, never under a public post
        # (a stranger's public "stop" leaves the wish not to be written to, no thread).
        direct = incoming.is_direct
        return {
            "acct": incoming.key,
            "account_id": incoming.account_id,
            "direction": None,
            "step": step,
            "locale": locale,
            "thread_status_id": incoming.status_id if direct else None,
            "thread_acct": incoming.key if direct else None,
            "paused": 0,
            "nobot": int(_has_nobot(incoming.note_text)),
            "started_at": stamp,
            "step_entered_at": stamp,
            "last_message_at": stamp,
        }

    def _touch(
        self, member: dict[str, Any], incoming: Incoming, locale: str, now: datetime
    ) -> dict[str, Any]:
        """The member wrote: remember their language, #nobot and, in a DM, their thread
        (reminders reply into it; a public mention is no DM thread). A DM lets go of the
        question the bot asked before ("start over?", "delete everything?"): one that
        answers it is read as its answer before this (handle), and anything else moves on.
        A public mention leaves it asked (it is no answer to a question asked by DM)."""
        member = dict(member)
        member.update(
            locale=locale,
            last_message_at=timestamp(now),
            nobot=int(_has_nobot(incoming.note_text)),
        )
        if incoming.is_direct:
            member.update(
                thread_status_id=incoming.status_id,
                thread_acct=incoming.key,
                pending_confirmation=None,
            )
        return member

    def own_handle(self, member: dict[str, Any]) -> str:
        acct = member["acct"]
        return acct if "@" in acct else f"{acct}@{self.this_server}"

    # -- commands --------------------------------------------------------------------------

    async def _command(self, command: str, turn: Turn, locale: str) -> None:
        member = turn.member
        assert member is not None
        step = member["step"]
        if command == "help":
            turn.bodies.append(self._render(locale, "help.j2"))
        elif command in ("status", "progress", "back", "skip") and step == "idle":
            # No walkthrough yet (only archive reminders, or a language chosen): no step
            # 1/9 to be on, nor a first step to go back from.
            turn.bodies.append(self._render(locale, "commands.j2", command="no_walkthrough"))
        elif command == "progress":
            now = await self.progress.now(member, locale) if self.progress else None
            if now is None:  # before the move there is nothing to count yet: where they are
                turn.bodies.append(self._status_text(member, locale))
            else:
                turn.bodies.append(now)
                if is_walking(member):
                    turn.bodies.append(self._back_to_step(member, locale))
        elif command == "start" and not is_walking(member):
            cooldown = self._cooldown_note(member, locale)
            member.update(direction=None, finished_at=None)
            turn.bodies.append(self._closing_note(locale))
            turn.bodies.append(cooldown)
            self._enter(turn, "choose_direction", locale)
        elif command == "clarify_delete":
            self._ask_which_delete(turn, locale)
        elif command in ("status", "start", "progress"):
            turn.bodies.append(self._status_text(member, locale))
            if step != "finished":
                turn.bodies.append(self._step_text(member, locale))
        elif command == "stop":
            _opt_out(turn)
            turn.bodies.append(self._render(locale, "commands.j2", command="stop"))
        elif command == "resume" and not member.get("paused"):
            # Nothing was paused: "welcome back, reminders are on again" would be news to
            # them. Where they are instead ("continue" mid-walkthrough).
            await self._command("status", turn, locale)
        elif command == "resume":
            member["paused"] = 0
            turn.bodies.append(self._render(locale, "commands.j2", command="resume"))
            self._schedule_for_step(turn, resumed=True)
            if step != "finished":
                turn.bodies.append(self._step_text(member, locale))
        elif command == "forget":
            member["pending_confirmation"] = "forget"
            turn.bodies.append(self._render(locale, "commands.j2", command="forget_ask"))
        elif command == "restart" and step not in ("idle", "choose_direction"):
            # The way, both addresses and the move would go, with their reminders: a word
            # typed in the wrong thread must not lose them. Asked first, as a person would.
            member["pending_confirmation"] = RESTART_ASKED
            turn.bodies.append(self._render(locale, "commands.j2", command="restart_ask"))
        elif command == "restart":
            self._restart(turn, locale)
        elif command == "back":
            target = self.table.previous(member.get("direction"), step)
            if target is None:
                turn.bodies.append(self._render(locale, "commands.j2", command="cannot_go_back"))
                turn.bodies.append(self._step_text(member, locale))
            else:
                if target == "choose_direction":
                    member["direction"] = None  # back to the question that sets it
                self._enter(turn, target, locale)
        elif command == "skip":
            if member.get("direction") is None or step == "finished":
                turn.bodies.append(self._step_text(member, locale))
            elif self._address_missing(member, step):
                # Every later step names the other account by it ("On your NEW account :").
                turn.bodies.append(
                    self._render(locale, "commands.j2", command="cannot_skip_handle")
                )
                turn.bodies.append(self._step_text(member, locale))
            else:
                if step == "alias" and not member.get("alias_seen_at"):
                    # Skipped on trust: keep looking, and say so once it is there.
                    turn.alias_on_word = bool(member.get("check_failures"))
                    self._watch(turn, "alias")
                    turn.bodies.append(self._check_text(member, locale, "alias_watching"))
                self._advance(turn, locale)

    def _restart(self, turn: Turn, locale: str) -> None:
        """From the first question again: the way, both addresses and the move forgotten,
        their reminders cancelled. An archive requested stays on the account it was
        requested on, to be downloaded: its reminders still to come go on (they keep that
        account and way), unless the member said stop."""
        member = turn.member
        assert member is not None
        archive = (
            [] if member.get("paused") else self.plan.archive_remaining(member, self.clock.now())
        )
        member.update(direction=None, new_handle=None, old_handle=None, moved_at=None)
        turn.cancel.append((member["acct"], None))
        turn.reminders.extend(archive)
        turn.bodies.append(self._render(locale, "commands.j2", command="restart"))
        self._enter(turn, "choose_direction", locale)

    def _cooldown_note(self, member: dict[str, Any], locale: str) -> str:
        """ "move" again after a move: the account that moved cannot move again for 30
        days after it (Mastodon's cooldown binds the old account; the new one can move at
        once: mastodon-facts.md 1.3), said with the days left; nothing once they are over."""
        if not member.get("moved_at"):
            return ""
        left = datetime.fromisoformat(member["moved_at"]) + MOVE_COOLDOWN - self.clock.now()
        if left <= timedelta(0):
            return ""
        own = self.own_handle(member)
        away = member.get("direction") == "away"
        old, new = (own, member.get("new_handle")) if away else (member.get("old_handle"), own)
        if not old or not new:
            return ""
        days = math.ceil(left / timedelta(days=1))
        return self._render(
            locale,
            "commands.j2",
            command="cooldown_again",
            cooldown_days=MOVE_COOLDOWN.days,
            old_handle=old,
            new_handle=new,
            days=days,
        )

    def _address_missing(self, member: dict[str, Any], step: str) -> bool:
        """Whether `step` asks for an address (an answer it records as the member's
        new_handle or old_handle) that the member has not given yet."""
        records = self.table.steps[step].actions.get("handle", "")
        return records.startswith("record_") and not member.get(records.removeprefix("record_"))

    def _status_text(self, member: dict[str, Any], locale: str) -> str:
        words = Words.load(locale)
        direction, step = member.get("direction"), member["step"]
        following = self.table.following(direction, step) if direction else None
        return self._render(
            locale,
            "commands.j2",
            command="status",
            step=step,
            number=self._shown_number(direction, step),
            total=self.table.total(direction),
            title=words.titles.get(step, step),
            next_title=words.titles.get(following)
            if following and following != "finished"
            else None,
            paused=bool(member.get("paused")),
        )

    # -- steps -----------------------------------------------------------------------------

    async def _step_turn(
        self, turn: Turn, incoming: Incoming, locale: str, reading: Reading
    ) -> None:
        member = turn.member
        assert member is not None
        step = self.table.steps[member["step"]]
        answer = reading.command if reading.command in ANSWERS else None
        if answer in ("requested", "downloaded") and answer not in step.on:
            # "I requested my archive" counts at any step, not only the archive step.
            self._note_archive(turn, answer, locale)
            turn.bodies.append(self._back_to_step(member, locale))
            return
        plain = step.expects == "answer" and not reading.understanding.myths
        if (
            plain
            and reading.command in (None, "done", "not_yet")
            and says_never_mind(incoming.text)
        ):
            # "never mind", "egal", "no importa": let go of, and the step again (it was read
            # as a subject: "move back", "import").
            self._let_go(turn, locale)
            return
        if (
            plain
            and _to_do(step)
            and reading.command is None
            and says_turn("filler", incoming.text)
        ):
            # "hmm", "bof", "うーん" (read as a question when a subject's typo was near).
            await self._unclear(turn, step, locale, incoming.text)
            return
        if plain and incoming.after_unasked and not step.informational and _to_do(step):
            # "yes" / "はい" to a nudge or a reminder the bot sent unasked answers that
            # message, not the step it left a day ago: where they are, the step kept.
            turn.bodies.append(self._status_text(member, locale))
            turn.bodies.append(self._step_text(member, locale))
            return
        if plain and reading.command in (None, "done") and says_understood(incoming.text):
            if not step.informational and _to_do(step):
                # "ok", "got it", "verstanden" after "Say done when ...": understood, not done.
                turn.bodies.append(self._varied(member, locale, "understood", step=step.id))
                return
            if not step.informational:
                # "ok" to "Which way are you going?": not an answer, nor "didn't get that".
                hint = self._render(locale, "hints.j2", expects=step.expects, step=step.id)
                turn.bodies.append(
                    self._way_on(member, step, locale) if _repeats(member, hint) else hint
                )
                return
            answer = "done"  # "got it" while waiting for followers: go on
        if self._asks_why(reading, incoming.text):
            turn.bodies.append(self._render(locale, "why.j2", step=step.id))
            if step.id == "choose_direction":  # no step number yet: what to answer
                turn.bodies.append(self._render(locale, "hints.j2", expects="answer", step=step.id))
            else:
                turn.bodies.append(self._back_to_step(member, locale))
            return
        if reading.command in (None, "not_yet", "how") and says_turn("lost", incoming.text):
            # "I still don't get it" (read as "not yet": "still ... not"): lost at the step.
            if step.expects == "handle":
                turn.bodies.append(self._render(locale, "misc.j2", what="need_handle"))
            else:
                await self._explain(turn, step, locale)
            return
        if step.expects == "handle":
            await self._handle_step(turn, step, incoming, locale, reading)
            return
        if answer == "how":
            await self._explain(turn, step, locale)
            return
        if answer is None or answer not in step.on:
            await self._not_understood(turn, reading, step, locale, incoming.text)
            return
        target = step.on[answer]
        if target == "stay":
            if step.check and member.get("check_failures"):
                # "Later" after a failed check: the bot looks by itself meanwhile.
                self._watch(turn, step.check)
                turn.bodies.append(self._check_text(member, locale, f"{step.check}_later"))
            else:
                self._no_rush(turn, locale)
            return
        if (
            step.check
            and answer in ("done",)
            and not await self._run_check(turn, step.check, locale)
        ):
            return
        if answer in step.actions:
            ACTIONS[step.actions[answer]](self, turn)
        if target == "next":
            self._advance(turn, locale)
        else:
            if target in ("ask_new_handle", "ask_old_handle"):
                member["direction"] = answer
            self._enter(turn, target, locale)

    async def _handle_step(
        self, turn: Turn, step: Step, incoming: Incoming, locale: str, reading: Reading
    ) -> None:
        member = turn.member
        assert member is not None
        address = self._address_from(incoming)
        way = way_said(incoming.text) if address.kind != "handle" else None
        first_steps = self.table.steps["choose_direction"].on
        if (
            way
            and way != member.get("direction")
            and step.id == first_steps.get(member["direction"])
        ):
            # "2" just after "1": the other way, chosen again (not a username "2").
            member["direction"] = way
            self._enter(turn, first_steps[way], locale)
            return
        if address.kind == "email" and reading.command is None:
            turn.bodies.append(self._render(locale, "misc.j2", what="email"))
            return
        if address.kind != "handle" and reading.command in (None, "done", "not_yet"):
            if says_never_mind(incoming.text):  # not a username ("Which server is nevermind on?")
                self._let_go(turn, locale)
                return
            if says_understood(incoming.text):  # "got it": understood; the address, please
                turn.bodies.append(self._render(locale, "misc.j2", what="need_handle"))
                return
        handle = address.handle if address.kind == "handle" else None
        bare = address.kind == "bare" and reading.command is None and not reading.is_question
        if handle is None and reading.command is None and reading.understanding.kind in _SMALL_TALK:
            # "thanks" / "hi" while the address is asked: understood, and the step again.
            turn.bodies.extend(self._polite(member, locale, reading.understanding.kind))
            return
        if handle is None and bare and (said_as_a_word(incoming.text) or assents(incoming.text)):
            # "done", "ok", "hmm": a word of the walkthrough or filler, not a username
            # ("Which server is done on?" would be).
            turn.bodies.append(self._render(locale, "misc.j2", what="need_handle"))
            return
        if handle is None and reading.command is None and _emoji_alone(reading, incoming.text):
            # "🙂", "🙏" alone: no word to get or not get; the address, please ("👍" too).
            turn.bodies.append(self._render(locale, "misc.j2", what="need_handle"))
            return
        if handle is None and bare and reading.understanding.kind not in _SMALL_TALK:
            handle = await self._bare_handle(turn, address.user or "", locale)
            if handle is None:
                return
        if handle is None:
            if reading.command in ("not_yet", "how") and step.id == "ask_new_handle":
                # "I haven't made it yet" / "how do I do that?": how to pick a server.
                turn.bodies.append(self._render(locale, "misc.j2", what="no_account_yet"))
            elif reading.command == "not_yet":
                self._no_rush(turn, locale)
            elif reading.command == "how":
                await self._explain(turn, step, locale)
            elif looks_like_handle_attempt(incoming.text) and not reading.is_question:
                turn.bodies.append(self._render(locale, "misc.j2", what="bad_handle"))
            else:
                await self._not_understood(turn, reading, step, locale, incoming.text)
            return
        if handle == self.own_handle(member).lower():
            turn.bodies.append(self._render(locale, "misc.j2", what="same_account"))
            return
        lookup = await self.verifier.lookup(handle, fresh=True)
        trusted = False
        if lookup.outcome == NOT_FOUND:
            # Never a trap: the second miss says what may be in the way, the third goes on
            # the member's word (a brand-new account, a server slow to answer).
            failures = int(member.get("check_failures") or 0) + 1
            member["check_failures"] = failures
            if failures <= 2:
                check = "handle_not_found" if failures == 1 else "handle_stuck"
                turn.bodies.append(self._render(locale, "checks.j2", check=check, handle=handle))
                return
            trusted = True
        ACTIONS[step.actions["handle"]](self, turn, handle)
        if step.id == "ask_new_handle" and lookup.actor is not None:
            member["new_locked"] = int(lookup.actor.locked)
        if trusted:
            note = self._render(locale, "checks.j2", check="handle_trusted", handle=handle)
        elif lookup.outcome == UNREACHABLE:
            note = self._render(
                locale, "checks.j2", check="handle_unreachable", handle=handle, server=lookup.server
            )
        else:
            check = "new_account_found" if step.id == "ask_new_handle" else "old_account_found"
            locked = bool(lookup.actor and lookup.actor.locked) and step.id == "ask_new_handle"
            same = handle.partition("@")[2] == self.this_server and step.id == "ask_new_handle"
            note = self._render(
                locale,
                "checks.j2",
                check=check,
                handle=handle,
                locked=locked,
                same_server=same,
                server=handle.partition("@")[2],
            )
        turn.bodies.append(note)
        member["other_software"] = await self._other_software(member, handle)
        software_note = self._software_text(member, locale, "found")
        if software_note:
            turn.bodies.append(software_note)
        self._advance(turn, locale)

    async def _other_software(self, member: dict[str, Any], handle: str) -> str | None:
        """The other server's software when it is not Mastodon (NodeInfo), with the URI of
        this server's account, which such software may ask for instead of name@server."""
        domain = handle.partition("@")[2]
        if not domain or domain == self.this_server:
            return None
        reader = getattr(self.verifier, "software", None)  # test stand-ins may have none
        if reader is None:
            return None
        info = await reader(domain)
        if not info.software or info.software == "mastodon":
            return None
        own = await self.verifier.lookup(self.own_handle(member))
        uri = own.actor.uri if own.actor is not None else ""
        return json.dumps({"name": info.software, "version": info.version, "uri": uri})

    def _software_text(
        self, member: dict[str, Any], locale: str, what: str, **context: Any
    ) -> str | None:
        """What differs on the other server, only as far as the facts in steps.toml go."""
        if not member.get("other_software"):
            return None
        other = json.loads(member["other_software"])
        facts = SOFTWARE.get(other["name"], {})
        direction = member.get("direction")
        new, old = _accounts(self, member)
        server = (new if direction == "away" else old).partition("@")[2]
        return self._render(
            locale,
            "software.j2",
            what=what,
            software=facts.get("name", other["name"]),
            version=other.get("version"),
            uri=other.get("uri") or self.own_handle(member),
            server=server,
            new_handle=new,
            old_handle=old,
            alias_by_uri=bool(facts.get("alias_by_uri")),
            cooldown_days=facts.get("cooldown_days"),
            move_unclear=bool(facts.get("move_unclear")),
            **context,
        )

    def _address_alone(self, member: dict[str, Any] | None, incoming: Incoming) -> bool:
        """Whether a DM at a step that waits for an address is one account address and
        nothing else ("@user@server", "user@server", a profile link)."""
        if member is None or not incoming.is_direct or not is_walking(member):
            return False
        if not self._asks_address(member):
            return False
        return len(incoming.text.split()) == 1 and self._address_from(incoming).kind == "handle"

    def _asks_address(self, member: dict[str, Any]) -> bool:
        """Whether the member's step waits for an account address."""
        return self.table.steps[member["step"]].expects == "handle"

    def _address_from(self, incoming: Incoming) -> Address:
        """An account given as a mention (Mastodon shows a local one as "user"), or typed in
        any form (see bot.verify.parse_address)."""
        for acct in incoming.other_mentions:
            if acct and acct.lower() != self.this_server:
                handle = acct if "@" in acct else f"{acct}@{self.this_server}"
                return Address("handle", parse_handle(handle, self.this_server) or handle.lower())
        return parse_address(incoming.text, self.this_server)

    async def _bare_handle(self, turn: Turn, user: str, locale: str) -> str | None:
        """A username alone: an account of that name on this server is taken (and said so);
        otherwise the member is asked which server it is on."""
        candidate = f"{user}@{self.this_server}"
        lookup = await self.verifier.lookup(candidate, fresh=True)
        if lookup.outcome == FOUND:
            turn.bodies.append(
                self._render(locale, "misc.j2", what="bare_here", handle=candidate, user=user)
            )
            return candidate
        turn.bodies.append(
            self._render(locale, "misc.j2", what="which_server", user=user, example=f"{user}@")
        )
        return None

    async def _run_check(self, turn: Turn, check: str, locale: str) -> bool:
        """Run a step's check; False keeps the member on the step (with the reason said)."""
        return await CHECKS[check](self, turn, locale)

    async def _explain(self, turn: Turn, step: Step, locale: str) -> None:
        """How to do the step; asked again right after, the same words would not help: a
        way on instead (Mastodon's guide, a narrower question, or "skip")."""
        member = turn.member
        assert member is not None
        bodies = [self.explain(step.subject, locale)] if step.subject else []
        bodies.append(self._back_to_step(member, locale))
        if _repeats(member, "\n\n".join(b for b in bodies if b)):
            bodies = [self._stuck_text(member, locale)]
        turn.bodies.extend(bodies)

    def _shown_number(self, direction: str | None, step: str) -> int:
        """The step's number as members see it ("Step 3/9"); the way, asked before any, is 1."""
        return max(1, self.table.number(direction, step))

    def _stuck_text(self, member: dict[str, Any], locale: str) -> str:
        direction, step = member.get("direction"), member["step"]
        return self._render(
            locale,
            "misc.j2",
            what="stuck",
            number=self._shown_number(direction, step),
            title=Words.load(locale).titles[step],
        )

    async def _unclear(self, turn: Turn, step: Step, locale: str, text: str) -> None:
        """ "???": how to do the step. "hmm", "lol", "🙂": nothing said, so one short
        question; said again right after, a way on (the guide, a narrower question, skip)."""
        member = turn.member
        assert member is not None
        if "?" in text or "？" in text:
            await self._explain(turn, step, locale)
            return
        number = self._shown_number(member.get("direction"), step.id)
        words = self._render(locale, "misc.j2", what="unclear", step=step.id, number=number)
        turn.bodies.append(self._stuck_text(member, locale) if _repeats(member, words) else words)

    def _let_go(self, turn: Turn, locale: str) -> None:
        """ "Never mind": fine, and the step again; said again right after, other words."""
        member = turn.member
        assert member is not None
        back = self._back_to_step(member, locale)
        words = self._render(locale, "misc.j2", what="nevermind")
        if _repeats(member, f"{words}\n\n{back}"):
            words = self._render(locale, "misc.j2", what="nevermind_again")
        turn.bodies.extend([words, back])

    def _no_rush(self, turn: Turn, locale: str) -> None:
        """ "Not yet": no rush; said again right after, other words and a way on."""
        member = turn.member
        assert member is not None
        turn.bodies.append(self._varied(member, locale, "no_rush"))

    async def _not_understood(
        self, turn: Turn, reading: Reading, step: Step, locale: str, text: str
    ) -> None:
        """A question is answered and the member brought back to the step (which stays);
        "???" gets how to do the step, "hmm" or an emoji one short question, anything else
        the step's hint (never twice in a row: a way on instead)."""
        member = turn.member
        assert member is not None
        answer = None
        if self.answer_question and reading.command is None:
            answer = await self.answer_question(reading, locale)
        if answer:
            turn.bodies.append(answer)
            turn.bodies.append(self._back_to_step(member, locale))
            return
        kind = reading.understanding.kind
        if reading.command is None and kind in ("thanks", "greeting"):
            # A polite word is understood: "didn't get that" would tell them otherwise.
            turn.bodies.extend(self._polite(member, locale, kind))
            return
        if _to_do(step) and reading.command is None and _no_words(text):
            await self._unclear(turn, step, locale, text)
            return
        hint = self._render(locale, "hints.j2", expects=step.expects, step=step.id)
        words = self._render(locale, "misc.j2", what="not_understood", hint=hint)
        # Never "didn't get that" twice in a row: the second time, a way on.
        turn.bodies.append(self._way_on(member, step, locale) if _repeats(member, words) else words)

    def _way_on(self, member: dict[str, Any], step: Step, locale: str) -> str:
        """After a second "didn't get that": the address asked for in other words; why the
        way is asked (which account is here), with the answer; else "stuck" (Mastodon's
        guide, a narrower question, "skip"), which is for steps to do."""
        if step.expects == "handle":
            return self._render(locale, "misc.j2", what="need_handle")
        if not _to_do(step):
            why = self._render(locale, "why.j2", step=step.id)
            hint = self._render(locale, "hints.j2", expects=step.expects, step=step.id)
            return f"{why}\n\n{hint}"
        return self._stuck_text(member, locale)

    def _note_archive(self, turn: Turn, news: str, locale: str) -> None:
        action = "record_archive_requested" if news == "requested" else "record_archive_downloaded"
        ACTIONS[action](self, turn)
        window = f"{self.plan.archive_window_hours:g}"
        turn.bodies.append(self._render(locale, "archive_noted.j2", what=news, window_hours=window))

    def _back_to_step(self, member: dict[str, Any], locale: str) -> str:
        direction, step = member.get("direction"), member["step"]
        hint = self._render(locale, "hints.j2", expects=self.table.steps[step].expects, step=step)
        back = self._render(
            locale,
            "misc.j2",
            what="back_to_step",
            number=self._shown_number(direction, step),
            title=Words.load(locale).titles[step],
        )
        return f"{back} {hint}"

    def _advance(self, turn: Turn, locale: str) -> None:
        member = turn.member
        assert member is not None
        target = self.table.following(member["direction"], member["step"])
        while target is not None:
            candidate = self.table.steps[target]
            closing = candidate.skip_if == "server_closing" and self.closes_at is not None
            if closing or (
                candidate.skip_if in SKIP_CONDITIONS and SKIP_CONDITIONS[candidate.skip_if](member)
            ):
                target = self.table.following(member["direction"], target)
                continue
            break
        self._enter(turn, target or "finished", locale)

    def _enter(self, turn: Turn, step_id: str, locale: str) -> None:
        member = turn.member
        assert member is not None
        member["step"] = step_id
        member["step_entered_at"] = timestamp(self.clock.now())
        member["check_failures"] = 0
        turn.bodies.append(self._step_text(member, locale))
        if self.table.steps[step_id].final:
            member["finished_at"] = timestamp(self.clock.now())
            # Everything but the progress reports, which run on after the walkthrough ends.
            turn.cancel.extend((member["acct"], kind) for kind in self.plan.ending_kinds)
        else:
            self._schedule_for_step(turn)

    def _watch(self, turn: Turn, check: str) -> None:
        """Look again by itself on a schedule (reminder rows), replacing any earlier watch."""
        member = turn.member
        assert member is not None
        turn.cancel.append((member["acct"], f"recheck_{check}"))
        if not member.get("paused"):
            turn.reminders.extend(self.plan.recheck(member["acct"], self.clock.now(), check))

    def _check_text(self, member: dict[str, Any], locale: str, check: str, **extra: Any) -> str:
        new, old = _accounts(self, member)
        context = {"new_handle": new, "old_handle": old, "server": new.partition("@")[2]}
        return self._render(locale, "checks.j2", check=check, **{**context, **extra})

    # -- the bot's own second look ---------------------------------------------------------

    async def recheck_outcome(self, member: dict[str, Any], check: str) -> str:
        """FOUND, NOT_FOUND or UNREACHABLE for the alias or the move, read now."""
        new, old = _accounts(self, member)
        if check == "alias":
            return await self.verifier.alias_present(new, old)
        return await self.verifier.moved(old, new)

    async def recheck_turn(
        self, member: dict[str, Any], check: str, outcome: str, attempt: int
    ) -> tuple[str, dict[str, Any] | None, list[dict[str, Any]], list[tuple[str, str | None]]]:
        """What a recheck changes: (words for the member or "", member row or None, next
        reminder rows, cancelled kinds). Silent until it sees what it was waiting for."""
        turn = Turn(member=dict(member))
        member = turn.member
        assert member is not None
        locale = member.get("locale") or "en"
        now = self.clock.now()
        already = member.get("alias_seen_at") if check == "alias" else None
        if check == "alias" and member.get("moved_at"):
            already = member["moved_at"]  # the move went through: the alias was there
        if already:
            return "", None, [], []
        if outcome != FOUND:
            later = self.plan.recheck(member["acct"], now, check, attempt + 1)
            return "", None, later, []
        if check == "alias":
            member["alias_seen_at"] = timestamp(now)
            if member["step"] == "alias":
                turn.bodies.append(self._check_text(member, locale, "alias_seen_later"))
                self._advance(turn, locale)
                await self._around_button(turn, "alias", locale, answered=True)
            else:
                turn.bodies.append(self._check_text(member, locale, "alias_seen_later", past=True))
        else:
            turn.bodies.append(self._check_text(member, locale, "moved_seen_later"))
            if member["step"] == "move":  # moved without telling: go on with them
                ACTIONS["record_moved"](self, turn)
                self._advance(turn, locale)
        body = self._unrepeated(member, "\n\n".join(b for b in turn.bodies if b))
        return body, self._row(member), turn.reminders, turn.cancel

    def _unrepeated(self, member: dict[str, Any], body: str) -> str:
        """Never the same words twice in a row in one conversation: a repeat says so first."""
        if not body:
            return body
        if _repeats(member, body):
            locale = member.get("locale") or "en"
            # Not "stuck? say help" above the help itself (asked twice).
            helping = self._render(locale, "help.j2").strip() in body
            again = self._render(locale, "misc.j2", what="again", helping=helping)
            body = f"{again}\n\n{body}"
        member["last_said"] = _digest(body)
        return body

    @staticmethod
    def _row(member: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in member.items() if k in MEMBER_COLUMNS}

    def _schedule_for_step(self, turn: Turn, resumed: bool = False) -> None:
        """Nudges follow the step: entering a step replaces the previous step's nudges."""
        member = turn.member
        assert member is not None
        turn.cancel.extend((member["acct"], kind) for kind in self.plan.nudge_kinds)
        step = self.table.steps[member["step"]]
        if step.nudge and not member.get("paused"):
            turn.reminders.extend(self.plan.nudges(member["acct"], self.clock.now(), step=step.id))
        if resumed:
            turn.reminders.extend(self.plan.archive_remaining(member, self.clock.now()))

    def _closing_note(self, locale: str) -> str:
        """While the server is closing: its date, the archive first, the move before the rest."""
        if self.closes_at is None:
            return ""
        return self._render(
            locale,
            "closing.j2",
            server=self.this_server,
            close_date=self.closes_at.strftime("%Y-%m-%d"),
            retention_days=self.plan.archive_retention_days,  # 0: kept until replaced
        )

    def _step_text(self, member: dict[str, Any], locale: str, first_contact: bool = False) -> str:
        step_id = member["step"]
        direction = member.get("direction")
        step = self.table.steps[step_id]
        done_there = OTHER_SERVER_STEPS.get(direction or "", {}).get(step_id)
        if done_there and member.get("other_software"):
            # Another software's screens are not Mastodon's: say what to do, not where.
            text = self._software_text(
                member,
                locale,
                done_there,
                number=self.table.number(direction, step_id),
                total=self.table.total(direction),
                title=Words.load(locale).titles[step_id],
            )
            if text:
                return text
        own = self.own_handle(member)
        new_handle = member.get("new_handle") or (own if direction == "here" else "")
        old_handle = member.get("old_handle") or (own if direction == "away" else "")
        return self._render(
            locale,
            f"{step.template}.j2",
            number=self.table.number(direction, step_id),
            total=self.table.total(direction),
            direction=direction,
            this_server=self.this_server,
            new_handle=new_handle,
            old_handle=old_handle,
            new_server=new_handle.partition("@")[2] or self.this_server,
            locked=bool(member.get("new_locked")),
            first_contact=first_contact,
            moved=bool(member.get("moved_at")),
        )

    def _render(self, locale: str, name: str, **context: Any) -> str:
        return replies.render(f"{TEMPLATE_DIR}/{name}", locale, **context)

    # -- effects ---------------------------------------------------------------------------

    def _effects(
        self,
        incoming: Incoming,
        turn: Turn,
        kind: str = "walkthrough",
        priority: int = Priority.WALKTHROUGH,
    ) -> Effects:
        body = "\n\n".join(b for b in turn.bodies if b)
        if turn.member is not None and not turn.forget:
            body = self._unrepeated(turn.member, body)
        statuses = fit(
            body,
            incoming.mention,
            self.max_characters,
            spoiler_text=incoming.spoiler_text,
            url_length=self.url_length,
        )[:3]
        effects = Effects(
            outbox=reply_items(incoming, statuses, priority=priority, kind=kind),
            reminders=turn.reminders,
            cancel_reminders=turn.cancel,
            cancel_unasked=turn.cancel_unasked,
        )
        if turn.forget and turn.member is not None:
            effects.forget_member = turn.member["acct"]
        elif turn.member is not None:
            effects.member = {k: v for k, v in turn.member.items() if k in MEMBER_COLUMNS}
        return effects


# Commands the walkthrough takes even in public (bot/respond.py sends it these, and the
# answer to a question it asked): about the member's own data, which the plain answers
# cannot touch ("delete my data": which data?; "forget me"; "stop", which opts the member
# out wherever it is said).
IN_PUBLIC = ("clarify_delete", "forget", "stop")
# Commands about a walkthrough that is not there: told so, not answered as questions.
_ABOUT_A_WALKTHROUGH = ("status", "progress", "back", "skip", "resume")
# Answers and moves of a paused member that say they are walking again.
_WALKING_AGAIN = ("done", "requested", "downloaded", "skip", "back", "away", "here")


# "Start over from the beginning?" asked by DM: "yes" (or "restart" again) starts over.
RESTART_ASKED = "restart"
# "Delete everything I store about you?" asked by DM, or in a public mention.
FORGET_ASKED = ("forget", "forget_public")
# Mastodon's own facts and other server software's, as far as verified facts go, each with
# its source (replies/walkthrough/steps.toml `[mastodon]`, `[software.*]`).
SERVER_FACTS: dict[str, Any] = tomllib.loads((TABLE_DIR / "steps.toml").read_text(encoding="utf-8"))
# An account that moved can move again only this long after; the account it moved to, at once.
MOVE_COOLDOWN = timedelta(days=SERVER_FACTS["mastodon"]["cooldown_days"])
# "This bot's data or your account?", asked by DM or in a mention.
CLARIFY_PUBLIC = "clarify_delete_public"
DELETE_ASKED = ("clarify_delete", CLARIFY_PUBLIC)


def _says_yes(incoming: Incoming, command: str | None) -> bool:
    """Whether a DM answers a yes/no question of the walkthrough's (another way, start
    over) with yes: a confirming word, or an assent the tables read as "done" ("ok")."""
    return confirms(incoming.text) or (command == "done" and assents(incoming.text))


def _answers_forget(pending: str, incoming: Incoming) -> bool:
    """Whether a message answers "delete everything?": the member's DM always does (yes
    deletes, anything else keeps). A public mention is no answer to a question asked by DM
    (it is answered as what it is, and the question stays open); to one asked in public,
    only a plain "yes" is."""
    if incoming.is_direct:
        return True
    return pending == "forget_public" and confirms(incoming.text)


def _names_only_this_bot(incoming: Incoming) -> bool:
    """Whether a message is nothing but the answer "this bot" to "this bot's data or your
    account?" ("this bot", "the first one", "diesen Bot"), not a sentence holding it."""
    exact, _ = book().find(incoming.text)
    return "delete_bot" in exact


def _opt_out(turn: Turn) -> None:
    """ "stop", wherever it is said: paused (reminders drop, campaign waves skip the
    member), pending reminders cancelled, and the nudges, reminders and campaign DMs
    already queued for them too: to their account, and to the new one only once reminders
    go there (after the move), since before it that handle may be anyone's."""
    member = turn.member
    assert member is not None
    member["paused"] = 1
    turn.cancel.append((member["acct"], None))
    turn.cancel_unasked.extend(dict.fromkeys((member["acct"], contact(member))))


MEMBER_COLUMNS = {
    "acct",
    "account_id",
    "direction",
    "step",
    "new_handle",
    "old_handle",
    "locale",
    "thread_status_id",
    "thread_acct",
    "paused",
    "nobot",
    "pending_confirmation",
    "started_at",
    "step_entered_at",
    "last_message_at",
    "archive_requested_at",
    "archive_downloaded_at",
    "moved_at",
    "finished_at",
    "new_locked",
    "baseline_followers",
    "baseline_following",
    "locale_chosen",
    "check_failures",
    "last_said",
    "alias_seen_at",
    "other_software",
}


def is_walking(member: dict[str, Any] | None) -> bool:
    """Whether a member is somewhere in the walkthrough (not before, after or outside it)."""
    return member is not None and member.get("step") not in (None, "finished", "idle")


def _digest(text: str) -> str:
    """Enough to tell two messages apart; the bot's own words, never the member's."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _repeats(member: dict[str, Any], words: str) -> bool:
    """Whether these are the words the bot said last in this conversation."""
    return _digest(words) == member.get("last_said")


# Other server software, as far as verified facts go (replies/walkthrough/steps.toml).
SOFTWARE: dict[str, dict[str, Any]] = SERVER_FACTS.get("software", {})
# The steps done on the other server (the new one when leaving, the old one when arriving),
# and which words replace Mastodon's screens there.
OTHER_SERVER_STEPS = {
    "away": {"alias": "alias", "import": "import", "profile": None},
    "here": {"export": "other", "archive": "other", "move": "move", "download": "other"},
}

# The two ways, each to the other; "way:<way>" waits for "yes" to switch to that way.
_WAYS = {"away": "here", "here": "away"}
# Commands that only name the move or the walk ("I'm moving ...", "where am I"): beside
# the other way said, the change of way is what is meant.
_WISHED = ("start", "status")
WAY_ASKED = "way:"


# Greetings and thanks are not usernames, even when they are one word.
_SMALL_TALK = ("greeting", "thanks")


def _emoji_alone(reading: Reading, text: str) -> bool:
    """Whether a message is nothing but emoji or punctuation the tables read as nothing
    ("🙂", "🙏", "👍"): no letters, no "?"."""
    return (
        reading.understanding.kind == "unknown"
        and not any(c.isalnum() for c in text)
        and acknowledges(text)
    )


def _said_at_the_end(reading: Reading, incoming: Incoming) -> bool:
    """Small talk, or nothing but a walkthrough word no command reads ("done", "erledigt",
    "できた": read outside a walk, they are no command and no subject): said after the last
    step, they answer no step any more."""
    if reading.command is not None:
        return False
    if _small_talk(reading, incoming):
        return True
    return reading.understanding.kind == "unknown" and said_as_a_word(incoming.text)


def _small_talk(reading: Reading, incoming: Incoming) -> bool:
    """Thanks or a bare "ok" / "👍" / "got it": nothing asked, nothing to answer but politely."""
    return (
        reading.understanding.kind == "thanks"
        or acknowledges(incoming.text)
        or says_understood(incoming.text)
    )


def says_never_mind(text: str) -> bool:
    """ "never mind", "egal", "no importa", "なんでもない": the member lets it go."""
    return says_turn("nevermind", text)


def says_understood(text: str) -> bool:
    """A bare "ok", "got it", "verstanden", "了解": the member understood what was said
    (whether that means "done" depends on the step: see Step.informational)."""
    return says_turn("understood", text)


def _to_do(step: Step) -> bool:
    """Whether the step asks the member to do something and say so ("done", "requested",
    "downloaded"), unlike the way or an address asked for."""
    return step.expects == "answer" and any(
        a in step.on for a in ("done", "requested", "downloaded")
    )


def _no_words(text: str) -> bool:
    """Nothing but filler, emoji or punctuation ("hmm", "lol", "🙂", "???"), no "yes"."""
    return assents(text) and not confirms(text)


def _has_nobot(note: str) -> bool:
    return re.search(r"#no_?bots?\b", note, re.IGNORECASE) is not None


# -- actions: what an answer records ---------------------------------------------------------


def _record_new_handle(walk: Walkthrough, turn: Turn, handle: str) -> None:
    assert turn.member is not None
    turn.member["new_handle"] = handle


def _record_old_handle(walk: Walkthrough, turn: Turn, handle: str) -> None:
    assert turn.member is not None
    turn.member["old_handle"] = handle


def _record_archive_requested(walk: Walkthrough, turn: Turn) -> None:
    member = turn.member
    assert member is not None
    now = walk.clock.now()
    member["archive_requested_at"] = timestamp(now)
    member["archive_downloaded_at"] = None
    # A second "requested" restarts the window: the old reminders go, new ones come.
    turn.cancel.extend((member["acct"], kind) for kind in walk.plan.archive_kinds)
    if not member.get("paused"):
        turn.reminders.extend(
            walk.plan.archive(
                member["acct"], now, on=member.get("old_handle"), way=member.get("direction")
            )
        )


def _record_archive_downloaded(walk: Walkthrough, turn: Turn) -> None:
    member = turn.member
    assert member is not None
    member["archive_downloaded_at"] = timestamp(walk.clock.now())
    turn.cancel.extend((member["acct"], kind) for kind in walk.plan.archive_kinds)


def _record_moved(walk: Walkthrough, turn: Turn) -> None:
    member = turn.member
    assert member is not None
    now = walk.clock.now()
    member["moved_at"] = timestamp(now)
    if not member.get("paused"):
        # A move confirmed again (after "back") replaces what the first one planned.
        turn.cancel.append((member["acct"], "import_after_move"))
        turn.reminders.extend(walk.plan.after_move(member["acct"], now))
        turn.cancel.extend((member["acct"], kind) for kind in walk.plan.progress_kinds)
        turn.reminders.extend(walk.plan.progress_reports(member["acct"], now))


ACTIONS: dict[str, Callable[..., None]] = {
    "record_new_handle": _record_new_handle,
    "record_old_handle": _record_old_handle,
    "record_archive_requested": _record_archive_requested,
    "record_archive_downloaded": _record_archive_downloaded,
    "record_moved": _record_moved,
}


SKIP_CONDITIONS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "archive_downloaded": lambda member: bool(member.get("archive_downloaded_at")),
}


# -- checks: what the bot verifies itself ------------------------------------------------------


def _accounts(walk: Walkthrough, member: dict[str, Any]) -> tuple[str, str]:
    own = walk.own_handle(member)
    if member.get("direction") == "here":
        return own, member.get("old_handle") or ""
    return member.get("new_handle") or "", own


async def _check_alias(walk: Walkthrough, turn: Turn, locale: str) -> bool:
    """The alias must be there before "Move followers"; but never a trap: the second miss
    says what may be in the way and offers a way on, the third "done" goes on trust, and
    the bot keeps looking by itself."""
    member = turn.member
    assert member is not None
    new, old = _accounts(walk, member)
    outcome = await walk.verifier.alias_present(new, old)
    if outcome == FOUND:
        member["alias_seen_at"] = timestamp(walk.clock.now())
        turn.cancel.append((member["acct"], "recheck_alias"))
        turn.bodies.append(walk._check_text(member, locale, "alias_ok"))
        return True
    if outcome != NOT_FOUND:
        turn.bodies.append(walk._check_text(member, locale, "alias_unverifiable"))
        return True
    failures = int(member.get("check_failures") or 0) + 1
    member["check_failures"] = failures
    if failures == 1:
        turn.bodies.append(walk._check_text(member, locale, "alias_missing"))
        return False
    walk._watch(turn, "alias")
    if failures == 2:
        turn.bodies.append(walk._check_text(member, locale, "alias_stuck"))
        return False
    turn.bodies.append(walk._check_text(member, locale, "alias_trusted"))
    return True


async def _check_moved(walk: Walkthrough, turn: Turn, locale: str) -> bool:
    member = turn.member
    assert member is not None
    new, old = _accounts(walk, member)
    outcome = await walk.verifier.moved(old, new)
    context = {"new_handle": new, "old_handle": old, "server": old.partition("@")[2]}
    check = {FOUND: "moved_ok", NOT_FOUND: "moved_missing"}.get(outcome, "moved_unverifiable")
    if outcome == NOT_FOUND:
        walk._watch(turn, "moved")  # look again, and say so when it shows
    turn.bodies.append(walk._render(locale, "checks.j2", check=check, **context))
    return True  # the move cannot be undone from here; never trap the member


CHECKS: dict[str, Callable[[Walkthrough, Turn, str], Awaitable[bool]]] = {
    "alias": _check_alias,
    "moved": _check_moved,
}
