"""The admin page's words that Python fills in: replies/templates/admin/words.j2's macros.

Words live in templates (the page, its panels, and this one file of phrases), never in
Python strings: a phrase here is rendered as plain text, and the page escapes it where it
shows it (an SVG chart escapes it itself).
"""

from __future__ import annotations

import functools
from typing import Any

import jinja2

from replies import TEMPLATES


@functools.cache
def templates(*, autoescape: bool) -> jinja2.Environment:
    """The admin templates: autoescaped for the HTML pages (bot/web/admin_page.py), not for
    words.j2's phrases, which the page escapes where it shows them."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "admin")),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@functools.cache
def _words() -> Any:
    return templates(autoescape=False).get_template("words.j2").module


def say(macro: str, *args: Any) -> str:
    """One phrase of words.j2, its white space folded to single spaces."""
    return " ".join(str(getattr(_words(), macro)(*args)).split())
