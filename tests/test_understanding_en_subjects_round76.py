"""English classes of session 43 (en-subjects), chosen on the tuning halves of rounds 58-75:
a single-subject public question read as another subject. The phrasings are the tuner's
own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "what's the domain blocks export called",
        "what is the mutes file called on the export page",
        "whats the name of the blocks csv",
        "what is the lists export named",
        "what do they call the bookmarks file in the export",
    ],
)
def test_what_a_lists_file_is_called(text: str) -> None:
    """ "what's the domain blocks export called": the name of a list's file is a question
    about the Export page (LABELS.md: csv_export whatever list the file holds), not
    whether that list moves (intents/en.toml: the "which file" rule's cues)."""
    assert subjects_of(text, "public") == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "will our @ change? it's painted on the side of the van",
        "does our @ stay the same after we move",
        "will their @ change when they move? it's on all the club shirts",
        "our @ is painted on the shop window, will it change",
    ],
)
def test_our_at_sign_is_the_handle(text: str) -> None:
    """ "will our @ change?": an "@" after "our" / "their" is the account's handle as after
    "my" (intents/en.toml at_owners); "painted" is no typo of "printed"."""
    assert subjects_of(text, "public") == {"username"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("paano po i-export yung follows ko?", {"csv_export"}),
        ("ano mangyayari sa followers ko pag nag-move ako", {"followers"}),
        ("gaano katagal bago dumating yung followers ko", {"follower_timing"}),
    ],
)
def test_taglish_question_words(text: str, subjects: set[str]) -> None:
    """Taglish (Filipino English): "paano" / "pano" is "how", "ano" "what", "gaano
    katagal" "how long", and the particles "po", "yung", "ang", "mga", "ng", "ko" carry no
    subject (intents/en.toml [text] rewrite), so "paano i-export yung follows ko" asks how
    to export as "how do I export my follows" does."""
    assert subjects_of(text, "public") == subjects


@pytest.mark.parametrize(
    "text",
    [
        "people i follow with locked accounts, do they have to approve me again",
        "the locked accounts i follow, do i have to request them all over again",
        "will the accounts i follow that are locked have to approve me all over again",
    ],
)
def test_locked_accounts_the_member_follows(text: str) -> None:
    """ "will people I follow who have locked accounts have to approve me again?": the lock
    is theirs, so it asks what becomes of the follows, not the member's own locked new
    account (intents/en.toml: a rule on locked_account said of those followed)."""
    assert subjects_of(text, "public") == {"follows"}


@pytest.mark.parametrize(
    "text",
    [
        "are my followers even moving",
        "r my followers even moving rn",
        "are the followers moving yet",
        "are my followers moving at all? pressed the button 2 days ago",
        "are my followers even coming, been a day",
    ],
)
def test_are_my_followers_even_moving(text: str) -> None:
    """ "are my followers even moving?": followers said to be moving now, with "even", "yet"
    or "at all", asks how the move goes (LABELS.md: move_progress in public), not whether
    followers move (intents/en.toml move_progress)."""
    assert subjects_of(text, "public") == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "got 500 followers from my recipe posts, do they all come with me",
        "got most of my followers thanks to my art posts, will they come along",
        "I GOT 900 FOLLOWERS FROM MY FISHING POSTS. ARE THEY ALL COMING WITH ME OR WHAT",
        "most of my followers came from my garden posts, are they all coming with me",
        "my followers are mostly from my knitting posts, do they move with me",
    ],
)
def test_posts_that_brought_the_followers(text: str) -> None:
    """ "got 2000 followers from my cattle sale posts, are they all coming with me?": the
    posts said as where the followers came from are the story, not asked about
    (intents/en.toml: a rule dropping posts)."""
    assert subjects_of(text, "public") == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "I follow loads of photographers, do they come over when i move",
        "i follow about 400 photographers here, will they come along with me when i move",
        "most people i follow are photographers, do they move with me",
    ],
)
def test_photographers_followed(text: str) -> None:
    """ "I follow 900 photographers, do they come along?": the people followed named by
    their trade; "photographer" is no misspelt "photograph" (intents/en.toml plain_words)."""
    assert subjects_of(text, "public") == {"follows"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "pwede ko pa ba gamitin yung dati kong account para mag post minsan?",
            {"keep_both_accounts"},
        ),
        ("puwede pa ba mag post sa dati kong account", {"keep_both_accounts"}),
        ("ano mangyayari sa dati kong account pag nag-move ako", {"old_account"}),
        ("wala pa akong new account, anong server ang maganda?", {"choose_server"}),
    ],
)
def test_taglish_old_account_and_can(text: str, subjects: set[str]) -> None:
    """Taglish: "pwede" is "can", "pa" "still", "dati" "old" ("dati kong account": my old
    account), "anong" "what", "maganda" "good", "wala" "no" (intents/en.toml [text]
    rewrite): "pwede ko pa ba gamitin yung dati kong account" asks to go on using the old
    account (LABELS.md: keep_both_accounts)."""
    assert subjects_of(text, "public") == subjects
