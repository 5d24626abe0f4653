"""A mention as the bot reasons about it: who, where, how visible, and the plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bot.clock import parse_time
from bot.text import html_to_text, strip_mentions


@dataclass(frozen=True)
class Incoming:
    notification_id: str
    status_id: str
    acct: str  # the sender as this server names them: "alice" or "alice@other.example"
    account_id: str
    username: str
    is_bot: bool
    visibility: str
    language: str | None
    text: str  # plain text, the bot's own mention removed
    spoiler_text: str
    in_reply_to_id: str | None
    in_reply_to_account_id: str | None = None
    note_text: str = ""
    other_mentions: tuple[str, ...] = field(default_factory=tuple)
    edited: bool = False
    thread_root: str | None = None  # the first status of the thread as far as the bot knows
    created_at: float | None = None  # when the member posted it (epoch seconds)
    # The member's row, when it was read together with the notification (member_known).
    member: dict[str, Any] | None = field(default=None, compare=False)
    member_known: bool = field(default=False, compare=False)
    # The bot's last status to the sender was one it sent unasked (a nudge, a reminder):
    # this message answers that, not the step (bot/respond.py sets it where it matters).
    after_unasked: bool = field(default=False, compare=False)

    @property
    def is_direct(self) -> bool:
        return self.visibility == "direct"

    @property
    def mention(self) -> str:
        """How a reply addresses the sender: the full acct, so remote members are reached."""
        return f"@{self.acct}"

    @property
    def key(self) -> str:
        return self.acct.lower()


def from_notification(notification: dict[str, Any], bot_username: str) -> Incoming | None:
    """None when the notification is not a mention with a status the bot could answer."""
    status = notification.get("status")
    account = notification.get("account") or {}
    if notification.get("type") != "mention" or not isinstance(status, dict) or not account:
        return None
    text = html_to_text(status.get("content") or "")
    mentions = [m for m in status.get("mentions") or [] if isinstance(m, dict)]
    mine = [m for m in mentions if str(m.get("username") or "").lower() == bot_username.lower()]
    home = _host(mine[0].get("url")) if mine else None
    others = tuple(acct for m in mentions if m not in mine and (acct := _full_acct(m, home, text)))
    text = strip_mentions(text, [bot_username])
    return Incoming(
        notification_id=str(notification["id"]),
        status_id=str(status.get("id")),
        acct=str(account.get("acct") or account.get("username")),
        account_id=str(account.get("id")),
        username=str(account.get("username") or ""),
        is_bot=bool(account.get("bot")),
        visibility=_visibility(status.get("visibility")),
        language=status.get("language"),
        text=text,
        spoiler_text=str(status.get("spoiler_text") or ""),
        in_reply_to_id=status.get("in_reply_to_id"),
        in_reply_to_account_id=status.get("in_reply_to_account_id"),
        note_text=html_to_text(account.get("note") or ""),
        other_mentions=others,
        edited=bool(status.get("edited_at")),
        created_at=_epoch(status.get("created_at")),
    )


# Mastodon's four values. Servers that speak its API add others ("local", "list", ...) or
# leave the field out; the bot cannot know who may see those, so it treats them as direct.
KNOWN_VISIBILITIES = ("public", "unlisted", "private", "direct")


def _visibility(value: Any) -> str:
    return value if value in KNOWN_VISIBILITIES else "direct"


def _full_acct(mention: dict[str, Any], home: str | None, text: str) -> str:
    """A mention's acct with its server. Mastodon leaves the host out only for accounts on
    its own server; servers that leave it out for everyone still show it where the member
    typed it in full ("@alice@new.example" in the text), or in the profile's URL, whose host
    is the account's server when it is not this one (`home`)."""
    acct = str(mention.get("acct") or mention.get("username") or "")
    if not acct or "@" in acct:
        return acct
    typed = re.search(rf"(?<![\w@])@{re.escape(acct)}@([\w.-]+\w(?::\d+)?)", text, re.IGNORECASE)
    if typed:
        return f"{acct}@{typed.group(1).lower()}"
    host = _host(mention.get("url"))
    return f"{acct}@{host}" if home is not None and host and host != home else acct


def _host(url: Any) -> str | None:
    """The host (and port) of an account's profile URL, lowercased."""
    netloc = urlsplit(str(url or "")).netloc.lower()
    return netloc.rpartition("@")[2] or None


def _epoch(value: Any) -> float | None:
    try:
        return parse_time(str(value)).timestamp() if value else None
    except ValueError:
        return None
