"""Classes of English phrasing behind round 7's tuning misses (issue 12), mostly the SET of
subjects a message names: a subject named only in a condition, a word that names where
something shows or what a form asks for, a whether-question beside a how-question. Each
example is my own phrasing of the class, read as a first contact the way the question sets
score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import first_contact, is_right, subjects_of


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
        ("tell me if my lists and my filters come along when i move", {"lists", "filters"}),
        # "with me if ..." is a condition ("tell me if" is not); the closing is the when.
        ("do my followers stay with me if my server shuts down later?", {"followers"}),
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


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Whether a list moves, and if not how to bring it over: both asked.
        (
            "will the accounts i follow come over, and if not, how do i get them back?",
            {"follows", "import"},
        ),
        ("are lists kept? if not how can i bring them to the new account", {"lists", "import"}),
        ("do blocks transfer automatically or if not how do i import them", {"blocks", "import"}),
        ("how do i re-add my lists on the new account?", {"import"}),
        ("does my following list come with me or do i have to find everyone again", {"follows"}),
        # "if so", "if possible": a condition of two words, the rest still asks.
        ("do my posts move? if so, all of them?", {"posts"}),
    ],
)
def test_whether_it_moves_and_how_to_bring_it_over(text, subjects):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        # Where a step is done, not running two accounts; going on using the old account
        # ("it") keeps both (LABELS.md), what the move makes of it is the old account's.
        ("on which of my two accounts do I make the alias?", "public", {"alias"}),
        ("can I have two accounts at the same time?", "public", {"keep_both_accounts"}),
        (
            "once I've moved, can I keep using it to read my timeline?",
            "public",
            {"keep_both_accounts"},
        ),
        (
            "can I keep posting from my old account after the move?",
            "public",
            {"keep_both_accounts"},
        ),
        (
            "does the move make my old account read-only, or can I keep posting from it?",
            "public",
            {"old_account"},
        ),
        (
            "can i keep using the old account alongside the new one?",
            "public",
            {"keep_both_accounts"},
        ),
        # "remove it" after the alias is the alias; a redirect's needs are the redirect's.
        ("can i delete the alias later or does it have to stay?", "public", {"alias"}),
        ("after moving can i delete my old account?", "public", {"delete_old_account"}),
        (
            "does setting up a redirect require an alias on the new account first?",
            "public",
            {"redirect_only"},
        ),
        (
            "what's the difference between an alias and a redirect?",
            "public",
            {"alias", "redirect_only"},
        ),
        (
            "what's the difference between the alias and the move itself?",
            "public",
            {"alias", "move"},
        ),
        # The archive as the place a thing is taken from.
        ("can I get my old header image back from my archive?", "profile", {"profile"}),
        # Everyday words for the overview, the old account, mentions and a notice.
        ("which of my things come with me and which stay behind?", "public", {"overview"}),
        ("what happens to my old work account after I move?", "public", {"old_account"}),
        (
            "will replies addressed to my old account still reach me after the move?",
            "public",
            {"old_account_mentions"},
        ),
        (
            "can I put up a notice on my old profile sending people to my new one without moving followers?",
            "public",
            {"redirect_only"},
        ),
        ("are the notify flags in the csv respected on import?", "public", {"import"}),
    ],
)
def test_what_a_rule_or_a_word_leaves_is_the_question(text, where, subjects):
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # A language asked for in the first sentence of a longer message; a language only
        # named there is no request.
        (
            "Can you reply in German from now on? My partner reads along and she prefers German, thanks so much.",
            "dm",
            "language:de",
        ),
        ("can you speak spanish with me, my english is not great honestly", "dm", "language:es"),
        ("what else can you help me with", "dm", "help"),
        ("what else can you do besides walking me through this", "alias", "help"),
        ("wat now", "dm", "status"),
        ("any sign of my followers coming over?", "followers", "progress"),
    ],
)
def test_a_command_in_chat_words_or_after_its_first_sentence(text, where, command):
    got = first_contact({"text": text, "where": where})[1]
    assert got.command == command, got


def test_a_language_only_named_in_a_longer_message_is_no_request():
    text = "My interface is in English but my posts are mostly in French. Will my posts come along when I move?"
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "the form wants the handle of the new account, is that with the @ or without?",
        "it asks for the handle of the target account, do I include the server?",
    ],
)
def test_when_the_rules_take_the_strongest_subject_the_weaker_one_is_asked(text):
    # No username question: the move, named only weakly ("the new account"), is what the
    # member at the move step asks about.
    row = {"text": text, "where": "move", "subjects": ["move"]}
    assert is_right(row, first_contact(row)[1]), first_contact(row)[1]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # A phrase does not run across a sentence's end ("what?? server" is no "what server").
        (
            "New account is ready. Now what? server shuts down in a week, tell me the next thing to do",
            {"move"},
        ),
        ("I'm ready. Which? server or account first, where do i start the move", {"move"}),
        # Someone else's wish to move is a question about the move, not a wish to start.
        ("my friend wants to move her account to my server, what does she need to do?", {"move"}),
    ],
)
def test_a_phrase_within_one_sentence_and_a_wish_that_is_the_members_own(text, subjects):
    assert subjects_of(text) == subjects


def test_the_members_own_wish_still_starts():
    got = first_contact({"text": "I'd like to migrate to a new server, can you help?"})[1]
    assert got.command == "start", got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # The member's own skills with computers are no website-or-app question.
        (
            "I am not terribly quick with computers. Roughly how long should I set aside for the whole business of moving?",
            {"duration"},
        ),
        ("not great with tech tbh, how long would the whole move take me?", {"duration"}),
        # The CSV's format is the export's question, whichever list it holds.
        ("What's the exact format of the follows CSV export, header row and all?", {"csv_export"}),
        # "I worked so hard for them" is no report that the move worked.
        ("pls tell me i won't lose my followers 😭 i worked so hard for them", {"followers"}),
        # What gets nuked in the move is what is lost, not deleting the account.
        ("ok what actually comes with me and what gets nuked when i move", {"overview"}),
    ],
)
def test_a_word_of_the_story_does_not_name_another_subject(text, subjects):
    assert subjects_of(text) == subjects
