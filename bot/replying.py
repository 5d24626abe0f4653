"""Turning what the bot wants to say into outbox items that are safe to post.

The rules live here once: a reply is never more visible than what it answers
(public is answered unlisted, followers-only direct), it tags only the sender, it stays
in the thread, it mirrors a content warning, and a long text becomes at most a short thread.
"""

from __future__ import annotations

from bot.incoming import Incoming
from bot.text import split_status, status_length
from storage import OutboxItem, Priority

# What a mention of each visibility is answered with. Public is answered unlisted (out of
# the public timelines). Followers-only ("private") is answered direct: the bot's own
# followers-only status would reach the bot's followers, who are not the member's and never
# saw the mention; a direct reply reaches the sender alone. Anything else is treated as
# direct (bot/incoming.py).
_REPLY_VISIBILITY = {
    "public": "unlisted",
    "unlisted": "unlisted",
    "private": "direct",
    "direct": "direct",
}
MAX_THREAD = 3


def reply_visibility(incoming_visibility: str) -> str:
    """Never more visible than what it answers, and never seen by another audience."""
    return _REPLY_VISIBILITY.get(incoming_visibility, "direct")


def answered_by_dm(incoming: Incoming) -> bool:
    """Whether the reply to `incoming` is a direct message (a DM, or a followers-only
    mention): such a reply never asks the member to send a DM, the thing they are reading;
    answering it is one."""
    return reply_visibility(incoming.visibility) == "direct"


def fit(
    body: str, mention: str, max_characters: int, *, spoiler_text: str = "", url_length: int = 23
) -> list[str]:
    """The body as statuses that each start with the mention and fit the instance's limit.

    The mirrored content warning counts toward the limit, as Mastodon counts it.
    """
    limit = max_characters - status_length(mirror_spoiler(spoiler_text))
    return split_status(body, limit, prefix=f"{mention} ", url_length=url_length)


def reply_priority(incoming: Incoming) -> int:
    """A reply's place in the outbox queue: the walkthrough's DMs before public answers."""
    return Priority.WALKTHROUGH if incoming.is_direct else Priority.PUBLIC_ANSWER


def reply_items(
    incoming: Incoming,
    statuses: list[str],
    *,
    priority: int,
    kind: str = "reply",
    key_prefix: str | None = None,
) -> list[OutboxItem]:
    """Outbox items for a reply thread to `incoming`; later parts reply to earlier ones."""
    if len(statuses) > MAX_THREAD:
        raise ValueError(f"a reply may be at most {MAX_THREAD} statuses, got {len(statuses)}")
    prefix = key_prefix or f"n{incoming.notification_id}"
    visibility = reply_visibility(incoming.visibility)
    items: list[OutboxItem] = []
    for index, text in enumerate(statuses):
        key = f"{prefix}:{index}"
        items.append(
            OutboxItem(
                idempotency_key=key,
                text=text,
                visibility=visibility,
                recipient=incoming.acct,
                in_reply_to_id=incoming.status_id if index == 0 else None,
                after_key=items[-1].idempotency_key if items else None,
                spoiler_text=mirror_spoiler(incoming.spoiler_text),
                language=incoming.language,
                priority=priority,
                kind=kind,
                source_status_id=incoming.status_id,
                thread_root=incoming.thread_root,
            )
        )
    return items


def mirror_spoiler(spoiler_text: str) -> str:
    """Keep the member's content warning on the reply (it counts toward the limit, so keep it short)."""
    spoiler = spoiler_text.strip()
    return spoiler[:80] if spoiler else ""


# What the walkthrough, the responder, reminders and the campaign use.
__all__ = [
    "MAX_THREAD",
    "answered_by_dm",
    "fit",
    "mirror_spoiler",
    "reply_items",
    "reply_priority",
    "reply_visibility",
]
