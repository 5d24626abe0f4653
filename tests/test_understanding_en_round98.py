"""English classes of session 55 (en55), chosen on the tuning halves of rounds 96–97:
Scots "nae mair" (no more) asking to stop the messages, and Northern English "nowt"
(nothing) saying a step is not done, words the walkthrough's own phrases read (its
`spellings` would change the second opinion's features); "yer a star" / "ur a star" (you're
a star) thanking, not naming the favourites' star; the member's posts named by what they
are ("the match reports we've posted over the years", "6 years of recipes posted"), words
otherwise off topic, with "we've" read as "i have" as "we" reads as "i"; "guide me through
the move from the beginning" in a DM asking to start; "where I will find it?" (a question
word before "I will") asking how; a language said to be easier ("spanish would be easier
for my mum") asking for it; the alias's claim drawn from the report with "so" and not asked
("alias done so followers moving now"), the myth, not the step done. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("nae mair reminders please", "dm"),
        ("nae mair messages ta", "followers"),
        ("nae mair dms, cheers", "dm"),
        ("aye nae mair reminders", "import"),
    ],
)
def test_scots_no_more_messages(text: str, where: str) -> None:
    """Scots "nae mair" is "no more": "nae mair reminders" asks to stop them."""
    assert read_row({"text": text, "where": where}).command == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("nowt done yet, at work", "profile"),
        ("nowt yet, busy day", "archive"),
        ("sorry nowt done on it", "alias"),
        ("done nowt yet tbh", "export"),
        ("nowt downloaded yet", "download"),
    ],
)
def test_northern_nowt_not_done(text: str, where: str) -> None:
    """Northern English "nowt" is "nothing": "nowt done yet" at a step is not yet."""
    assert read_row({"text": text, "where": where}).command == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("cheers, yer a star", "followers"),
        ("ta, ur a star", "dm"),
        ("thanks so much your a star", "public"),
        ("yer a star, ta", "import"),
    ],
)
def test_youre_a_star_thanks(text: str, where: str) -> None:
    """ "Yer a star" / "ur a star" (you're a star) thanks: the star is praise, not a
    favourite."""
    got = read_row({"text": text, "where": where})
    assert got.command is None
    assert got.understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "do the recipes we've posted over the years come with us",
        "10 years of match reports posted, do they move?",
        "will the reviews i posted over the years come along",
        "the match reports we have posted over the years, will they move to the new server?",
        "5 years of recipes posted here, what happens to them when i move",
    ],
)
def test_posts_named_by_what_they_are(text: str) -> None:
    """The member's posts named by what they are, words otherwise off topic ("recipes",
    "reports"), told as posted over the years: the posts."""
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "please guide me through the move from the beginning",
        "walk me through moving my account from the very beginning",
        "can you take me through the whole move from the start",
        "guide me through the migration from the beginning please",
    ],
)
def test_guidance_from_the_beginning_starts(text: str) -> None:
    """In a DM with no step waiting, "guide me through the move from the beginning" asks
    for the walkthrough: where it begins, not a walkthrough started over."""
    assert read_row({"text": text, "where": "dm"}).command == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("where I will find it?", "ask_new_handle"),
        ("sorry, where i will find my handle?", "ask_old_handle"),
        ("how I will do this?", "alias"),
        ("where i will find the csv files?", "export"),
        ("ok but where I will find the button?", "move"),
    ],
)
def test_question_word_before_i_will_asks_how(text: str, where: str) -> None:
    """ "Where I will find it?": a question word before "I will" (a statement's word
    order, as many learners ask) asks how to do the step, not the promise "I will find
    it" (later)."""
    assert read_row({"text": text, "where": where}).command == "how"


@pytest.mark.parametrize(
    ("text", "where", "code"),
    [
        ("spanish would be easier for my mum who reads along", "dm", "es"),
        ("french is simpler for me", "dm", "fr"),
        ("german would be easier tbh", "profile", "de"),
        ("spanish would be more comfortable for my dad", "dm", "es"),
        ("japanese would be easier for my partner, she's helping me", "dm", "ja"),
    ],
)
def test_language_named_as_easier(text: str, where: str, code: str) -> None:
    """A language opening the message and said to be easier ("spanish would be easier
    for my mum"): the preference asks for replies in it."""
    assert read_row({"text": text, "where": where}).command == f"language:{code}"


@pytest.mark.parametrize(
    "text",
    [
        "alias done so followers moving now",
        "alias made, so my followers are transferring now",
        "ok made the alias so the followers are on their way",
        "alias added so my followers are moving over now",
        "alias is set up so followers transferring now",
    ],
)
def test_alias_claim_drawn_from_the_report(text: str) -> None:
    """The alias reported made, then "so followers moving now" with no question: the claim
    that the alias starts the transfer, drawn from the report, outranks the report (LABELS.md:
    the myth)."""
    got = read_row({"text": text, "where": "alias"})
    assert got.command is None
    assert got.understanding.kind == "myth"
    assert set(got.understanding.myths) == {"alias_starts_transfer"}
