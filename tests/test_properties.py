"""Property tests: the HTML converter and the walkthrough engine on inputs nobody wrote by hand."""

from __future__ import annotations

import asyncio
import html

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_walkthrough_table import Remote, message

from bot.clock import FakeClock
from bot.reminders import ReminderPlan
from bot.text import html_to_text
from bot.walkthrough import StepTable, Walkthrough

WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda w: w.strip() and "<" not in w and "&" not in w)


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(st.lists(WORDS, min_size=1, max_size=6), min_size=1, max_size=4))
def test_mastodon_paragraphs_and_breaks_round_trip(paragraphs):
    """Mastodon's <p>/<br /> markup of escaped text converts back to the text, words intact."""
    markup = "".join(
        "<p>" + "<br />".join(html.escape(line, quote=True) for line in lines) + "</p>"
        for lines in paragraphs
    )
    text = html_to_text(markup)
    expected = [[" ".join(w.split()) for w in lines] for lines in paragraphs]
    got = [[" ".join(line.split()) for line in p.split("\n")] for p in text.split("\n\n")]
    assert [[w for w in p if w] for p in got] == [[w for w in p if w] for p in expected]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("<![0")  # malformed marked sections: the stdlib parser asserted on them
@example("<![A:")
@example("<p>a <![CDATA[x]]> b</p>")
def test_any_markup_converts_without_error(markup):
    result = html_to_text(markup)
    assert isinstance(result, str)
    assert "<p>" not in result.lower() or "<p>" in html.unescape(markup).lower()


MESSAGES = st.sampled_from(
    [
        "move",
        "1",
        "2",
        "done",
        "yes",
        "not yet",
        "how?",
        "what's an alias?",
        "requested",
        "downloaded",
        "status",
        "back",
        "skip",
        "restart",
        "stop",
        "resume",
        "help",
        "forget me",
        "no",
        "alice@new.example",
        "@bob@old.example",
        "nonsense words",
        "🚀",
        "",
        "my password is hunter2",
        "language de",
    ]
)
TABLE = StepTable.load()


@settings(max_examples=150, deadline=None)
@given(st.lists(MESSAGES, min_size=1, max_size=25))
def test_no_sequence_of_messages_reaches_an_undefined_state(script):
    async def run() -> None:
        walk = Walkthrough(
            verifier=Remote(), clock=FakeClock(), plan=ReminderPlan(), this_server="example.social"
        )
        member = None
        for n, text in enumerate(script, 1):
            effects = await walk.handle(member, message(text, n), "en")
            if effects is None:
                continue  # not for the walkthrough: ordinary answers take it
            assert effects.outbox, "every walkthrough turn says something"
            assert all(item.visibility == "direct" for item in effects.outbox)
            if effects.forget_member:
                member = None
                continue
            member = effects.member if effects.member is not None else member
            if member is not None:
                assert member["step"] in TABLE.steps
                direction = member.get("direction")
                assert direction in (None, "away", "here")
                if member["step"] not in ("choose_direction", "idle", "finished"):
                    assert direction is not None, member["step"]
                    assert member["step"] in TABLE.order[direction]

    asyncio.run(run())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80) | st.text(max_size=80))
@example("\r\n")
@example("\r\r\n\n")
@example("a\r\nb\x00\x1b[0m\t")
@example("e\u0301 👩‍👩‍👧 🇩🇪")
def test_a_status_counts_graphemes_as_the_regex_engine_does(text):
    """bot.text.graphemes counts ASCII without the regex engine (one per character, CR LF
    one): it must count exactly what `\\X` finds, on any text."""
    import regex

    from bot.text import graphemes

    assert graphemes(text) == len(regex.findall(r"\X", text))
