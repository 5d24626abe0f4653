"""Keeping what members must never send us out of everything we write.

A pasted password or token is recognised before the notification is first stored,
and the status text is replaced by a marker; the walkthrough sees the marker, warns
the member, and nothing of the secret reaches the database, the queue or the logs.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.text import html_to_text

REDACTED = "[secret removed by the bot]"

_SECRET = re.compile(
    r"(pass(word|wort|e)?|mot de passe|contraseña|パスワード|token|secret|pw)\s*(is|ist|est|es|:|=|は)\s*\S+"
    r"|\b(?=[A-Za-z0-9_\-]{24,}\b)(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_\-]+\b",
    re.IGNORECASE,
)


def looks_like_secret(text: str) -> bool:
    """A pasted password or access token (long random strings count)."""
    return bool(_SECRET.search(text))


def redact_notification(notification: dict[str, Any]) -> dict[str, Any]:
    """The notification with any secret-looking status text replaced by REDACTED."""
    status = notification.get("status")
    if not isinstance(status, dict):
        return notification
    text = html_to_text(status.get("content") or "")
    if not looks_like_secret(text) and not looks_like_secret(status.get("spoiler_text") or ""):
        return notification
    cleaned = copy.deepcopy(notification)
    cleaned["status"]["content"] = f"<p>{REDACTED}</p>"
    cleaned["status"]["spoiler_text"] = ""
    cleaned["status"].pop("text", None)
    return cleaned


def is_redacted(text: str) -> bool:
    return REDACTED in text
