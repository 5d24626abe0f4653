"""Classes of English phrasing behind round 7's tuning misses (issue 12), mostly the SET of
subjects a message names: a subject named only in a condition, a word that names where
something shows or what a form asks for, a whether-question beside a how-question. Each
example is my own phrasing of the class, read as a first contact the way the question sets
score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import first_contact


def subjects_of(text: str, where: str = "public") -> set[str]:
    got = first_contact({"text": text, "where": where})[1]
    assert got.command is None and got.understanding.kind == "question", got
    return set(got.understanding.subjects)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "what happens to my followers only posts once the server shuts down?",
            {"followers_only_posts"},
        ),
        ("are my bookmarks lost when the instance goes offline for good?", {"bookmarks"}),
        ("can i still read my dms after the old server is gone?", {"direct_messages"}),
        ("is the archive still downloadable after my server has vanished?", {"archive"}),
        # "if" after a verb of knowing asks whether: no condition there.
        ("need to know if my mutes and blocks transfer when i move", {"mutes", "blocks"}),
    ],
)
def test_a_subject_named_only_in_a_condition_gives_way(text, subjects):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        # A handle typed into a form is not the question whether the name is kept.
        (
            "misskey asks for the handle of my old account, which format is that?",
            "public",
            {"other_software"},
        ),
        ("where do I type the handle of the new account to start the move?", "public", {"move"}),
        ("will my handle stay the same after moving?", "public", {"username"}),
        # The profile as the place something shows.
        ("will my pinned toots show up on my new profile?", "public", {"pinned_posts"}),
        ("will my bio and avatar be on my new profile?", "public", {"profile"}),
        # The password field at the move step is the move form's.
        (
            "what goes in the password field? my account uses single sign-on",
            "move",
            {"sso_no_password"},
        ),
        (
            "why is there a password field, i log in through my work's sso",
            "move",
            {"sso_no_password"},
        ),
        # Which CSV holds a list is the export; the export table lacking a thing is no question about it.
        ("which csv is the one for the people I follow?", "public", {"csv_export"}),
        ("can i export my follows?", "public", {"follows"}),
        (
            "followed hashtags aren't in the export list, can i move them somehow?",
            "public",
            {"followed_hashtags"},
        ),
        # A server's domain is not a domain block.
        (
            "my server's domain doesn't load any more, can I still set up the redirect?",
            "public",
            {"old_server_gone"},
        ),
        (
            "the instance won't even load anymore, can I still move my followers?",
            "public",
            {"old_server_gone"},
        ),
        # "only ... followers" about followers-only posts is not the followers' timing.
        (
            "do followers-only posts stay visible only to the followers I had on the old account?",
            "public",
            {"followers_only_posts"},
        ),
    ],
)
def test_a_word_naming_where_or_what_a_form_asks_adds_no_subject(text, where, subjects):
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # The wait between the alias and the move is the duration, not the cooldown.
        ("once the alias exists is there a waiting period before i can move?", {"duration"}),
        ("is there a waiting period before I can move again?", {"cooldown"}),
    ],
)
def test_the_wait_after_the_alias_is_the_duration(text, subjects):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Tools told of, and hashtags followed, are no claim that posts or follows move.
        (
            "a friend says there are tools that copy all your old toots to the new account, which one is best?",
            {"repost_tools"},
        ),
        ("i follow tons of hashtags do those move too", {"followed_hashtags"}),
        ("my bookmarks csv is just a list of post links, is that normal?", {"bookmarks"}),
    ],
)
def test_what_is_told_of_a_tool_a_hashtag_or_a_csv_is_no_myth(text, subjects):
    assert subjects_of(text) == subjects
