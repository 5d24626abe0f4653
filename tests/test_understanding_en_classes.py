"""Classes of English phrasing that the phrase tables once missed (issue 12, round 4),
one or two examples each, read as a first contact the way the question sets score.
Each example stands for a class: developer words, chat abbreviations, non-native
grammar, a short line a sure language detector puts in the wrong language. None of
them is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import first_contact

from bot.interpret import read


def reading(text: str, where: str = "public"):
    return first_contact({"text": text, "where": where})


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # The detector is sure these are French / German; every word is English.
        ("can i export my favourites", {"boosts_favourites"}),
        ("will my profile fields be copied", {"profile"}),
        ("do the CSV files expire?", {"csv_export"}),
    ],
)
def test_a_short_english_line_is_english_though_the_detector_is_sure_it_is_not(text, subjects):
    locale, got = reading(text)
    assert locale == "en" and got.locale == "en", (locale, got)
    assert set(got.understanding.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("et mes listes ?", "fr"),
        ("que pasa con mis mds", "es"),
        ("Kommen meine Follower mit?", "de"),
    ],
)
def test_a_line_in_another_language_stays_in_it(text, locale):
    assert reading(text)[0] == locale


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Developer words: an actor is an account; "handle" the verb is no username.
        ("what happens to the old actor after the Move", {"old_account"}),
        ("does pleroma handle incoming moves ok", {"other_software"}),
        ("can i download the outbox.json somewhere", {"archive"}),
        # Chat: "reposts" beside likes are boosts, not re-posting tools.
        ("my likes n reposts, do they come w me", {"boosts_favourites"}),
        # Non-native grammar: "is delete" asks what happens to the old account.
        ("Old account after move, it is delete or stay?", {"old_account"}),
        ("my old account is locked out since the move", {"old_account"}),
        # Keeping posts for oneself is the archive.
        ("how can i save my posts before i go", {"archive"}),
        ("i just want a copy of them for myself, my posts i mean", {"archive"}),
        # A followers question about time.
        ("will my followers arrive in time, we have a week", {"follower_timing"}),
        # "posts I liked / bookmarked" name the likes and bookmarks, not the posts.
        ("the posts i bookmarked, are they kept", {"bookmarks"}),
        # A blocked server is a domain block.
        ("do the instances i blocked stay blocked", {"domain_blocks"}),
        # "happens 2 my old acc": "2" is "to", not "two accounts".
        ("wat happens 2 my old acc", {"old_account"}),
    ],
)
def test_a_class_of_phrasing_names_its_subject(text, subjects):
    got = reading(text)[1].understanding
    assert got.kind == "question" and set(got.subjects) == subjects, got


@pytest.mark.parametrize(
    "text", ["my mutes transfer or nah", "followers and lists both move right or not"]
)
def test_or_nah_or_not_asks_and_states_no_claim(text):
    assert reading(text)[1].understanding.kind == "question"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # The asking clause names nothing; its sentence outranks the story before it.
        ("My follows came over fine yesterday. But my lists are empty, can I fix that?", {"lists"}),
        # Asking for a redirect without moving followers, for the sake of visitors.
        (
            "i don't want to move my followers, i only want visitors of my old profile to "
            "find the new one",
            {"redirect_only"},
        ),
        ("got the csv files from the old server, where do i put the files now", {"import"}),
    ],
)
def test_the_asked_sentence_names_the_subject(text, subjects):
    got = reading(text)[1].understanding
    assert got.kind == "question" and set(got.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        # "start moving" inside a claim is the claim, not a wish to start the walkthrough.
        ("as soon as the alias exists my followers start moving", {"alias_starts_transfer"}),
        # "no way to take" says "not" itself.
        ("there is no way to bring your lists along", {"lists_cannot_transfer"}),
        ("apparently everyone you follow transfers too", {"follows_move_automatically"}),
    ],
)
def test_a_claim_said_plainly_is_a_myth(text, myths):
    got = reading(text)[1]
    assert got.command is None, got
    assert got.understanding.kind == "myth" and set(got.understanding.myths) == myths, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Names listed in a sentence that states are story; the sentence that asks wins.
        ("I exported my lists, my blocks, my mutes. And my filters, how about those?", {"filters"}),
        # A wish to move them is no claim that they move.
        ("I want to move my blocks. Is there a way?", {"blocks"}),
        ("Redirect is set up. Can I still log into my old account?", {"old_account"}),
    ],
)
def test_the_story_before_the_question_is_no_question_and_no_claim(text, subjects):
    got = reading(text)[1].understanding
    assert got.kind == "question" and set(got.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # A question with no "?" and no capital: "why" at the end, "do my" mid-sentence.
        ("HIS TOOTS ARE NOT ON HIS NEW ACCOUNT WHY", {"why_no_posts"}),
        (
            "i really care about my bookmarks they are my recipes do my bookmarks move",
            {"bookmarks"},
        ),
        # Several lists' files at once are the export page itself.
        ("how do i export my mutes and lists", {"csv_export"}),
        # "or do I start from zero" asks about the followers, not whether to move.
        ("do my followers come along or do i start from scratch", {"followers"}),
    ],
)
def test_run_on_questions_and_several_lists(text, subjects):
    got = reading(text)[1].understanding
    assert got.kind == "question" and set(got.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Real English words one edit from a phrase word (replies/intents/known/en.txt):
        # "linked" is no "liked", "election" no "deletion".
        ("i have my mastodon linked on my blog, what do i do about that", {"external_links"}),
        ("how do i get a backup of my toots before the election", {"archive"}),
        # Typos that are also rare words are still typos here: "sever", "loosing".
        ("my old sever is shutting down", {"server_closing"}),
        ("am i loosing my followers if i move", {"followers"}),
    ],
)
def test_a_real_word_a_typo_away_from_a_phrase_word_is_not_corrected_into_it(text, subjects):
    got = reading(text)[1]
    assert set(got.understanding.subjects) == subjects, got


def test_the_known_words_cost_eight_bytes_each_and_answer_membership():
    from bot.understand import _WordHashes

    words = _WordHashes(["linked", "staff", "linked"])
    assert "linked" in words and "staff" in words and "liked" not in words
    assert len(words) == 2


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # A polite request longer than three words is still an order, even when its words
        # name a subject ("start over" is also a fresh start instead of a move).
        ("is it possible to start over", "import", "restart"),
        ("would it be possible to start over?", "export", "restart"),
        # A how-phrase at a step, beside a subject only hinted at, asks how to do the step.
        ("where do i put the old handle", "alias", "how"),
        # "for this" points at the step: the button asked about is the step's.
        ("which button do i press for this", "export", "how"),
        # Reports in plain words.
        ("ok moved them", "move", "done"),
        ("ok i've got the files", "export", "done"),
        # "everything you store about me" is this bot's data, not the account.
        ("please delete everything you store about me", "dm", "forget"),
    ],
)
def test_a_command_said_in_natural_words_at_a_step(text, where, command):
    got = reading(text, where)[1]
    assert got.command == command, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # "@" used as a verb is mentioning; "my @" is still the handle.
        ("if ppl @ my old account after i move do i still see it", {"old_account_mentions"}),
        ("what happens when someone @s my old handle", {"old_account_mentions"}),
        ("will my @ change when i move", {"username"}),
        # "toots" are posts in every posts phrase ("keep .. posts somewhere").
        (
            "before i go i want to keep my toots somewhere, how?",
            {"archive"},
        ),
        # How to import the people I follow is the import (LABELS.md); whether they come
        # along is the follows.
        ("how do I import my follows", {"import"}),
        ("how do i bring over the people i follow", {"import"}),
        ("do the people i follow come along", {"follows"}),
        # The files named in the story, the question asks what to do with them.
        ("I have the following_accounts.csv on my desktop now. what do i do with it?", {"import"}),
        # A story of followers and lists, a question about the whole move's time.
        (
            "I have about 4000 followers and 200 lists and blocks. "
            "How long is this whole thing going to take me?",
            {"duration"},
        ),
        ("Will my followers get some kind of notification about it?", {"notifications"}),
        # "someone has my name" is about the username, not a claim that the name moves.
        (
            "the server I'm moving to is bigger and someone has my name already. what do i do?",
            {"username"},
        ),
        ("will i keep my handle and my avatar", {"username", "profile"}),
        (
            "my new server has been slow since i moved my followers there. is there a way back?",
            {"move_back"},
        ),
        (
            "I want to move my followers to my new art account but keep my old account for "
            "personal stuff. Is that possible?",
            {"keep_both_accounts"},
        ),
    ],
)
def test_the_subject_asked_about_in_a_story(text, subjects):
    got = reading(text)[1]
    assert got.command is None and set(got.understanding.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # "let's do this" proposes, it does not ask "do ...?".
        ("ok lets do this, start the move", "public", "start"),
        ("i'll request it later", "archive", "not_yet"),
        # LABELS.md: "are my followers arriving" at a step is the progress command.
        ("are my followers arriving?", "followers", "progress"),
    ],
)
def test_a_wish_or_a_report_in_natural_words(text, where, command):
    got = reading(text, where)[1]
    assert got.command == command, got


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # A how-phrase beside what the step handles (steps.toml how_for) asks how to do it.
        ("where do i find the follows csv", "export", "how"),
        ("where do i type in the new handle", "move", "how"),
        # Reports, progress and status in plain words.
        ("i asked for my archive", "archive", "requested"),
        ("my followers all showed up", "followers", "done"),
        ("did all my followers come over?", "followers", "progress"),
        ("remind me what i'm supposed to do now", "import", "status"),
    ],
)
def test_the_step_in_plain_words(text, where, command):
    got = reading(text, where)[1]
    assert got.command == command, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # "I was wondering if" asks, beside a story of moving (no wish to start).
        (
            "hi so I'm moving from mastodon.social to fosstodon and I was wondering if "
            "my posts will come along",
            {"posts"},
        ),
        # Downloading the posts is the archive, though "my posts" is the tighter phrase.
        ("how do i download all my posts", {"archive"}),
        ("My posts won't move, I get that. So how do I at least download them?", {"archive"}),
        # Asking whether old posts can be put on the new account is the myth
        # posts_can_be_imported asked, whose subject is posts (LABELS.md), as writers label it.
        ("can i re-upload my old toots to the new account", {"posts"}),
        # Which account the alias goes on is about the alias.
        ("do i make the alias on the new or the old account", {"alias"}),
        # Whether they come with me, not when.
        ("ngl scared my followers wont come w me 😭 do they", {"followers"}),
        # Where to import the file named in the story.
        ("I have the csv of my follows. On the new account, where do I import it?", {"import"}),
    ],
)
def test_the_subject_in_plain_words(text, subjects):
    got = reading(text)[1]
    assert got.command is None and set(got.understanding.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # A worry or a plan is no claim that the posts move ($wishing).
        (
            "i'm scared to move because of my posts. i've got like 10 years of art on there. "
            "will it all be gone?",
            {"posts"},
        ),
        # A rule's cue counts in the subject's sentence or the question, not in the story:
        # "slow" server is no question about the followers' timing.
        (
            "My old server is slow and the admin is kind of absent. I'm thinking of moving "
            "to a bigger one. Will I keep my followers?",
            {"followers"},
        ),
        (
            "Our admin says we have a week. Will my followers all come over in time?",
            {"follower_timing"},
        ),
        (
            "I'm on the new account now. Where do I put in my old account's address so it knows?",
            {"alias"},
        ),
        ("ok alias done on the new one. now what do i press on the old one?", {"move"}),
        # The alias done on one account, the question about the other: the move.
        ("alias is set up on my new account. what button do i click on the old account?", {"move"}),
        ("before i move, where do i get all my data as files?", {"csv_export"}),
        # Retrained with round 24 the model read "repost_tools" (margin 459) and ranked
        # "archive" below four subjects (second_opinion.FAR_MARGIN); trained on the retired
        # held-out halves too (session 15) it reads it right again.
        ("is there a way to keep my old toots for myself, like offline?", {"archive"}),
        ("does everyone who follows me get some message saying i moved?", {"notifications"}),
        (
            "can i just put a note on my old profile pointing to the new one without moving anything?",
            {"redirect_only"},
        ),
        ("i'm on the new account and have the csvs, how do i get them in?", {"import"}),
        ("do i have to set my bio and pic again on the new account?", {"profile"}),
    ],
)
def test_the_subject_asked_about_beside_a_story_or_a_worry(text, subjects):
    got = reading(text)[1]
    assert got.command is None and got.understanding.kind == "question", got
    assert set(got.understanding.subjects) == subjects, got


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # An interjection before a command ("wait", "oops") does not hide it; "wait" alone
        # is still "not yet".
        ("wait can i go back", "export", "back"),
        ("wait", "export", "not_yet"),
        ("moved!", "move", "done"),
        ("what am i supposed to put in there", "alias", "how"),
        ("what's the password for? it asks me for a password", "move", "how"),
    ],
)
def test_a_short_command_with_an_interjection_or_a_report(text, where, command):
    got = reading(text, where)[1]
    assert got.command == command, got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Hashtags opening a message are its tags: the question opens after them.
        ("#mastodon do posts move", {"posts"}),
        ("#help #mastodon will my followers move", {"followers"}),
        ("#gotosocial can i move there", {"other_software"}),
        ("will i still follow the same hashtags after moving?", {"followed_hashtags"}),
    ],
)
def test_hashtags_open_a_question_or_name_its_subject(text, subjects):
    got = reading(text)[1]
    assert got.understanding.kind == "question", got
    assert set(got.understanding.subjects) == subjects, got


@pytest.mark.parametrize("where", ["public", "dm", "alias"])
@pytest.mark.parametrize(
    "text",
    [
        # "my followers" and "followers see" are as long: the seeing is what is asked.
        "can my followers see that I'm moving?",
        "will my followers see I'm leaving?",
        "would my followers be able to see that I'm moving?",
    ],
)
def test_whether_followers_see_the_move_asks_what_others_see(text, where):
    got = read(text, where=where, locale="en")
    assert got.command is None
    assert got.understanding.subjects == ["what_others_see"]
