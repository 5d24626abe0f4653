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
from bot import answers
from bot.budget import Budget
from bot.incoming import Incoming
from bot.replying import fit, mirror_spoiler, reply_items
from bot.text import status_length
from bot.understand import Understanding, understand
from bot.walkthrough import Walkthrough
from storage import Database, Effects, Priority


@dataclass(frozen=True)
class InstanceLimits:
    """What the server allows per status, read from /api/v2/instance at start."""

    max_characters: int = 500
    url_length: int = 23

    @classmethod
    def from_instance(cls, instance: dict[str, Any]) -> InstanceLimits:
        statuses = (instance.get("configuration") or {}).get("statuses") or {}
        return cls(
            max_characters=int(statuses.get("max_characters") or 500),
            url_length=int(statuses.get("characters_reserved_per_url") or 23),
        )


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
        """The status's language if we speak it, else the member's choice, else the default."""
        supported = replies.locales()
        language = (incoming.language or "").split("-")[0].lower()
        if language in supported:
            return language
        if member and member.get("locale") in supported:
            return str(member["locale"])
        return self.default_locale

    async def respond(self, incoming: Incoming) -> Effects:
        effects, locale = await self._respond(incoming)
        # Tag replies with the language they are written in, not the one they answer.
        effects.outbox = [
            replace(item, language=locale) if item.language != locale else item
            for item in effects.outbox
        ]
        return effects

    async def _respond(self, incoming: Incoming) -> tuple[Effects, str]:
        member = await self.db.run(self.db.store.find_member, incoming.key)
        locale = self.locale_for(incoming, member)
        switched = self.walkthrough.language_turn(member, incoming, locale)
        if switched is not None:  # "language de", "Deutsch bitte": remembered from now on
            new_locale = (switched.member or {}).get("locale") or locale
            return switched, new_locale
        if incoming.is_direct:
            effects = await self.walkthrough.handle(member, incoming, locale)
            if effects is not None:
                return effects, locale
            return self._answer(incoming, locale, priority=Priority.WALKTHROUGH), locale
        if self.walkthrough.wants_to_start(incoming.text, locale) or (
            member is not None
            and member.get("step") not in (None, "finished", "idle")
            and understand(incoming.text, locale).kind == "unknown"
        ):
            body = replies.render("walkthrough/misc.j2", locale, what="public_steer")
            return self._reply(incoming, [body], Priority.PUBLIC_ANSWER), locale
        return await self._public_answer(incoming, locale), locale

    async def _public_answer(self, incoming: Incoming, locale: str) -> Effects:
        """When the posting budget runs low, public answers shrink to one status; when it is
        spent on more urgent messages, they wait, and the member is told once per window."""
        budget = self.budget
        if budget is None:
            return self._answer(incoming, locale, priority=Priority.PUBLIC_ANSWER)
        effects = self._answer(
            incoming,
            locale,
            priority=Priority.PUBLIC_ANSWER,
            max_statuses=1 if budget.is_low() else 3,
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
        self, incoming: Incoming, locale: str, *, priority: int, max_statuses: int = 3
    ) -> Effects:
        understanding = understand(incoming.text, locale)
        statuses = answers.compose_answer(
            understanding,
            locale=locale,
            mention=incoming.mention,
            max_characters=self.limits.max_characters - _spoiler_cost(incoming),
            url_length=self.limits.url_length,
            max_statuses=max_statuses,
        )
        return Effects(outbox=reply_items(incoming, statuses, priority=priority))

    def slow_down(self, incoming: Incoming) -> Effects:
        body = replies.render("slow_down.j2", self.locale_for(incoming, None))
        priority = Priority.WALKTHROUGH if incoming.is_direct else Priority.PUBLIC_ANSWER
        return self._reply(incoming, [body], priority)

    def _reply(self, incoming: Incoming, bodies: list[str], priority: int) -> Effects:
        statuses = fit(
            "\n\n".join(bodies),
            incoming.mention,
            self.limits.max_characters,
            spoiler_text=incoming.spoiler_text,
            url_length=self.limits.url_length,
        )
        return Effects(outbox=reply_items(incoming, statuses[:3], priority=priority))

    async def answer_in_walkthrough(self, incoming: Incoming, locale: str) -> str | None:
        """A question asked mid-walkthrough: the answer's text, or None if it is not a question."""
        understanding = understand(incoming.text, locale)
        if understanding.kind not in ("question", "myth") or not understanding.subjects:
            return None
        return self._body(understanding, locale, incoming.mention)

    def explain(self, subject: str, locale: str) -> str:
        """The knowledge answer for a step's subject ("how?" in the walkthrough)."""
        understanding = Understanding(kind="question", subjects=[subject], myths=[], confidence=1.0)
        return self._body(understanding, locale, "@member")

    def _body(self, understanding: Understanding, locale: str, mention: str) -> str:
        """An answer's text without the mention, to be combined with a walkthrough step."""
        statuses = answers.compose_answer(
            understanding,
            locale=locale,
            mention=mention,
            max_characters=self.limits.max_characters,
            url_length=self.limits.url_length,
            max_statuses=2,
        )
        return "\n\n".join(s.removeprefix(f"{mention} ") for s in statuses)


def _spoiler_cost(incoming: Incoming) -> int:
    return status_length(mirror_spoiler(incoming.spoiler_text))
