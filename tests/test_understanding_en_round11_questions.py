"""Classes of English questions and myths behind round 11's tuning misses (issue 12): a
reason for moving told as background beside what is asked, a change of mind that asks
about the cooldown, a move asked "automatically or must I tell them", a list wanted "as a
file", the move started in other words once the alias is made, a tiny follower count
asking whether to move, boosts on one's posts, and claims that something "goes along" or
"arrives on the new server". Each example is my own phrasing of the class, read as a first
contact the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import first_contact, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "our instance is shutting down in a month, will my followers come with me?",
        "my server closes next week. do my followers move over to the new account?",
        "The admin is closing the server in May. Do the people who follow me transfer"
        " automatically?",
        "server going offline soon :( will my followers follow me to the new account",
        "we got two weeks notice that the instance shuts down, will my followers still be"
        " with me after",
    ],
)
def test_a_closing_server_told_as_background_leaves_the_followers_question(text: str):
    # LABELS.md: a reason for moving given as background is not a subject.
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "my old instance is closing at the end of june, how long does the whole move take?",
            "duration",
        ),
        ("our server is closing soon, how long does the move itself take", "duration"),
        (
            "our server closes in december. can i still log in to the old account after moving?",
            "old_account",
        ),
        (
            "the instance is going away next month. what happens to my old account afterwards?",
            "old_account",
        ),
        (
            "since my server is closing, should I delete my old account after the move?",
            "delete_old_account",
        ),
        (
            "server shutting down in 3 weeks, can i delete the old one right after moving or"
            " should i wait",
            "delete_old_account",
        ),
        ("server is closing. will my followers be notified that I moved?", "notifications"),
        (
            "our instance shuts down next month, does anyone get a notification when i move?",
            "notifications",
        ),
    ],
)
def test_a_closing_server_told_as_background_leaves_what_is_asked(text: str, subject: str):
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "I have 12 followers, worth moving or start fresh?",
        "9 followers total. is migrating worth it or better to start over?",
        "should i move my 15 followers or just start fresh",
    ],
)
def test_worth_moving_or_starting_fresh_is_whether_to_move(text: str):
    assert subjects_of(text) == {"whether_to_move"}


@pytest.mark.parametrize(
    "text",
    [
        "what if I regret it, can I move again the next day?",
        "Say I hate the new server, could I switch again a week later?",
        "if i change my mind after moving can i move a second time straight away",
        "I don't like the new instance, can I move again immediately?",
        "if i end up regretting it could i migrate again right after",
    ],
)
def test_moving_again_soon_after_a_change_of_mind_is_the_cooldown(text: str):
    assert subjects_of(text) == {"cooldown"}


@pytest.mark.parametrize(
    "text",
    [
        "will my followers move by themselves or should I let them know?",
        "do the people following me switch over automatically, or must I inform them?",
        "does my audience come along automatically or do I have to announce it",
        "will my followers transfer on their own or do i have to tell them myself",
    ],
)
def test_followers_moving_automatically_or_told_by_hand_is_about_followers(text: str):
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "where can I download my follows as file",
        "is there a place to download the people I follow in a file",
        "where do I get my blocked accounts as a file",
        "how can i download my mutes into a file",
    ],
)
def test_a_list_wanted_as_a_file_is_the_export_page(text: str):
    # LABELS.md: how to get the CSV is csv_export, whatever list the file holds.
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "ok alias is set, how do i kick off the migration",
        "I made the alias. How do I trigger the move now?",
        "done with the alias, now how do I launch the move",
        "the alias is in place, what do I do to set the move in motion",
        "created the alias already, how do i initiate the migration",
    ],
)
def test_starting_the_move_in_other_words_after_the_alias_is_the_move(text: str):
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "i have like 30 followers only, is it even needed to move?",
        "I've got 25 followers only, is moving necessary?",
        "with 50 followers only, is it needed?",
        "my grandma has 20 followers only, is a move really needed",
    ],
)
def test_a_handful_of_followers_and_is_it_needed_is_whether_to_move(text: str):
    assert subjects_of(text) == {"whether_to_move"}


@pytest.mark.parametrize(
    "text",
    [
        "will the boosts on my old posts still count after i move?",
        "do the favourites on my toots stay with them when I switch?",
        "the boosts my posts got, are they lost?",
        "what happens to all the likes my old toots got",
    ],
)
def test_boosts_and_favourites_of_ones_posts_are_boosts_favourites(text: str):
    assert subjects_of(text) == {"boosts_favourites"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("my blocks are going along with me anyway, right", "blocks_move_automatically"),
        ("I read my posts arrive on the new account a few days later", "posts_move_automatically"),
        ("my posts should arrive on my new account eventually, right?", "posts_move_automatically"),
        ("my muted people go along to the new server on their own", "mutes_move_automatically"),
    ],
)
def test_a_claim_that_something_goes_along_or_arrives_is_a_myth(text: str, myth: str):
    assert myth in myths_of(text)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("do my followers move? and also what about my bookmarks", {"followers", "bookmarks"}),
        ("do my posts move? and also what about my lists", {"posts", "lists"}),
        ("will my blocks transfer? but also how about my mutes", {"blocks", "mutes"}),
        (
            "do my pinned posts stay pinned? oh and also what about the people i follow",
            {"pinned_posts", "follows"},
        ),
    ],
)
def test_a_second_question_after_several_conjunctions_still_asks(text: str, subjects: set):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("is there a cooldown after moving and can i move back later?", {"cooldown", "move_back"}),
        (
            "how long is the waiting period between moves, and can I return to my old server?",
            {"cooldown", "move_back"},
        ),
        (
            "can i keep both accounts and will my followers come along?",
            {"keep_both_accounts", "followers"},
        ),
        (
            "do my followers move, and can I keep using the old account too?",
            {"followers", "keep_both_accounts"},
        ),
    ],
)
def test_two_questions_joined_by_and_keep_both_subjects(text: str, subjects: set):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "are my followers-only toots in the archive?",
        "will the archive include my private followers only posts?",
        "do followers-only posts end up in the backup zip",
    ],
)
def test_followers_only_posts_in_the_archive_are_followers_only_posts(text: str):
    assert subjects_of(text) == {"followers_only_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "I printed my handle on business cards and stickers, will people still find me after"
        " the move?",
        "my profile link is printed on my flyers, will people still find me?",
        "there are leaflets with my mastodon address on them, can people still find me after"
        " I move",
    ],
)
def test_printed_links_to_the_old_profile_are_external_links(text: str):
    assert subjects_of(text) == {"external_links"}


@pytest.mark.parametrize(
    "text",
    [
        "the mods ignored all my reports so I'm leaving. what comes with me?",
        "I keep getting hit by trending hashtag spam here, so I'm moving. what do I lose?",
        "the admin won't let me use custom emoji anymore, I'm out. what moves and what stays?",
        "my two factor codes stopped working and support is slow. anyway, what transfers when"
        " I move?",
    ],
)
def test_an_off_topic_story_before_an_on_topic_question_is_no_dead_end(text: str):
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "I want to add alt text to my images. Can you help?",
        "my reports go nowhere. what's the weather like?",
        "how do I add alt text to images?",
    ],
)
def test_an_off_topic_question_after_a_story_stays_off_topic(text: str):
    got = first_contact({"text": text, "where": "public"})[1]
    assert got.command is None and got.understanding.kind == "unknown", got


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "need to grab the archive in 2 days or it expires right? going on holiday tomorrow",
            "download_within_48_hours",
        ),
        (
            "my blocks move automatically right? just checking before I go",
            "blocks_move_automatically",
        ),
        ("my posts move along with me yes? I have a lot of them", "posts_move_automatically"),
        (
            "the archive is only available for 48 hours so i must download it fast??",
            "download_within_48_hours",
        ),
        (
            "the export link expires after 48 hours so I need to be quick?",
            "download_within_48_hours",
        ),
    ],
)
def test_a_claim_closed_by_a_tag_or_a_so_i_must_is_a_myth(text: str, myth: str):
    assert myth in myths_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my daughter set up my new account. she said I need to do something on my old one."
        " what is it?",
        "the new account is ready, what do I have to do on my old account now?",
        "what's the thing I need to click on my old account?",
        "new one is made. anything to do in the old account?",
    ],
)
def test_what_to_do_on_the_old_account_is_the_move(text: str):
    # The move starts on the OLD account with "Move followers" (the alias is on the new).
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("i moved and now my home timeline is empty", "follows"),
        ("since I moved my avatar is missing", "profile"),
        ("i moved and my posts are not on the new account", "posts"),
    ],
)
def test_a_problem_told_after_ones_own_move_is_no_claim(text: str, subject: str):
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("my blocked list is on the new account already, right?", "blocks_move_automatically"),
        ("i moved so my follows are on the new account now", "follows_move_automatically"),
    ],
)
def test_a_claim_that_something_is_on_the_new_account_is_a_myth(text: str, myth: str):
    assert myth in myths_of(text)


def test_which_one_without_a_question_mark_asks():
    assert subjects_of("new acc old acc which one alias") == {"alias"}


def test_links_told_before_asking_what_visitors_see_is_what_others_see():
    text = "my bio links to my website. what do people see on my old profile after I move?"
    assert subjects_of(text) == {"what_others_see"}


@pytest.mark.parametrize(
    "text",
    [
        "you set up the alias on the account you're leaving, that's how it works",
        "the alias goes on the account I'm moving away from",
        "make the alias on the one you are moving from, then hit move",
    ],
)
def test_the_alias_on_the_account_one_leaves_is_the_old_account_myth(text: str):
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("do my posts come with me? if not, is there a tool for that?", {"posts", "repost_tools"}),
        (
            "does my post history move over, otherwise is there some tool?",
            {"posts", "repost_tools"},
        ),
        ("what happens to my profile and my pinned posts?", {"profile", "pinned_posts"}),
    ],
)
def test_a_second_question_after_if_not_or_and_keeps_the_first(text: str, subjects: set):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "i imported my follows but only half showed up",
        "the import said it worked but my lists are empty",
        "import of blocks failed with an error, what now",
        "can I import my follows into an account that already follows people?",
        "the mute import finished but nobody is muted on the new account",
    ],
)
def test_how_an_import_went_is_the_import_whatever_list_it_held(text: str):
    # LABELS.md: importing the lists is `import`; "do they move" is the list's own subject.
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "what do I put in the handle field when creating the alias?",
        "what goes in the field when I create the alias, the full handle?",
    ],
)
def test_the_field_of_the_alias_form_is_the_alias(text: str):
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    "text",
    ["will my mutuals come with me", "i have 300 mutuals, do they transfer when i move"],
)
def test_mutuals_are_followers_not_mutes(text: str):
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "will my followers move and will they get notified?",
        "do my followers come along and do they get a notification about it?",
        "will my followers transfer and will they be told about it",
    ],
)
def test_whether_followers_move_and_whether_they_are_told_asks_both(text: str):
    assert subjects_of(text) == {"followers", "notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "will replies to my old posts still reach me?",
        "will comments on my old toots still get to me after moving",
    ],
)
def test_replies_to_old_posts_reaching_me_are_old_account_mentions(text: str):
    assert subjects_of(text) == {"old_account_mentions"}
