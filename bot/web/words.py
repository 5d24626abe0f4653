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
def _words() -> Any:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "admin")),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("words.j2").module


def say(macro: str, *args: Any) -> str:
    """One phrase of words.j2, its white space folded to single spaces."""
    return " ".join(str(getattr(_words(), macro)(*args)).split())
