"""Classes of English phrasing behind round 21's public tuning misses (issue 12): the
profile in homely words ("set up my little picture and name again"); why posts cannot be
imported said with words between ("why is there still no native post import"), also
beside the tools that re-post them; the old account's mentions asked as "will I see those
mentions"; how long followers take asked after a move as "how long till they all
arrive"; "are people following the new account yet" as how the move is going; a second
question asked inside a condition ("and if I hate it there can I go back"); a list said
to "follow me over" as a claim ("my mutes will follow me over"); another service's
features asked about ("does Bluesky let you export your posts"); a negative question
that takes a myth for granted ("don't my followers have to refollow me?"); a number glued
to its unit ("expires after 48hrs"); two questions in sentences of their own where one
rule would drop a subject ("what happens to my old account? can I delete it?"). Each
example is my own
phrasing of the class, read as a first contact the way the question sets score; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "will i need to set up my picture and name again on the new one",
        "do I have to redo my little picture and my name after moving",
        "does my name and picture come along or do i put them in again",
        "my picture and my name, are they copied to the new account",
        "after the move do I set my name and photo up again myself",
    ],
)
def test_the_profile_in_homely_words_is_the_profile(text: str):
    assert subjects_of(text) == {"profile"}


@pytest.mark.parametrize(
    "text",
    [
        "why is there still no native post import in mastodon",
        "why is there no proper post import",
        "how come mastodon has no built in post import",
        "why hasn't anyone added a native import for posts yet",
        "why is there still no way to import posts",
    ],
)
def test_why_posts_cannot_be_imported_with_words_between_is_why_no_posts(text: str):
    assert subjects_of(text) == {"why_no_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "people still tag my old account, will i see those mentions after moving",
        "if someone mentions the old me after the move will i still see it",
        "will i see mentions of my old handle once i have moved",
        "after the move do i still get the mentions people send to the old account",
    ],
)
def test_seeing_the_old_accounts_mentions_is_old_account_mentions(text: str):
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    "text",
    [
        "moved yesterday. how long till they all arrive?",
        "i pressed move on monday, how long until everyone arrives",
        "did the move an hour ago, how long before they all turn up",
        "moved last night, how long till all of them show up on the new one",
    ],
)
def test_how_long_till_they_arrive_after_a_move_is_follower_timing(text: str):
    assert subjects_of(text) == {"follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "how is my move going, are people following the new account yet",
        "are folks following my new acct yet",
        "has anyone started following the new account already",
        "are my people following the new profile yet",
    ],
)
def test_people_following_the_new_account_yet_is_move_progress(text: str):
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "can i do the move from my phone? and if i hate it over there can i go back",
            {"website_vs_app", "move_back"},
        ),
        (
            "do my bookmarks come along and if the new server closes do i lose my followers",
            {"bookmarks", "followers"},
        ),
        (
            "will my lists transfer, and if i move again later do i have to wait 30 days",
            {"lists", "cooldown"},
        ),
        (
            "do my mutes move and if they dont will my blocks move",
            {"mutes", "blocks"},
        ),
    ],
)
def test_a_second_question_inside_a_condition_is_asked_too(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("my blocks will follow me over, nothing to do there", "blocks_move_automatically"),
        ("my mute list just follows me across to the new place", "mutes_move_automatically"),
        ("everyone I follow will follow me over to the new server", "follows_move_automatically"),
        ("my blocked accounts follow me over, that's how it works", "blocks_move_automatically"),
        (
            "my mutes will follow me over one right, no need to do anything",
            "mutes_move_automatically",
        ),
    ],
)
def test_a_list_said_to_follow_me_over_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "why is there still no native post import, and is slurp any good",
        "why is there no built in import for posts? are tools like MastodonContentMover safe",
        "why is there still no proper post import and do third party tools spam people",
    ],
)
def test_why_no_post_import_beside_the_tools_is_both(text: str):
    assert subjects_of(text) == {"why_no_posts", "repost_tools"}


@pytest.mark.parametrize(
    "text",
    [
        "does bluesky let you import your followers",
        "can instagram export my photos",
        "does facebook let you download your posts",
        "does bluesky have bookmarks",
        "can twitter export my follows",
    ],
)
def test_another_services_features_are_off_topic(text: str):
    got = read_row({"text": text})
    assert got.command is None and got.understanding.kind == "unknown", got


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("don't my followers have to refollow me on the new account?", "followers_must_refollow"),
        ("doesn't the alias go on the old account?", "alias_on_old_account"),
        ("won't my posts come over with me?", "posts_move_automatically"),
        ("aren't my blocks moved across automatically?", "blocks_move_automatically"),
        ("but don't my mutes transfer by themselves?", "mutes_move_automatically"),
        ("isn't my bio copied over to the new profile", "name_bio_copied"),
        ("doesn't the archive link expire after 48 hours?", "download_within_48_hours"),
    ],
)
def test_a_negative_question_that_takes_a_myth_for_granted_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("won't my posts be lost?", {"posts"}),
        ("don't my followers move over automatically?", {"followers"}),
        ("doesn't the alias go on the new account?", {"alias"}),
    ],
)
def test_a_negative_question_that_takes_a_fact_for_granted_asks(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("heard the archive link dies after 48hrs so i gotta hurry?", "download_within_48_hours"),
        ("the download link for my archive only lasts 48hrs right", "download_within_48_hours"),
        ("my archive gets deleted after 48hours, better grab it fast", "download_within_48_hours"),
    ],
)
def test_a_number_glued_to_its_unit_is_read_as_both(text: str, myth: str):
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "what happens to my old account? can i delete it afterwards",
            {"old_account", "delete_old_account"},
        ),
        (
            "what becomes of my old account once i move?? can i just delete it after",
            {"old_account", "delete_old_account"},
        ),
        (
            "where do i press move followers? can i move again if i get it wrong",
            {"move", "cooldown"},
        ),
        (
            "how do i start the move? and is there a 30 day wait after that?",
            {"move", "cooldown"},
        ),
    ],
)
def test_two_questions_in_sentences_of_their_own_are_both(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


def test_one_question_naming_both_is_still_the_deletion():
    assert subjects_of("what happens to my old account if i delete it") == {"delete_old_account"}
