"""English classes of session 33 (learn33en), chosen on the tuning halves of rounds 58-64
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of

from bot.interpret import read


@pytest.mark.parametrize(
    "text",
    [
        "what does my old profile look like to people, and do my followers need to refollow me?",
        "what will visitors see on my old account, and will they have to follow me again",
        "what shows on my old page after the move, and do they all need to refollow?",
        "what happens to my profile for others, and must everyone follow me again?",
        "will people see a notice on my old profile, and do they need to follow me again?",
    ],
)
def test_what_others_see_then_the_refollow_claim_asked_after_and(text: str) -> None:
    """ "what do people see on my old profile, and do they have to follow me again?": a
    question, then the myth's claim asked in a question "and" joins to it: both subjects and
    the myth (LABELS.md), not the claim alone (bot/understand.py _asked_beside_claim)."""
    got = read(text, where="public", locale="en")
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == {"what_others_see", "followers"}
    assert set(got.understanding.myths) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "so everybody has to press follow again on the new account?",
        "i'm guessing they'll all have to refollow me by hand",
        "everyone will need to tap follow again on my new profile, right?",
        "they all have to go and click follow again, yeah?",
        "so everyone needs to refollow the new one manually",
    ],
)
def test_they_or_everyone_following_again_are_the_followers(text: str) -> None:
    """ "everyone has to click follow again", "they'll have to refollow": the people who
    follow the member, following again, are the followers (intents/en.toml followers:
    "they ... follow again", "everyone .. refollow"): the refollow myth, not the follows."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "will the list of people i follow be copied across?",
        "are the accounts i follow carried over?",
        "does my follow list get transferred?",
        "is the list of who i follow copied?",
    ],
)
def test_asking_whether_the_follows_are_copied_is_a_question(text: str) -> None:
    """ "is my following list copied?" asks what happens to the follows (LABELS.md), with
    nothing put forward ("automatically", "so ...", "no need to ..."): a question, however
    surely the second opinion reads the claim (intents/en.toml follows_move_automatically
    `put_forward_by`)."""
    assert subjects_of(text) == {"follows"}


@pytest.mark.parametrize(
    "text",
    [
        "so my follows get copied over automatically?",
        "the accounts i follow just come over on their own, right?",
    ],
)
def test_the_follows_claim_put_forward_is_the_myth(text: str) -> None:
    assert myths_of(text) == {"follows_move_automatically"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("so the accounts i follow just show up on my new profile", "follows_move_automatically"),
        (
            "my mutes will end up on my new account without me doing anything",
            "mutes_move_automatically",
        ),
        ("and the blocks appear on my new account by magic, yeah", "blocks_move_automatically"),
        (
            "so everything i posted shows up on my new account after the move",
            "posts_move_automatically",
        ),
    ],
)
def test_showing_up_on_my_new_account_is_moving(text: str, myth: str) -> None:
    """ "the people i follow just show up on my new account": showing up, ending up or
    appearing on "my new" account is moving there, as on "the new" one is (intents/en.toml
    `moving`): the claim is stated."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        (
            "my blocks and mutes move over automatically, right?",
            {"blocks_move_automatically", "mutes_move_automatically"},
        ),
        (
            "follows and blocks carry across by themselves, only posts stay",
            {"follows_move_automatically", "blocks_move_automatically"},
        ),
        (
            "the people i follow and my mutes all transfer on their own",
            {"follows_move_automatically", "mutes_move_automatically"},
        ),
    ],
)
def test_myths_named_side_by_side_are_each_stated(text: str, myths: set[str]) -> None:
    """ "follows and blocks move automatically": two myths' subjects in one list, one
    claim: each myth is stated (Understanding.listed, set for myths too), so the model
    scoring one of them lower drops neither (bot/interpret.py _drop_unstated)."""
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "will my followers move and what about my bookmarks do they come too",
            {"followers", "bookmarks"},
        ),
        ("do my posts come over and what about the people i follow?", {"posts", "follows"}),
        ("do my lists transfer and how about my mutes", {"lists", "mutes"}),
    ],
)
def test_and_what_about_adds_a_question(text: str, subjects: set[str]) -> None:
    """ "do my followers come with me and what about the people i follow": "and what about"
    opens a question of its own with no comma before it (intents/en.toml
    `added_questions`): each subject is asked, none dropped as less asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("will my lists follow me when i move?", {"lists"}),
        ("do my mutes and bookmarks follow me if i move", {"mutes", "bookmarks"}),
        ("my pinned posts, do they follow me when i move", {"pinned_posts"}),
    ],
)
def test_things_that_follow_me_when_i_move_are_no_followers(text: str, subjects: set[str]) -> None:
    """ "do my lists follow me when i move?": "follow me" says the thing moves, as "follow me
    to the new account" does (intents/en.toml rule dropping the followers)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "si importo la lista de seguidos en modo fusionar, ¿vuelvo a seguir a todos?",
        "si subo el archivo de seguidos con 'Merge', ¿sigo otra vez a toda la gente?",
    ],
)
def test_es_following_everyone_again_by_the_import_asks_both(text: str) -> None:
    """Spanish, mended for the retrained model: whether importing the following list
    follows everyone again asks about the import and the follows both (the tables read
    both; the model had come to drop the follows as less asked)."""
    assert subjects_of(text) == {"import", "follows"}


@pytest.mark.parametrize(
    ("text", "subjects", "myth"),
    [
        (
            "Good to know my blocks move over automatically. What about my mutes?",
            {"blocks", "mutes"},
            "blocks_move_automatically",
        ),
        (
            "my posts come with me, I heard. how about bookmarks?",
            {"posts", "bookmarks"},
            "posts_move_automatically",
        ),
        (
            "ok so the people i follow get copied over. what about my lists?",
            {"follows", "lists"},
            "follows_move_automatically",
        ),
    ],
)
def test_what_about_another_thing_after_a_claim_asks_it(
    text: str, subjects: set[str], myth: str
) -> None:
    """ "Blocked lists transfer automatically. What about mutes?": a sentence opening with
    "what about" / "how about" after a claim asks about another thing (intents/en.toml
    `other_thing_turns`): the myth, and that thing asked beside it."""
    got = read(text, where="public", locale="en")
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == subjects
    assert set(got.understanding.myths) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "i have a small following of 300 people, will they come with me?",
        "my following of about 2k, do they move to the new account?",
        "I have a modest following, mostly birders. Would they come across with me?",
        "built up a decent following here, do they transfer when i go?",
    ],
)
def test_a_following_of_people_is_the_followers(text: str) -> None:
    """ "a modest following of 212 souls": a following, one's audience, is the followers,
    not the accounts one follows (intents/en.toml followers)."""
    assert subjects_of(text) == {"followers"}
