"""The HTML-to-text converter and Mastodon's character count, on real Mastodon markup."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import (
    _INVISIBLE,
    html_to_text,
    normalise,
    split_status,
    status_length,
    strip_mentions,
)

# Exactly what Mastodon 4.4+ renders for "@helper do my posts move? https://example.com #moving".
LOCAL = (
    '<p><span class="h-card" translate="no"><a href="https://example.social/@helper" '
    'class="u-url mention">@<span>helper</span></a></span> do my posts move? '
    '<a href="https://example.com" target="_blank" rel="nofollow noopener" translate="no">'
    '<span class="invisible">https://</span><span class="">example.com</span>'
    '<span class="invisible"></span></a> <a href="https://example.social/tags/moving" '
    'class="mention hashtag" rel="tag">#<span>moving</span></a></p>'
)
# The same post from another server, as sanitised by the receiving one.
REMOTE = (
    '<p><span class="h-card" translate="no"><a href="https://example.social/@helper" '
    'class="u-url mention" rel="nofollow noopener" target="_blank">@<span>helper</span></a></span> '
    "do my posts move?</p>"
)
LONG_LINK = (
    '<p>see <a href="https://www.example.com/docs/migrating-your-account-to-another-server?ref=bot" '
    'target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://www.</span>'
    '<span class="ellipsis">example.com/docs/migrating-you</span><span class="invisible">'
    "r-account-to-another-server?ref=bot</span></a></p>"
)


def test_local_mention_link_and_hashtag():
    assert html_to_text(LOCAL) == "@helper do my posts move? https://example.com #moving"


def test_own_mention_removed_other_text_kept():
    text = strip_mentions(html_to_text(LOCAL), ["helper"])
    assert text == "do my posts move? https://example.com #moving"


def test_remote_markup():
    assert strip_mentions(html_to_text(REMOTE), ["helper"]) == "do my posts move?"


def test_shortened_link_is_restored_to_full_url():
    assert html_to_text(LONG_LINK) == (
        "see https://www.example.com/docs/migrating-your-account-to-another-server?ref=bot"
    )


def test_paragraphs_line_breaks_and_entities():
    html = "<p>Line one<br />Line two</p><p>New para &amp; &lt;stuff&gt; &quot;q&quot; &#39;s</p>"
    assert html_to_text(html) == 'Line one\nLine two\n\nNew para & <stuff> "q" \'s'


def test_br_without_slash_from_remote_servers():
    assert html_to_text("<p>a<br>b</p>") == "a\nb"


def test_emoji_and_non_latin_text_survive():
    html = "<p>Wird mein Profil übertragen? 🚚✨ 引っ越し</p>"
    assert html_to_text(html) == "Wird mein Profil übertragen? 🚚✨ 引っ越し"


def test_several_mentions_only_the_bots_removed():
    html = (
        '<p><span class="h-card"><a href="https://example.social/@helper" class="u-url mention">'
        '@<span>helper</span></a></span> <span class="h-card"><a href="https://other.example/@bob" '
        'class="u-url mention">@<span>bob</span></a></span> does this move?</p>'
    )
    assert strip_mentions(html_to_text(html), ["helper"]) == "@bob does this move?"


def test_mention_with_domain_removed():
    assert strip_mentions("@helper@example.social hi", ["helper"]) == "hi"
    assert strip_mentions("@helperbot hi", ["helper"]) == "@helperbot hi"


def test_empty_and_only_mention():
    assert html_to_text("") == ""
    only = '<p><span class="h-card"><a href="x" class="u-url mention">@<span>helper</span></a></span></p>'
    assert strip_mentions(html_to_text(only), ["helper"]) == ""


def test_plain_text_content_from_other_software():
    assert html_to_text("just text &amp; more") == "just text & more"


def test_normalise_removes_zero_width_and_folds_case():
    assert normalise("Fo\u200bLLOWERS\u202e") == "followers"


def test_no_printable_character_is_one_normalise_drops():
    """normalise() skips its pattern on printable text: no character the pattern drops
    may be printable (the regex module's Unicode tables beside Python's)."""
    printable_dropped = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if chr(code).isprintable() and _INVISIBLE.search(chr(code))
    ]
    assert printable_dropped == []


def test_status_length_counts_like_mastodon():
    assert status_length("a" * 10) == 10
    assert status_length("https://example.com/a/very/long/path/that/is/long/indeed") == 23
    assert status_length("@alice@example.social") == len("@alice")
    assert status_length("👍🏽👨‍👩‍👧") == 2  # grapheme clusters
    assert status_length("hi", spoiler_text="cw") == 4


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=30
        ),
        min_size=1,
        max_size=200,
    ),
    limit=st.integers(min_value=40, max_value=600),
)
def test_split_never_over_limit_and_never_loses_words(words, limit):
    text = " ".join(words)
    parts = split_status(text, limit, prefix="@alice@example.social ")
    assert all(status_length(p) <= limit for p in parts)
    rejoined = "".join(
        p.removeprefix("@alice@example.social ").replace(" ", "").replace("\n", "") for p in parts
    )
    assert rejoined == text.replace(" ", "").replace("\n", "")
