"""bot/understand.py's fast paths give what the plain way gives (issue 12, speed56).

Each shortcut taken for speed in cutting a message into words or scanning its phrases is
checked here against the plain computation it replaces, so a shortcut that drifted would
fail here before it changed a reading (bench/read_cost.py's digests check the tuning rows
as a whole).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import understand


def test_no_domain_without_a_dotted_word_on_tuning_rows() -> None:
    """_tokens runs _DOMAIN only where _DOTTED finds a letter, digit or "-" before a dot and
    a letter after it: every _DOMAIN match has one."""
    for code in LOCALES:
        for row in tuning_rows(code)[::25]:
            text = understand.normalise(row["text"])
            if understand._DOTTED.search(text) is None:
                assert understand._DOMAIN.search(text) is None, text


# Servers' names and endings, words our languages write, dots, dashes, "@", other scripts.
_PIECES = [
    *("mastodon", "masto", "social", "troet", "cafe", "jp", "es", "de", "it", "x", "a"),
    *(".", "..", "-", "@", "_", "1", "9", " ", "é", "ｓ", "\u3042"),
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_no_domain_without_a_dotted_word(text: str) -> None:
    if understand._DOTTED.search(text) is None:
        assert understand._DOMAIN.search(text) is None, text
