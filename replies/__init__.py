"""What the bot says: jinja2 templates per locale, one render() entry point.

Templates live in replies/templates/<locale>/. They produce plain text (a status is
not HTML), so autoescape is off; Mastodon escapes what we post. Anything a member
typed that we echo back (a handle) is passed through the `plain` filter, which strips
control and zero-width characters so a template can never be made to say more.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_LOCALE = "en"

_INVISIBLE = re.compile(
    r"[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)


def plain(value: object) -> str:
    """Echo member-supplied text safely: no control, bidi-override or zero-width characters."""
    return _INVISIBLE.sub("", str(value))


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,  # templates ship with the code: no stat() per render
        undefined=jinja2.StrictUndefined,
    )
    env.filters["plain"] = plain
    return env


def locales() -> list[str]:
    """Every locale that has a template folder (admin/ holds the admin page's HTML, not a locale)."""
    return sorted(p.name for p in TEMPLATES.iterdir() if (p / "ack.j2").is_file())


def render(name: str, locale: str = DEFAULT_LOCALE, **context: object) -> str:
    """Render replies/templates/<locale>/<name>, stripped of surrounding white space."""
    template = environment().get_template(f"{locale}/{name}")
    return template.render(**context).strip()


def has_template(name: str, locale: str) -> bool:
    return (TEMPLATES / locale / name).is_file()
