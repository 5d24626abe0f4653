"""Classes of English phrasing behind round 15's tuning misses (issue 12), first of the
kind "wrong command or kind": where the walkthrough stands asked as "the current step" or
"where am I up to"; followers asked after as "anybody" or "anyone" arriving, or as "showing up" on the
new profile; a language
asked for with "to me" or "with me" before it ("talk to me in Japanese from here on"); a
step answered after an interjection ("there, done it", "phew, finished"); the account
and more ordered deleted in one breath ("delete my account and everything on it"). Then
of the kind "another subject": a follower count asked to match, or said to have gone down
in other words than "dropped"; "we" and "our" asking as "I" and "my" do; a page elsewhere
(portfolio, faculty page) linking to the profile; a third-party tool beside why posts
aren't imported; followers called customers or clients, and "how long am I looking at";
what is "carried across" or redone "by hand" (the overview); a question at a step after a lead-in ("wait, before I do this, will ...");
how long followers take, then whether they are told (two questions); a locked account
said "lock account" or by its "pending requests"; notes on other accounts; everyday and British words for commands ("job's done", "not
fussed", "clean slate", "back one", "what comes after this step", "not a clue where");
a tagged claim followed by a plan without its subject ("... na? will just upload that");
someone else's move told as a story ("my partner moved and lost her posts"), not the
claim that posts move; "what do I lose", "how many times am I allowed to move", "the
button that moves my followers"; a question inverted after a lead-in with no comma
("wait before I do this will the people I follow come along"). Each example is my own phrasing of the class, read as a
first contact the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ok so what's the current step", "import"),
        ("which stage am I at", "alias"),
        ("remind me of the current step pls", "profile"),
        ("where am I up to", "archive"),
        ("what stage are we at now", "move"),
        ("current step?", "dm"),
    ],
)
def test_the_current_step_or_stage_asked_is_status(text: str, where: str):
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("has anybody arrived at the new account yet", "dm"),
        ("is anyone turning up on my new profile yet?", "followers"),
        ("anybody showing up over there yet", "dm"),
        ("are people arriving on the new one", "followers"),
        ("has anyone come over yet", "dm"),
        ("are my followers showing up on my new profile", "dm"),
        ("followers turning up over there yet?", "followers"),
    ],
)
def test_anybody_arriving_asks_for_progress(text: str, where: str):
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("could you speak to me in german from now on", "de"),
        ("please talk with me in french from here on", "fr"),
        ("can you reply to me in spanish from now on please", "es"),
        ("would you write to me in japanese from now on", "ja"),
        ("can you respond to me in german from here on", "de"),
    ],
)
def test_a_language_asked_with_to_me_before_it_is_the_language(text: str, code: str):
    assert command_of(text, "dm") == f"language:{code}"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("there, finished", "export"),
        ("phew, done it", "alias"),
        ("there. all done 🎉", "profile"),
        ("finally, done", "import"),
        ("whew all done", "move"),
        ("yay done", "archive"),
    ],
)
def test_an_interjection_before_a_step_answer_is_that_answer(text: str, where: str):
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "delete my account and everything on it",
        "remove my account and all my data",
        "erase my account and all of my posts",
        "please delete my profile and everything",
        "wipe my account and all my stuff",
    ],
)
def test_the_account_and_more_ordered_deleted_asks_which(text: str):
    assert command_of(text, "dm") == "clarify_delete"


@pytest.mark.parametrize(
    "text",
    [
        "will my follower count on the new server match the old one?",
        "my followers number has gone down since the move, why",
        "the follower count decreased after I migrated",
        "had 800 followers, new account shows 700, where did 100 people go",
        "my follower count shrank after moving, normal?",
        "will I have the same number of followers after the move",
    ],
)
def test_a_count_that_matches_or_went_down_is_the_lower_count(text: str):
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("how can we bring our blocks and mutes over to the new account", {"import"}),
        ("how do we get our follows onto the new account", {"import"}),
        ("we have our mute list and our block list, how do we add them back", {"import"}),
        ("how can we re-add the accounts our shop follows", {"import"}),
    ],
)
def test_we_and_our_ask_as_i_and_my_do(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "my portfolio links to this profile, will people clicking it get forwarded to the new one?",
        "our company website links to this account. once we move, are visitors redirected?",
        "the staff page at my university links here, do I have to change it after moving?",
        "my CV has a link to my profile here, does that link still work after the move",
    ],
)
def test_a_page_elsewhere_linking_to_the_profile_is_external_links(text: str):
    assert subjects_of(text) == {"external_links"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "why can't mastodon bring posts over? and is there a third party tool for it",
            {"why_no_posts", "repost_tools"},
        ),
        ("is there some 3rd party app that copies my toots across", {"repost_tools"}),
        ("why no toot import yet, honestly", {"why_no_posts"}),
        ("any third-party script to repost my old stuff on the new account?", {"repost_tools"}),
    ],
)
def test_a_third_party_tool_and_why_no_post_import(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("how long am I looking at before my clients see the new account", {"follower_timing"}),
        ("how long are we looking at for the whole move, start to finish", {"duration"}),
        (
            "roughly how many days am I looking at till my customers follow the new one",
            {"follower_timing"},
        ),
        ("will my supporters come with me when I move", {"followers"}),
    ],
)
def test_followers_by_another_name_and_how_long_am_i_looking_at(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "I would be grateful for a short summary of what carries across and what I redo by hand",
        "I'd appreciate a rundown of what has to be set up again manually after migrating",
        "kindly outline what is carried across when one migrates",
        "what do I have to recreate by hand after the move",
    ],
)
def test_what_is_carried_across_or_redone_by_hand_is_the_overview(text: str):
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("wait, before I do this, will my bookmarks come along", "move", {"bookmarks"}),
        ("hang on, before i press it, do my lists come with me", "move", {"lists"}),
        ("hold on, one thing first, do my mutes move over", "alias", {"mutes"}),
        ("wait, sorry, before I upload, will my blocks be kept", "import", {"blocks"}),
    ],
)
def test_a_question_after_a_lead_in_at_a_step_is_that_question(
    text: str, where: str, subjects: set[str]
):
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "how long until my followers show up, and do they get a notification?",
        "how long do followers take to move over and will they be told?",
        pytest.param(
            "when will my followers arrive and will they be notified about it",
        ),
        "how long for the followers to come across, and are they alerted?",
    ],
)
def test_followers_timing_then_their_notice_is_both(text: str):
    assert subjects_of(text) == {"follower_timing", "notifications"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("my new one is lock account, followers come how", {"locked_account"}),
        ("will moved followers land in my pending requests?", {"locked_account"}),
        ("new account has a requests queue, do moved followers go there", {"locked_account"}),
        ("do my notes on other accounts get lost", {"private_notes"}),
        ("the notes I put on other people, gone after moving?", {"private_notes"}),
    ],
)
def test_a_locked_account_or_notes_in_other_words(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("job's done", "import", "done"),
        ("sorted it, cheers", "export", "done"),
        ("finito", "profile", "done"),
        ("not fussed about this one", "profile", "skip"),
        ("can't be bothered with the archive tbh", "archive", "skip"),
        ("I'll give this one a miss", "export", "skip"),
        ("clean slate please, I muddled it", "alias", "restart"),
        ("let's start anew", "dm", "restart"),
        ("back one please", "import", "back"),
        ("can I go back to the export step", "alias", "back"),
        ("what comes after this step", "alias", "status"),
        ("whats the step after this", "import", "status"),
        ("I have no clue where that is", "move", "how"),
        ("not a clue how to do that", "alias", "how"),
        ("wipe me from your system", "dm", "forget"),
        ("what does this bot even do", "dm", "help"),
    ],
)
def test_everyday_and_british_words_for_commands(text: str, where: str, command: str):
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        (
            "my blocks move by themselves right? will just skip the export then",
            {"blocks_move_automatically"},
        ),
        (
            "the archive can be imported on the new account na? can just upload it there",
            {"posts_can_be_imported"},
        ),
        ("lists don't transfer, right? will just rebuild them by hand", {"lists_cannot_transfer"}),
        (
            "my mutes come along on their own yeah? will simply leave them then",
            {"mutes_move_automatically"},
        ),
    ],
)
def test_a_tagged_claim_then_a_plan_without_its_subject_is_a_myth(text: str, myths: set[str]):
    assert myths_of(text) == myths


def test_a_question_then_a_plan_without_its_subject_still_asks():
    assert subjects_of("do my lists move? will just wait and see") == {"lists"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "my partner moved last year and lost all her posts. will that happen to me too?",
            {"posts"},
        ),
        (
            "a friend moved in spring and her bookmarks were gone after. will mine go too?",
            {"bookmarks"},
        ),
        ("my sister migrated and had to redo her lists by hand. do I have to as well?", {"lists"}),
        ("he moved servers and his followers came along fine. will mine?", {"followers"}),
    ],
)
def test_someone_elses_move_told_is_a_story_not_a_claim(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("what do I lose if I move", {"overview"}),
        ("ok so what will I keep and what won't I", {"overview"}),
        ("how many times am I allowed to move", {"cooldown"}),
        ("how many times in a year can one migrate", {"cooldown"}),
        ("which is the button that actually moves my followers", {"move"}),
        ("where's the thing that moves all my followers", {"move"}),
    ],
)
def test_what_i_lose_how_many_times_and_the_button_that_moves(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("hang on before i start will my bookmarks come along", "public", {"bookmarks"}),
        ("ok so before I press it will the lists I made come along", "move", {"lists"}),
        ("one sec before I click will the people I muted stay muted", "move", {"mutes"}),
        ("so after the move will the accounts I blocked stay blocked", "public", {"blocks"}),
    ],
)
def test_a_question_inverted_after_a_lead_in_without_a_comma_asks(
    text: str, where: str, subjects: set[str]
):
    assert subjects_of(text, where) == subjects
