"""Plain records passed between the bot's modules and the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Any


class Priority(IntEnum):
    """Lower sends first: a reminder with a deadline beats a nudge."""

    DEADLINE_REMINDER = 0
    WALKTHROUGH = 10
    LATE_NOTICE = 15
    PUBLIC_ANSWER = 20
    NUDGE = 30


@dataclass(frozen=True)
class OutboxItem:
    """One status to post. Parts of a thread name the part they reply to (after_key)."""

    idempotency_key: str
    text: str
    visibility: str
    recipient: str
    in_reply_to_id: str | None = None
    after_key: str | None = None
    spoiler_text: str = ""
    language: str | None = None
    priority: int = Priority.PUBLIC_ANSWER
    kind: str = "reply"
    source_status_id: str | None = None
    thread_root: str | None = None
    not_before: datetime | None = None


@dataclass
class Effects:
    """Everything one handled notification (or one fired reminder) changes, written at once."""

    notification_id: str | None = None
    outbox: list[OutboxItem] = field(default_factory=list)
    member: dict[str, Any] | None = None
    forget_member: str | None = None
    reminders: list[dict[str, Any]] = field(default_factory=list)
    cancel_reminders: list[tuple[str, str | None]] = field(default_factory=list)
    fired_reminder_id: int | None = None
    # A reminder's look that says nothing (a recheck not seeing the alias yet): written only
    # while that reminder is still pending, as a fired one is, so a "stop" or "forget me"
    # handled during the look is not undone by the next look it schedules.
    looked_reminder_id: int | None = None
    # Recipients who said "stop": their statuses queued unasked (fired reminders, nudges,
    # campaign DMs; not replies to them) are cancelled, so none goes out after the stop.
    cancel_unasked: list[str] = field(default_factory=list)
