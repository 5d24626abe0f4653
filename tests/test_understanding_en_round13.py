"""Classes of English phrasing behind rounds 12 and 13's tuning misses of the kinds "wrong
command or kind" and "dead end" (issue 12): a step put off with its reason beside it, a
question about something else asked "at this step", the bot's own data asked to be
wiped in words of storing and keeping, a greeting with "how's it going" in it, and a
step answered "nothing so far". Each example is my own phrasing of the class, read as a
first contact the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("later, I'm cooking", "export"),
        ("at the office, later", "import"),
        ("sorry, later. in a meeting", "archive"),
        ("driving rn, later", "move"),
        ("in the middle of something, later", "alias"),
        ("later. the baby just woke up", "profile"),
    ],
)
def test_a_step_put_off_with_its_reason_beside_it_is_not_yet(text: str, where: str):
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("while I'm at this step, will my bookmarks come along?", "import", "bookmarks"),
        ("on this step now but a quick one: do my mutes move over?", "export", "mutes"),
        ("sorry, at this step still, do my pinned posts come with me?", "alias", "pinned_posts"),
        ("at this bit but one thing, do my filters come along?", "profile", "filters"),
        ("quick one at this part: will my blocks come over?", "move", "blocks"),
    ],
)
def test_a_question_about_something_else_asked_at_this_step_is_that_question(
    text: str, where: str, subject: str
):
    assert command_of(text, where) is None
    assert subjects_of(text, where) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("erase whatever info you're keeping on me", "dm"),
        ("please remove the stuff you are holding about me", "dm"),
        ("delete any data you're keeping about me", "dm"),
        ("get rid of whatever you're storing about me", "public"),
        ("please delete all the data that you are storing", "dm"),
    ],
)
def test_the_bots_data_asked_to_be_wiped_in_words_of_storing_is_forget(text: str, where: str):
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "hey there, how are things going?",
        "hello bot how's it going today",
        "hi! how is it going",
        "yo bot hows it going",
        "morning! how's it going?",
    ],
)
def test_a_greeting_with_hows_it_going_is_a_greeting(text: str):
    from question_set import read_row

    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "greeting"


def test_hows_it_going_with_the_move_is_still_progress():
    assert command_of("hi, how's it going with my followers?", "dm") == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("no email so far", "download"),
        ("still no mail from them", "download"),
        ("nothing in my inbox yet", "download"),
        ("no sign of the email so far", "download"),
        ("nothing has come through so far", "download"),
    ],
)
def test_a_step_answered_nothing_so_far_is_not_yet(text: str, where: str):
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("have any followers turned up yet?", "followers"),
        ("are people coming across yet", "followers"),
        ("followers trickling in yet?", "dm"),
        ("is anyone coming through yet", "followers"),
        ("are my followers getting through yet?", "dm"),
        ("any of them turned up on the new account yet", "followers"),
    ],
)
def test_followers_asked_after_with_yet_while_waiting_is_progress(text: str, where: str):
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    "text",
    [
        "can I do the whole thing in one morning?",
        "will it be done by the evening if I start now?",
        "is the move a one evening job?",
        "could I get it all finished in a single morning",
    ],
)
def test_a_time_of_day_inside_a_question_is_no_greeting(text: str):
    assert subjects_of(text) == {"duration"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("what should I put in the box?", "alias"),
        ("the form wants a password, what do I put in there", "move"),
        ("what do I put in the second box?", "move"),
        ("what am I meant to put in here?", "alias"),
        ("what do i put in that field", "move"),
    ],
)
def test_what_to_put_in_asked_at_a_step_is_how(text: str, where: str):
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    "text",
    [
        "I need help finding a new instance",
        "finding an instance that suits me, where do I start?",
        "the mods here are rubbish so I'm leaving, any advice on finding somewhere better",
        "tips on picking a server pls",
    ],
)
def test_a_server_to_move_to_asked_with_finding_or_picking_is_choose_server(text: str):
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "do all my followers have to follow me again after the move? that's what "
            "someone told me",
            "followers_must_refollow",
        ),
        (
            "will my blocks just move over by themselves? that's what the blog said",
            "blocks_move_automatically",
        ),
        ("the alias goes on the old account? that's what I read somewhere", "alias_on_old_account"),
        (
            "does my bio get copied over automatically? that's what the guide said",
            "name_bio_copied",
        ),
        ("do my posts come over automatically? my friend told me so", "posts_move_automatically"),
    ],
)
def test_a_claim_asked_with_its_source_named_after_it_is_that_myth(text: str, myth: str):
    assert myths_of(text) == {myth}


def test_a_question_followed_by_what_one_wants_to_know_is_no_claim():
    assert subjects_of("do my posts move? that's what i want to know") == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "alias goes on the old or the new account, pls confirm",
        "the alias on old account or new one please confirm",
        "is the alias on the old one or the new one",
    ],
)
def test_old_or_new_asked_to_be_confirmed_asks_which(text: str):
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    "text",
    [
        "so the alias gets made on this account before i leave, right?",
        "i create the alias here on this account before leaving, correct?",
        "alias on this account before I go, yes?",
    ],
)
def test_the_alias_made_on_this_account_before_leaving_is_the_old_account_claim(text: str):
    assert myths_of(text) == {"alias_on_old_account"}
