"""What to say to one mention: the public/DM split, in one place.

Public mentions get the answer (unlisted, in the thread), never the walkthrough:
anything personal is steered to a direct message. Direct messages go to the
walkthrough when the member is in one (or starts one), otherwise they get the same
answers as in public.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import replies
from bot import answers, interpret, language
from bot.budget import Budget
from bot.incoming import Incoming
from bot.interpret import Reading
from bot.mastodon_api import status_limit
from bot.reminders import contact
from bot.replying import answered_by_dm, fit, mirror_spoiler, reply_items, reply_priority
from bot.text import status_length
from bot.understand import Understanding
from bot.verify import FOUND
from bot.walkthrough import IN_PUBLIC, Walkthrough, is_walking, says_never_mind, says_understood
from storage import Database, Effects, Priority
from storage.campaigns import CAMPAIGN_KIND

# What a member asks under the closing's DM when no table reads their words.
CLOSING_SUBJECT = "server_closing"


@dataclass(frozen=True)
class InstanceLimits:
    """What the server allows per status, read from /api/v2/instance at start."""

    max_characters: int = 500
    url_length: int = 23

    @classmethod
    def from_instance(cls, instance: dict[str, Any]) -> InstanceLimits:
        statuses = (instance.get("configuration") or {}).get("statuses") or {}
        return cls(
            max_characters=status_limit(instance) or 500,
            url_length=int(statuses.get("characters_reserved_per_url") or 23),
        )


# Commands that are answered like the kinds the answers know.
_COMMAND_KINDS = {"help": "help", "start": "start_move"}

# A member is told their answer will be late only when the wait is worth mentioning.
LATE_NOTICE_AFTER = 300.0


class Responder:
    def __init__(
        self,
        db: Database,
        walkthrough: Walkthrough,
        limits: InstanceLimits,
        *,
        budget: Budget | None = None,
        default_locale: str = "en",
    ) -> None:
        self.db = db
        self.walkthrough = walkthrough
        self.limits = limits
        self.budget = budget
        self.default_locale = default_locale

    def locale_for(self, incoming: Incoming, member: dict[str, Any] | None) -> str:
        """The member's explicit choice ("language de") until they choose again; else the
        text's language when the detector is sure; else the status's tag; else the language
        they last wrote in; else BOT_LANGUAGE (see bot/language.py)."""
        return self.read(incoming, member)[0]

    def read(self, incoming: Incoming, member: dict[str, Any] | None) -> tuple[str, Reading]:
        """The reply language and what the message means where it was said (the one
        classifier, bot/interpret.py)."""
        member = member or {}
        return interpret.read_in_context(
            incoming.text,
            where=interpret.where_for(member or None, incoming.is_direct),
            chosen=member.get("locale") if member.get("locale_chosen") else None,
            tag=incoming.language,
            default=self.default_locale,
            remembered=member.get("locale"),
        )

    async def _moved_on_this_server(
        self, acct: str, member: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """Whether a member found for a local account (no domain: "alice2") by the name of
        the new handle they gave is really theirs. Only when that handle is this account on
        this server and the server's API shows the old account's `moved` pointing at it: the
        bot sees the move itself, since anyone could give any handle as their new account.
        Once seen, the link is stored (members.moved_here) and not looked up again."""
        if member is None or "@" in acct or acct in (member["acct"], member.get("new_handle")):
            return member
        walk = self.walkthrough
        handle = f"{acct}@{walk.this_server}"
        if (member.get("new_handle") or "").lower() != handle:
            return None  # the same name on another server: someone else
        if member.get("moved_here") == handle:
            # Seen once, stored: no lookup per message. A move shows both accounts are the
            # member's, even if they later cancel the redirect (mastodon-facts.md).
            return member
        if await walk.verifier.moved(walk.own_handle(member), handle) != FOUND:
            return None
        await self.db.run(self.db.store.record_moved_here, member["acct"], handle)
        return {**member, "moved_here": handle}

    async def respond(self, incoming: Incoming) -> Effects:
        effects, locale = await self._respond(incoming)
        return _tagged(effects, locale)

    async def _respond(self, incoming: Incoming) -> tuple[Effects, str]:
        member = incoming.member
        if not incoming.member_known:  # not read with the notification: read it now
            member = await self.db.run(self.db.store.find_member, incoming.key, moved_here=True)
        member = await self._moved_on_this_server(incoming.key, member)
        locale, reading = self.read(incoming, member)
        if await self._answers_unasked(incoming, member, reading):
            incoming = replace(incoming, after_unasked=True)
        if (reading.command or "").startswith("language"):
            # "language de", "Deutsch bitte": remembered from now on
            switched = self.walkthrough.language_turn(member, incoming, locale, reading)
            if switched is not None:
                new_locale = (switched.member or {}).get("locale") or locale
                return switched, new_locale
        pending = (member or {}).get("pending_confirmation")
        if incoming.is_direct or reading.command in IN_PUBLIC or pending:
            effects = await self.walkthrough.handle(member, incoming, locale, reading)
            if effects is not None:
                return effects, locale
            if incoming.is_direct and _bare_acknowledgement(reading, incoming):
                # "ok" with no walk going on: no "I don't know that one" and the menu.
                body = replies.render("answers/acknowledged.j2", locale, direct=True)
                answered = self._reply(incoming, [body], Priority.WALKTHROUGH, most=1)
                return _letting_go(answered, member), locale
            if incoming.is_direct:
                reading = await self._under_a_campaign_dm(incoming, reading)
                answered = self._answer(incoming, locale, reading, priority=Priority.WALKTHROUGH)
                answered = await self._unrepeated(incoming, locale, reading, answered)
                return _letting_go(answered, member), locale
            # A mention that answers no question the walkthrough asked: an ordinary one.
        if not incoming.is_direct and _bare_acknowledgement(reading, incoming, thanks=True):
            walking = is_walking(member)
            return await self._acknowledged(incoming, locale, reading, walking=walking), locale
        if (member or {}).get("paused") and _says_resume(incoming.text, locale):
            # "resume" in a mention, after a "stop" that said to send it by DM: how to.
            body = replies.render(
                "walkthrough/misc.j2", locale, what="public_resume", direct=answered_by_dm(incoming)
            )
            return self._reply(incoming, [body], Priority.PUBLIC_ANSWER), locale
        unread = reading.command is None and reading.understanding.kind == "unknown"
        if (
            reading.command in _STEERED_FROM_PUBLIC
            or (unread and is_walking(member))
            or (unread and _walkthrough_words(incoming.text, locale))
        ):
            body = replies.render(
                "walkthrough/misc.j2",
                locale,
                what="public_steer",
                direct=answered_by_dm(incoming),
                waiting=is_walking(member),
            )
            return self._reply(incoming, [body], Priority.PUBLIC_ANSWER), locale
        waiting = is_walking(member)
        return await self._public_answer(incoming, locale, reading, waiting=waiting), locale

    async def _unrepeated(
        self, incoming: Incoming, locale: str, reading: Reading, effects: Effects
    ) -> Effects:
        """Never the same words twice in a row in a DM: an answer ending as the bot's last
        status to the member did (the same question asked again, or two messages it cannot
        read) says so first, as the walkthrough does."""
        if not effects.outbox:
            return effects
        last = await self.db.run(self.db.store.last_text_to, incoming.key)
        if last != effects.outbox[-1].text:
            return effects
        if reading.command is None and reading.understanding.kind == "thanks":
            # Thanked again: other, short words ("Any time!"), not "same as my last message".
            body = replies.render("answers/thanks.j2", locale, again=True)
            return self._reply(incoming, [body], Priority.WALKTHROUGH, most=1)
        helping = reading.command == "help"  # not "stuck? say help" above the help itself
        again = replies.render("walkthrough/misc.j2", locale, what="again", helping=helping)
        prefix = f"{incoming.mention} "
        said = [item.text.removeprefix(prefix) for item in effects.outbox]
        statuses = fit(
            "\n\n".join([again.strip(), *said]),
            incoming.mention,
            self.limits.max_characters - _spoiler_cost(incoming),
            url_length=self.limits.url_length,
        )
        items = reply_items(incoming, statuses[:3], priority=Priority.WALKTHROUGH)
        return replace(effects, outbox=items)

    async def _under_a_campaign_dm(self, incoming: Incoming, reading: Reading) -> Reading:
        """A DM no table reads, nor finds out of scope, written under the closing's DM
        ("what does this mean? do I have to do anything?"): it can only ask about that, so
        it is read as the closing's subject, not answered "I don't know that one"."""
        understood = reading.understanding
        # A subject only guessed (the model's or the ranking's, no phrase read) is no
        # reading of these words either: the model took "what does this mean? do I have to
        # do anything?" for the overview once retrained with round 66.
        guessed_only = understood.kind == "question" and understood.ranked
        if (
            reading.command is not None
            or (understood.kind != "unknown" and not guessed_only)
            or understood.evidence
            or not incoming.in_reply_to_id
        ):
            return reading
        kind = await self.db.run(self.db.store.kind_of_sent, incoming.in_reply_to_id)
        if kind != CAMPAIGN_KIND:
            return reading
        closing = Understanding("question", subjects=[CLOSING_SUBJECT], confidence=0.5)
        return replace(reading, understanding=closing)

    async def _answers_unasked(
        self, incoming: Incoming, member: dict[str, Any] | None, reading: Reading
    ) -> bool:
        """Whether a bare "yes" / "ok" / "はい" by DM answers a status the bot sent unasked
        since the member last wrote (a nudge, a reminder): then it says nothing about their
        step. Looked up only for such a message from a member on a step."""
        since = (member or {}).get("last_message_at")
        if not (
            incoming.is_direct
            and since
            and is_walking(member)
            and reading.command == "done"
            and interpret.assents(incoming.text)
        ):
            return False
        assert member is not None
        accts = (incoming.key, member["acct"], contact(member))
        return bool(await self.db.run(self.db.store.wrote_unasked_since, accts, since))

    async def _acknowledged(
        self, incoming: Incoming, locale: str, reading: Reading, *, walking: bool = False
    ) -> Effects:
        """A public "ok", "👍" or "thanks": no menu, no "I don't know that one" on anyone's
        timeline. Under an answer of the bot's, "ok" needs no reply (a person would say
        nothing) and thanks a short "you're welcome"; said out of the blue, one short line
        (a thanks offers the walkthrough, unless the member is walking it already)."""
        answered = bool(incoming.in_reply_to_id and incoming.thread_root) and bool(
            await self.db.run(self.db.store.answers_in_thread, incoming.thread_root)
        )
        thanks = reading.understanding.kind == "thanks"
        if answered and not thanks:
            return Effects()
        if not answered and thanks and not walking:
            return await self._public_answer(incoming, locale, reading)
        name = "thanks.j2" if thanks else "acknowledged.j2"
        body = replies.render(f"answers/{name}", locale, short=True)
        return self._reply(incoming, [body], Priority.PUBLIC_ANSWER, most=1)

    async def _public_answer(
        self, incoming: Incoming, locale: str, reading: Reading, *, waiting: bool = False
    ) -> Effects:
        """When the posting budget runs low, public answers shrink to one status; when it is
        spent on more urgent messages, they wait, and the member is told once per window.
        `waiting`: the member's walkthrough waits in their DMs (compose_answer)."""
        budget = self.budget
        if budget is None:
            return self._answer(
                incoming, locale, reading, priority=Priority.PUBLIC_ANSWER, waiting=waiting
            )
        effects = self._answer(
            incoming,
            locale,
            reading,
            priority=Priority.PUBLIC_ANSWER,
            max_statuses=1 if budget.is_low() else 3,
            waiting=waiting,
        )
        resume = budget.allowed_again_at(Priority.PUBLIC_ANSWER)
        if resume - budget.clock.timestamp() <= LATE_NOTICE_AFTER:
            return effects
        since = datetime.fromtimestamp(budget.window_start(), UTC)
        if await self.db.run(self.db.store.told_late_since, incoming.key, since):
            return effects
        when = datetime.fromtimestamp(resume, UTC).strftime("%H:%M UTC")
        notice = fit(
            replies.render("late.j2", locale, time=when),
            incoming.mention,
            self.limits.max_characters,
        )[:1]
        effects.outbox[:0] = reply_items(
            incoming,
            notice,
            priority=Priority.LATE_NOTICE,
            kind="late_notice",
            key_prefix=f"n{incoming.notification_id}:late",
        )
        return effects

    def _answer(
        self,
        incoming: Incoming,
        locale: str,
        reading: Reading,
        *,
        priority: int,
        max_statuses: int = 3,
        waiting: bool = False,
    ) -> Effects:
        understanding = _understanding_of(reading)
        statuses = answers.compose_answer(
            understanding,
            locale=locale,
            mention=incoming.mention,
            max_characters=self.limits.max_characters - _spoiler_cost(incoming),
            url_length=self.limits.url_length,
            max_statuses=max_statuses,
            direct=answered_by_dm(incoming),
            waiting=waiting,
        )
        return Effects(outbox=reply_items(incoming, statuses, priority=priority))

    def slow_down(self, incoming: Incoming, until: float) -> Effects:
        """One reply to a flood, saying when the member may write again."""
        when = datetime.fromtimestamp(until, UTC).strftime("%H:%M UTC")
        locale = self.locale_for(incoming, None)
        body = replies.render("slow_down.j2", locale, time=when)
        return _tagged(self._reply(incoming, [body], reply_priority(incoming)), locale)

    def sorry(self, incoming: Incoming) -> Effects:
        """One short apology when handling a message failed: in the member's language as far
        as it can still be told, as visible as any reply to it (never more), tagging only the
        sender. Keyed by the status, not the notification, so a status that fails again
        (edited, delivered again) is apologised for once."""
        member = incoming.member or {}
        try:
            locale = self.locale_for(incoming, member)
        except Exception:  # reading it may be what failed: what is known without reading
            locale = self._locale_unread(incoming, member)
        body = replies.render("sorry.j2", locale)
        effects = self._reply(
            incoming,
            [body],
            reply_priority(incoming),
            most=1,
            kind="sorry",
            key_prefix=f"s{incoming.status_id}",
        )
        return _tagged(effects, locale)

    def _locale_unread(self, incoming: Incoming, member: dict[str, Any]) -> str:
        """The apology's language when reading the message failed: the detector's, which
        reads no tables ("¿Y cuánto tardan ...?" from a client tagging everything English
        is apologised for in Spanish); if even that fails, the member's, the tag, the
        default."""
        try:
            return language.reply_locale(
                incoming.text,
                chosen=member.get("locale") if member.get("locale_chosen") else None,
                tag=incoming.language,
                default=self.default_locale,
                remembered=member.get("locale"),
            )
        except Exception:
            tagged = incoming.language if incoming.language in replies.locales() else None
            return member.get("locale") or tagged or self.default_locale

    def _reply(
        self,
        incoming: Incoming,
        bodies: list[str],
        priority: int,
        *,
        most: int = 3,
        kind: str = "reply",
        key_prefix: str | None = None,
    ) -> Effects:
        """The bodies as a reply thread of at most `most` statuses, fitted to the server."""
        statuses = fit(
            "\n\n".join(bodies),
            incoming.mention,
            self.limits.max_characters,
            spoiler_text=incoming.spoiler_text,
            url_length=self.limits.url_length,
        )
        items = reply_items(
            incoming, statuses[:most], priority=priority, kind=kind, key_prefix=key_prefix
        )
        return Effects(outbox=items)

    async def answer_in_walkthrough(self, reading: Reading, locale: str) -> str | None:
        """A question asked mid-walkthrough: the answer's text, or None if it is not a question."""
        if not reading.is_question or not reading.understanding.subjects:
            return None
        return self._body(reading.understanding, locale, "@member", walking=True)

    def explain(
        self, subject: str, locale: str, *, direct: bool = True, walking: bool = True
    ) -> str:
        """The knowledge answer for a subject the walkthrough explains: a step's own ("how?"
        at the step, walking), or deleting the old account (asked in a DM or in public)."""
        understanding = Understanding(kind="question", subjects=[subject], myths=[], confidence=1.0)
        return self._body(understanding, locale, "@member", direct=direct, walking=walking)

    def _body(
        self,
        understanding: Understanding,
        locale: str,
        mention: str,
        *,
        direct: bool = True,
        walking: bool,
    ) -> str:
        """An answer's text without the mention, to be combined with other text (a
        walkthrough step): offering the walkthrough only where none is running."""
        statuses = answers.compose_answer(
            understanding,
            locale=locale,
            mention=mention,
            max_characters=self.limits.max_characters,
            url_length=self.limits.url_length,
            max_statuses=2,
            direct=direct,
            walking=walking,
        )
        return "\n\n".join(s.removeprefix(f"{mention} ") for s in statuses)


def _letting_go(effects: Effects, member: dict[str, Any] | None) -> Effects:
    """A DM answered outside the walkthrough (a question after the walk, an "ok") lets go
    of a question the bot asked before, as every DM does (Walkthrough._touch): no member
    row is written for such an answer, so only that is."""
    if member is not None and member.get("pending_confirmation"):
        effects.member = {"acct": member["acct"], "pending_confirmation": None}
    return effects


def _tagged(effects: Effects, locale: str) -> Effects:
    """Replies tagged with the language they are written in, not the tag of the status they
    answer (clients often tag it wrongly)."""
    effects.outbox = [
        replace(item, language=locale) if item.language != locale else item
        for item in effects.outbox
    ]
    return effects


def _dm_command(text: str, locale: str) -> str | None:
    """The walkthrough command a DM reads in a mention's words and nothing else with it: a
    mention is read without the walkthrough's commands, so its own words ("resume", "where
    am I?", "skip") got "Sorry, I don't know that one"."""
    in_a_dm = interpret.read(text, where=interpret.DM, locale=locale)
    return in_a_dm.command if in_a_dm.understanding.kind == "unknown" else None


def _says_resume(text: str, locale: str) -> bool:
    """ "resume" and nothing else, in the words a DM reads as resume."""
    return _dm_command(text, locale) == "resume"


# Said in a mention, these ask for the walkthrough, which lives in DMs: steered there
# ("start over" in public got the answer on whether to move at all).
_STEERED_FROM_PUBLIC = ("start", "restart", "resume")
# What a DM reads as a walkthrough's command, and a mention from someone not walking leaves
# unread: said to the bot in the open, it can only be about a walkthrough to start.
_STEERED = ("status", "back", "skip", "done", "requested", "downloaded", "restart", "away", "here")


def _walkthrough_words(text: str, locale: str) -> bool:
    """ "where am I?", "skip", "done" and nothing else, in the words a DM reads as one of
    the walkthrough's commands (_STEERED), from anyone with no walkthrough."""
    return _dm_command(text, locale) in _STEERED


def _bare_acknowledgement(reading: Reading, incoming: Incoming, *, thanks: bool = False) -> bool:
    """ "ok", "👍", "got it", "never mind" (and with `thanks`, "thanks"): no command, no
    question, nothing else ("never mind" was answered about moving back, "alles klar" with
    the overview, "no importa" about importing)."""
    if reading.command is None and (
        says_understood(incoming.text) or says_never_mind(incoming.text)
    ):
        return True
    if reading.command is not None or not interpret.acknowledges(incoming.text):
        return False
    # By DM a greeting ("👋", "hi") is greeted back (the answer to a greeting), not "👍".
    return thanks or reading.understanding.kind not in ("thanks", "greeting")


def _understanding_of(reading: Reading) -> Understanding:
    """What to answer: the question, or the menu / the start offer for those commands."""
    kind = _COMMAND_KINDS.get(reading.command or "")
    return Understanding(kind, [], [], 1.0) if kind else reading.understanding


def _spoiler_cost(incoming: Incoming) -> int:
    return status_length(mirror_spoiler(incoming.spoiler_text))
