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

# Words people put before a password or token, in the five languages the bot speaks.
_KEYWORDS = (
    r"password|passwort|passwd|passphrase|kennwort|pwd|pw|mot\s+de\s+passe|mdp"
    r"|contraseña|contrasena|clave|token|access\s+token|jeton|secret"
)
_CJK_KEYWORDS = r"パスワード|暗証番号|トークン"  # no word boundaries in Japanese
_KEY = rf"(?:\b(?:{_KEYWORDS})\b|{_CJK_KEYWORDS})"
# "is", "ist", "est", "es", "lautet", ":", "=", "は" between the word and the value.
_CONNECTOR = r"(?:\s+(?:is|ist|est|es|was|war|era|lautet)\s+|\s*[:=：＝]\s*|\s*は\s*)"
# A value that looks made up: six or more characters with a digit, or a letter and a symbol.
_MADE_UP = r"(?:(?=\S*\d)\S{6,}|(?=\S*[^\W\d_])(?=\S*[!#$%&*+=~^_@-])\S{8,})"

_SECRET = re.compile(
    # "my password is hunter2hunter2", "Passwort: x7!", "パスワードはhunter5"
    rf"{_KEY}{_CONNECTOR}(?!\?)\S{{3,}}"
    # "my password hunter3hunter3", "pw hunter4hunter4", "mdp s3cr3t!!"
    rf"|{_KEY}\s*{_MADE_UP}"
    # "bare" app tokens and secrets: long random strings (Mastodon's are 43 characters)
    r"|\b(?=[A-Za-z0-9_\-]{24,}\b)(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_\-]+\b"
    r"|\b(?=[A-Za-z0-9_\-]{40,}\b)(?=[^\s]*[a-z])(?=[^\s]*[A-Z])[A-Za-z0-9_\-]+\b",
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
