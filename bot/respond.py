"""What to say to one mention: the public/DM split, in one place.

Public mentions get a short answer (unlisted, in the thread). Direct messages go to
the walkthrough when the member is in one, otherwise they get the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import replies
from bot.incoming import Incoming
from bot.replying import fit, reply_items
from storage import Effects, Priority


@dataclass(frozen=True)
class InstanceLimits:
    """What the server allows per status, read from /api/v2/instance at start."""

    max_characters: int = 500
    url_length: int = 23

    @classmethod
    def from_instance(cls, instance: dict) -> InstanceLimits:
        statuses = (instance.get("configuration") or {}).get("statuses") or {}
        return cls(
            max_characters=int(statuses.get("max_characters") or 500),
            url_length=int(statuses.get("characters_reserved_per_url") or 23),
        )


class Responder:
    def __init__(self, limits: InstanceLimits, *, default_locale: str = "en") -> None:
        self.limits = limits
        self.default_locale = default_locale

    def locale_for(self, incoming: Incoming) -> str:
        language = (incoming.language or "").split("-")[0].lower()
        return language if language in replies.locales() else self.default_locale

    async def respond(self, incoming: Incoming) -> Effects:
        locale = self.locale_for(incoming)
        body = replies.render("ack.j2", locale)
        statuses = fit(
            body,
            incoming.mention,
            self.limits.max_characters,
            spoiler_text=incoming.spoiler_text,
            url_length=self.limits.url_length,
        )
        priority = Priority.WALKTHROUGH if incoming.is_direct else Priority.PUBLIC_ANSWER
        return Effects(outbox=reply_items(incoming, statuses, priority=priority))
