"""English classes of session 34 (learn34en), chosen on the tuning halves of rounds 58-65
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of

from bot.interpret import read


@pytest.mark.parametrize(
    ("text", "subjects", "myths"),
    [
        (
            "Since my posts come along anyway, can I delete the old account right after?",
            {"posts", "delete_old_account"},
            {"posts_move_automatically"},
        ),
        (
            "can i delete the old account straight away, since my posts move over anyway?",
            {"posts", "delete_old_account"},
            {"posts_move_automatically"},
        ),
        (
            "seeing as my followers all have to follow me again, is it even worth moving?",
            {"followers", "whether_to_move"},
            {"followers_must_refollow"},
        ),
        (
            "given that the alias starts the transfer, how long until my followers show up?",
            {"alias", "follower_timing"},
            {"alias_starts_transfer"},
        ),
        (
            "because my followers have to refollow me, what will people see on my old profile?",
            {"followers", "what_others_see"},
            {"followers_must_refollow"},
        ),
        (
            "As my blocks move automatically, what about my lists?",
            {"blocks", "lists"},
            {"blocks_move_automatically"},
        ),
    ],
)
def test_a_claim_given_as_the_reason_for_a_question(
    text: str, subjects: set[str], myths: set[str]
) -> None:
    """ "since my posts move anyway, can I delete the old account?": the claim is the
    premise of another question. It is taken for granted (stated: the myth, LABELS.md),
    and what the question names outside the premise is asked beside it
    (intents/en.toml `premises`, bot/understand.py _premises)."""
    got = read(text, where="public", locale="en")
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == subjects
    assert set(got.understanding.myths) == myths


@pytest.mark.parametrize(
    "text",
    [
        "since my followers have to follow me again anyway, i'll just post my new handle. ok?",
        "put up a post asking people to refollow since followers don't carry over. what else?",
    ],
)
def test_a_premise_beside_a_story_asks_nothing_more(text: str) -> None:
    """ "since they won't move, I'll post my new handle. ok?": what the rest names is a
    plan or a story told, not asked: the claim's subject alone."""
    got = read(text, where="public", locale="en")
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == {"followers"}
    assert set(got.understanding.myths) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "if i just set up a redirect, will my followers still come over?",
        "does a plain redirect bring my followers along?",
        "if I only redirect the old profile, do followers move too",
        "is a redirect alone enough to get my followers across?",
    ],
)
def test_whether_a_redirect_alone_moves_the_followers(text: str) -> None:
    """ "if I just set a redirect, do my followers still come?": whether a redirect alone
    moves them is a question about the redirect (LABELS.md redirect_only), not about the
    followers; the condition "if I just ..." is what is asked (intents/en.toml, the
    redirect_only and followers rule's cues "just .. redirect", "plain redirect" ...)."""
    assert subjects_of(text) == {"redirect_only"}


@pytest.mark.parametrize(
    "text",
    [
        "how is my move doing so far",
        "hows the migration doin",
        "checking in on my move, are people making it over?",
        "can i tell whether the move actually worked?",
        "is my move working? new account has 40 followers so far",
        "how many of my followers have come across so far?",
    ],
)
def test_how_my_move_is_doing_is_its_progress(text: str) -> None:
    """ "how's my move doing?", "are they making it over?", "how many came across so far?":
    how the member's own move is going, in public, is move_progress (LABELS.md), not the
    move's steps nor the followers in general (intents/en.toml move_progress; "doin" is
    "doing")."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "why is the follower count on the new account smaller than the old one",
        "only 70 percent of my followers on the new account, normal?",
        "the follower count on my brand new profile is lower than before, why?",
    ],
)
def test_a_follower_count_lower_than_before(text: str) -> None:
    """ "the follower count on the new account is smaller than the old one": the count
    named with more than three words before "smaller than" / "lower than", or a share of
    the followers, is follower_count_lower (intents/en.toml)."""
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "could i pop the odd post up from the old profile afterwards?",
        "after moving can I still go on the old one sometimes and post?",
        "can i reply from the old one after moving, just to say bye?",
        "can i still reply to people from the old account after i move?",
        "will i be able to answer people from my old account after the move?",
        "am i allowed to toot the odd thing from the old account now and then after moving?",
    ],
)
def test_posting_or_replying_from_the_old_account_keeps_both(text: str) -> None:
    """ "can I reply from the old one after moving?", "the odd post from the old account":
    the member going on posting or replying from the old account keeps both (LABELS.md
    keep_both_accounts), not their posts, nor replies sent to the old account
    (intents/en.toml rules on posts, old_account_mentions, old_account)."""
    assert subjects_of(text) == {"keep_both_accounts"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("can people still reply to my old account after i move?", "old_account_mentions"),
        ("can people still see my old posts from the old account?", "old_account"),
    ],
)
def test_replies_to_the_old_account_are_not_keeping_both(text: str, subject: str) -> None:
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "do i really have to download my archive within 48 hours?",
        "only got two days to grab the archive before it expires?",
        "is it true the archive link is gone after 48h?",
        "must i get the archive downloaded in 2 days or will it be deleted",
    ],
)
def test_asking_about_the_48_hours_puts_the_claim_forward(text: str) -> None:
    """ "do I have to download the archive within 48 hours?": a question naming the 48
    hours takes the claim for granted (LABELS.md: the myth; the archive is kept for the
    server's retention period, 7 days by default). Tables: the myth's `presupposed_by`."""
    assert myths_of(text) == {"download_within_48_hours"}


@pytest.mark.parametrize(
    "text",
    [
        "can i upload my archive to the new account to get my old posts back?",
        "is there any way to import the archive so my toots show up on the new server?",
        "could i put the archive zip on my new profile to restore my photos?",
        "any chance i can upload the zip and have my posts reappear?",
    ],
)
def test_uploading_the_archive_to_get_the_posts_back_is_the_myth(text: str) -> None:
    """ "can I upload my archive to get my posts back?": what the upload should bring back
    puts the claim forward (LABELS.md's own example), in the tables too (the myth's
    `presupposed_by`: "get .. back", "restore", "show up" ...)."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("i requested the archive two days ago and nothing yet, what now?", "archive"),
        ("can i import my posts?", "posts"),
        ("is the archive kept for 48 hours or a week?", "archive"),
    ],
)
def test_no_claim_put_forward(text: str, subject: str) -> None:
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "had 800 followers before the move and now only 760, is that normal? and is the "
            "move still running?",
            {"follower_count_lower", "move_progress"},
        ),
        (
            "if people mention my old account later what happens? and can i still get into my "
            "old one to grab stuff?",
            {"old_account_mentions", "old_account"},
        ),
        (
            "my dad asks: do his photos come along, and will his friends still follow him?",
            {"posts", "followers"},
        ),
        (
            "where do i put the alias and what becomes of my old account then?",
            {"alias", "old_account"},
        ),
        (
            "where does the alias go and what happens afterwards to my old profile?",
            {"alias", "old_account"},
        ),
    ],
)
def test_two_questions_the_model_alone_carried(text: str, subjects: set[str]) -> None:
    """Classes of old tuning rows that only the second opinion read right, lost to a
    retrain's drift: "N before the move, M now", a move "still running", getting "into the
    old one" again (the old account), friends who "still follow him" (the followers)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "i heard followers move over automatically, but my DMs and notifications come "
            "along too, right?",
            "direct_messages",
        ),
        (
            "followers transfer by themselves i know, but do my DMs come with them?",
            "direct_messages",
        ),
        ("the followers come over by themselves i know, but what about my bookmarks?", "bookmarks"),
        ("followers move on their own, but will my pinned posts move too?", "pinned_posts"),
    ],
)
def test_the_followers_known_to_move_are_background(text: str, subject: str) -> None:
    """ "I heard the followers move automatically, but do my DMs come too?": what the
    member knows about the followers (true, no myth) is background to the question after
    "but"; "DMs and notifications" are the member's own (direct_messages), not a notice
    sent to the followers (intents/en.toml rules on followers and direct_messages)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "can i keep my username on the new server, or do i have to sign up with the same name myself?",
        "is the name part of my handle kept when i switch, or do i register the same one?",
        "will i keep the same handle on the other instance or do i set it up again myself",
        "does my username carry across servers or do i sign up with the same name by hand?",
    ],
)
def test_signing_up_with_the_same_name_is_the_username(text: str) -> None:
    """ "can I keep my username, or do I register the same one myself?": signing up with
    the same name is about the username (LABELS.md), not choosing a server; "which kind of
    server should I pick" beside it still asks that (intents/en.toml)."""
    assert subjects_of(text) == {"username"}


@pytest.mark.parametrize(
    "text",
    [
        "my new server is akkoma and the field asks for a uri instead of a handle, what goes there?",
        "the new one runs gotosocial, it wants a URI not the handle. what do i type?",
        "on misskey it asks for a uri rather than a handle, which one do i enter",
    ],
)
def test_another_softwares_uri_form(text: str) -> None:
    """ "my new home runs GoToSocial and it wants a URI, not a handle": the other software's
    form (other_software), not the username, the profile's fields or a server to pick."""
    assert subjects_of(text, where="alias") == {"other_software"}


@pytest.mark.parametrize(
    "text",
    [
        "i grew my 2k followers slowly over years and dont want to lose them. what exactly comes "
        "with me when i switch?",
        "built up my followers slowly since 2022, scared to lose them. what exactly moves?",
        "my followers took ages to build, i cant lose them. what exactly transfers if i go?",
    ],
)
def test_what_exactly_moves_after_a_worry_about_the_followers(text: str) -> None:
    """ "I don't want to lose the followers I built up slowly. What exactly moves?": what
    moves is asked (overview); the followers built up slowly are the worry told before it,
    no question about their timing (intents/en.toml)."""
    assert subjects_of(text) == {"overview"}
