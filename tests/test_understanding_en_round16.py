"""Classes of English phrasing behind round 16's public tuning misses (issue 12): posts
made only for followers told in words ("things I posted just for my followers"); the
archive and the CSVs asked about together ("do I need both, or is one enough"); what the
bot can help with asked as "what sort of things" or "a list of commands"; the account
ordered deleted with a reason after it ("delete my account pls im done with all this");
a claim put back to the bot with "so ...?" to confirm it ("so all my followers have to
refollow me by hand??"); a claim closed by a regional tag ("..., ent?", "innit").
Each example is my own phrasing of the class, read as a first contact the way the
question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of

# The tables read these right; the second opinion, trained before them, overrules them
# until the lead retrains it on these probes.
_OVERRULED = pytest.mark.xfail(strict=True, reason="overruled until retrained")


@pytest.mark.parametrize(
    "text",
    [
        "some of my toots were only for my followers, what happens to them after the move",
        "I shared a few pics just with my followers. will those survive the migration?",
        "the posts I limited to my followers, do they go with me",
        "what about stuff I posted only to my followers",
        "a few posts were restricted to followers, are they lost when I switch servers",
        "I wrote some things just for my followers, where do they end up after moving",
    ],
)
def test_posts_made_only_for_followers_in_words_are_followers_only_posts(text: str):
    assert subjects_of(text) == {"followers_only_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "should I get the archive and the CSV files too, or just one of them?",
        "do I need both the archive and the csv export",
        "is the archive enough or do I also need the CSV files",
        "do I want the csv files and the archive, or will one of them do",
        "do i grab the csvs as well as the archive or is that overkill",
    ],
)
def test_the_archive_and_the_csvs_asked_together_are_both(text: str):
    assert subjects_of(text) == {"archive", "csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "what sort of things can you help me with",
        "what kinds of things can this bot help with?",
        "what kind of stuff can you help with",
        "is there a list of commands I can use?",
        "got a list of your commands anywhere",
        "what sort of things does this bot do",
    ],
)
def test_what_the_bot_can_help_with_in_other_words_is_help(text: str):
    assert command_of(text, "public") == "help"


@pytest.mark.parametrize(
    "text",
    [
        "delete my account pls im done with all this",
        "delete my account, I've had enough of this place",
        "please delete my account i am sick of it",
        "remove my account pls, im leaving for good",
        "erase my account, not coming back",
    ],
)
def test_the_account_ordered_deleted_with_a_reason_after_asks_which(text: str):
    assert command_of(text, "public") == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("so everyone who follows me has to follow me again manually??", "followers_must_refollow"),
        ("so my followers need to refollow the new account by hand?", "followers_must_refollow"),
        (
            "so i just upload my archive on the new server and my toots are back?",
            "posts_can_be_imported",
        ),
        ("ok so my posts get copied over to the new account?", "posts_move_automatically"),
        ("wait so my blocks move over automatically?", "blocks_move_automatically"),
        ("so the people I follow come along by themselves?", "follows_move_automatically"),
    ],
)
def test_a_claim_put_back_with_so_to_confirm_it_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("my followers all have to follow me again by hand, ent?", "followers_must_refollow"),
        ("my posts move over to the new account innit", "posts_move_automatically"),
        ("my mutes move over automatically, init?", "mutes_move_automatically"),
        ("the archive can be imported on the new server, ennit?", "posts_can_be_imported"),
    ],
)
def test_a_claim_closed_by_a_regional_tag_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "I logged into my old account and made the alias there. What comes next?",
        "went to my old profile and added the alias like the guide said. now what",
        "Signed in to my old account and created an alias pointing at the new one. Next step?",
        "I went into the old account settings and set up the alias. what now?",
    ],
)
def test_the_alias_made_after_going_to_the_old_account_is_that_myth(text: str):
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "made the alias on the new one, so my followers are moving across now?",
        "I added the alias last night, so the followers should be moving over already?",
        "alias is set up on the new account, so my followers are on their way?",
        "created the alias yesterday, so everyone who follows me is transferring now?",
    ],
)
def test_a_claim_put_back_with_so_after_a_told_clause_is_that_myth(text: str):
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "why is my new profile so empty",
        "why's my new page so bare",
        "how come my new account is completely blank",
        "new profile is empty, why?",
        "why does my new profile look so empty after the move",
    ],
)
def test_why_the_new_profile_is_empty_is_why_posts_stay(text: str):
    assert subjects_of(text) == {"why_no_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "what will become of the old profile once I move",
        "what's the fate of my old account",
        "what happens to the account I'm leaving",
        "what does my old account turn into after the move",
        "what happens to the profile I'm moving away from",
    ],
)
def test_what_becomes_of_the_old_account_is_the_old_account(text: str):
    assert subjects_of(text) == {"old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "can I hold on to both profiles",
        "can I keep both profiles going",
        "is it ok to have two profiles, old and new",
        "could I run two profiles, the old one and the new one",
    ],
)
def test_two_profiles_kept_is_keeping_both_accounts(text: str):
    assert subjects_of(text) == {"keep_both_accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "how do i get my lists out of the old account",
        "how can I get my mutes out",
        "whats the way to get my block and mute lists out",
        "how do I get my bookmarks out of here",
        "where can i get my follows out before i go",
    ],
)
def test_getting_a_list_out_is_the_export(text: str):
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("do my avatar and my lists transfer", {"profile", "lists"}),
        ("does my banner and my follows list move over", {"profile", "follows"}),
        ("my bio and my mutes, do they transfer", {"profile", "mutes"}),
        ("do my avatar and bookmarks come with me", {"profile", "bookmarks"}),
        ("are my bio and lists copied over", {"profile", "lists"}),
    ],
)
def test_two_things_named_side_by_side_are_both_asked(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("according to my friend the alias goes on the old account?", "alias_on_old_account"),
        (
            "someone on here mentioned posts come across automatically, is that so?",
            "posts_move_automatically",
        ),
        ("word is that mutes transfer on their own?", "mutes_move_automatically"),
        ("a tutorial claimed your follows get copied over?", "follows_move_automatically"),
        ("I assume my blocks move automatically?", "blocks_move_automatically"),
        ("I figured the archive can be imported into the new account?", "posts_can_be_imported"),
        ("my cousin reckons the bio gets copied across?", "name_bio_copied"),
    ],
)
def test_a_claim_told_from_a_source_or_assumed_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("i just need to know if my lists move and if my bookmarks move", {"lists", "bookmarks"}),
        ("tell me if my followers come along and if my posts do", {"followers", "posts"}),
        (
            "let me know if my filters move and if my domain blocks move",
            {"filters", "domain_blocks"},
        ),
        ("I WANT TO KNOW IF MY DMS MOVE AND IF MY LISTS MOVE", {"direct_messages", "lists"}),
    ],
)
def test_a_second_if_after_and_asks_as_the_first_did(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "will my handle stay the same and what will people see on my old profile",
        "can I keep my username and what do followers see when they visit the old one",
        "does my username change and what does the old page show",
        "can i keep my @ and what will ppl see on the old account",
    ],
)
def test_the_username_then_and_what_others_see_is_both(text: str):
    assert subjects_of(text) == {"username", "what_others_see"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "I want to take all my stuff along. My friend said the posts move over by "
            "themselves. Is that right?",
            "posts_move_automatically",
        ),
        (
            "Hoping to move this weekend. I read that mutes transfer automatically.",
            "mutes_move_automatically",
        ),
        (
            "We're planning to move next month. Apparently our blocks come along on their own?",
            "blocks_move_automatically",
        ),
        (
            "I want to bring everyone I follow. I heard follows are copied over automatically, true?",
            "follows_move_automatically",
        ),
    ],
)
def test_a_claim_stated_beside_a_wish_in_another_sentence_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "where do i type the old account name on the new one",
        "where does my old account's name go on the new account",
        "whr do i enter the old handle in the new acct",
        "wher do i put my old acount name on the new profile",
    ],
)
def test_where_the_old_accounts_name_goes_on_the_new_one_is_the_alias(text: str):
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("I was told my photos stay behind when I move. Is that correct?", "posts"),
        ("someone said my posts remain on the old server when I migrate, true?", "posts"),
        ("heard my blocks are left behind when you move, correct?", "blocks"),
        ("apparently my mutes stay on the old account when I move?", "mutes"),
        ("my friend says the accounts I follow stay behind when I switch, right?", "follows"),
    ],
)
def test_what_stays_behind_when_i_move_is_no_claim_that_it_moves(text: str, subject: str):
    assert subjects_of(text) == {subject}
