"""Classes of English phrasing that round 6's tuning half showed the tables missing
(issue 12), probed with phrasings written for this file, none a row of the question sets:
read as a first contact, the way the question sets score."""

from __future__ import annotations

import pytest
from question_set import first_contact

from bot import interpret, second_opinion
from bot.second_opinion import Guess


def reading(text: str, where: str = "public"):
    return first_contact({"text": text, "where": where})[1]


def subjects(text: str, where: str = "public") -> set[str]:
    got = reading(text, where)
    assert got.command is None, got
    return set(got.understanding.subjects)


def named(text: str, where: str = "public") -> set[str]:
    """The subjects the phrase tables name (not a guess of the ranking or the model)."""
    got = reading(text, where)
    assert got.command is None and not got.understanding.ranked, got
    return set(got.understanding.subjects)


class _Sure:
    """A model sure of one subject, beyond any threshold of the gate."""

    def __init__(self, label: str) -> None:
        self.label = label

    def guess(self, cleaned: str) -> Guess:
        return Guess(self.label, "_unknown", 10_000)


@pytest.mark.parametrize(
    ("text", "named", "model_says"),
    [
        ("do my domian blocks move", "domain_blocks", "blocks"),
        ("will my bokmarks come with me", "bookmarks", "boosts_favourites"),
        ("do my folowers transfer over", "followers", "follows"),
        # A letter dropped or swapped near the end is a typo too, not another ending.
        ("wat about the archve, how do i get it", "archive", "move"),
        ("are my bookmarsk kept", "bookmarks", "posts"),
    ],
)
def test_a_typo_in_a_named_subject_is_not_overruled(
    text: str, named: str, model_says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subject named by its word with a typo inside it is still named: the learned
    second opinion, however sure, does not replace it."""
    monkeypatch.setenv(second_opinion.SETTING, "on")
    monkeypatch.setattr(second_opinion, "model", lambda: _Sure(model_says))
    tables = interpret._read_tables(text, where="public", locale="en").understanding
    assert tables.confidence < 0.9 and tables.subjects == [named]  # a typo was corrected
    assert interpret.read(text, where="public", locale="en").understanding.subjects == [named]


def test_a_correction_of_only_the_ending_may_still_be_overruled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "followees" is no typo of "followers" but another word (the accounts one follows):
    a correction that only puts another ending on a word stays open to the model (in
    French and Spanish such corrections are often another word's inflection)."""
    monkeypatch.setenv(second_opinion.SETTING, "on")
    monkeypatch.setattr(second_opinion, "model", lambda: _Sure("follows"))
    text = "do my followees move"
    tables = interpret._read_tables(text, where="public", locale="en").understanding
    assert tables.subjects == ["followers"] and tables.confidence < 0.9
    assert interpret.read(text, where="public", locale="en").understanding.subjects == ["follows"]


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        ("heyyy 👋", "greeting", "public"),
        ("hellooo bot", "greeting", "public"),
        ("thanksss so much", "thanks", "public"),
    ],
)
def test_a_stretched_word_is_the_word(text: str, kind: str, where: str) -> None:
    assert reading(text, where).understanding.kind == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do my followersss move??", {"followers"}),
        ("pleaseee do my bookmarks transfer", {"bookmarks"}),
    ],
)
def test_a_stretched_subject_word_is_the_subject(text: str, expected: set[str]) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A story about how many there are is no "how many" question.
        "how do i get my muted list over, there are so many trolls on it",
        "how can i bring my blocked accounts along? i have way too much spam blocked",
    ],
)
def test_how_to_bring_a_list_over_is_the_import_whatever_the_story(text: str) -> None:
    assert subjects(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "can i keep both accs going for a bit",
        "can i still use both accs for a while",
        "will i be able to post from both accts",
    ],
)
def test_chat_spellings_of_accounts(text: str) -> None:
    assert subjects(text) == {"keep_both_accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "my instance shutdown a month ago and i never moved, can i still get my followers",
        "our server has been down since june, the admin vanished. can i still migrate?",
        "my home server won't load anymore since last week, is the move still possible",
        "the site is not opening at all now, can i still bring my followers over",
    ],
)
def test_a_server_already_gone_said_in_the_past(text: str) -> None:
    assert subjects(text) == {"old_server_gone"}


@pytest.mark.parametrize(
    "text",
    [
        "the admin is closing the server in 30 days, how do i get out",
        "our instance will shut down next month, what should i do",
    ],
)
def test_a_server_closing_soon_is_still_closing(text: str) -> None:
    assert subjects(text) == {"server_closing"}


@pytest.mark.parametrize(
    "text",
    [
        "my new profile is totally blank, why aren't my old posts there",
        "WHY IS THE NEW PROFILE SO EMPTY WHERE DID ALL MY TOOTS GO",
    ],
)
def test_an_empty_new_profile_asks_why_posts_stay(text: str) -> None:
    assert subjects(text) == {"why_no_posts"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "when my followers open my old page will there be a note pointing to the new one?",
            {"what_others_see"},
        ),
        ("can i have a notice pointing to my new account but not do the move?", {"redirect_only"}),
    ],
)
def test_what_others_see_unless_the_redirect_alone_is_wished(text: str, expected) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "what becomes of the old account once i have moved? can i still go in and read my posts?",
        "After moving, what will happen to my old profile, will it just vanish?",
    ],
)
def test_the_old_accounts_fate(text: str) -> None:
    assert subjects(text) == {"old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "I opened a second account elsewhere. How do I tell the new account about the old one?",
        "how do i link the two accounts before moving",
    ],
)
def test_the_alias_in_plain_words(text: str) -> None:
    assert subjects(text) == {"alias"}


@pytest.mark.parametrize(
    "text",
    [
        "Should I just open a new account and begin again rather than moving? What would you advise?",
        "I barely have 40 followers, would you recommend starting over instead?",
    ],
)
def test_whether_to_move_in_plain_words(text: str) -> None:
    assert subjects(text) == {"whether_to_move"}


@pytest.mark.parametrize(
    "text",
    [
        "my substack and linkedin link to my mastodon, what should i update after the move",
        "I have my Mastodon linked from my newsletter, what else should I update?",
    ],
)
def test_links_outside_the_fediverse(text: str) -> None:
    got = reading(text).understanding
    assert got.subjects == ["external_links"] and not got.ranked, got  # named, not guessed


def test_things_that_come_across_move_they_are_no_progress_report() -> None:
    assert subjects("will my bookmarks come across to the new server?") == {"bookmarks"}


def test_followers_who_must_refollow_is_that_myth_alone() -> None:
    got = reading("After a migration everyone has to refollow you by hand, that's just how it is.")
    assert got.understanding.kind == "myth"
    assert got.understanding.myths == ["followers_must_refollow"]


def test_followers_who_may_not_finish_before_the_shutdown() -> None:
    got = subjects("what if my followers haven't finished moving when the instance goes dark?")
    assert "follower_timing" in got


def test_csv_headers_are_its_columns() -> None:
    assert subjects("what are the headers in the csv files from the export page?") == {"csv_export"}


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("switch back to english please", "language:en"),
        ("can you change it back to english", "language:en"),
        ("clear whatever you store about my account please", "forget"),
        ("purge your database entry for me, the bot's copy only", "forget"),
        ("wipe what you keep about my account, not my mastodon account", "forget"),
    ],
)
def test_a_dm_command_in_other_words(text: str, command: str) -> None:
    assert reading(text, "dm").command == command


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How to get a list's file is the CSV export (LABELS.md) ...
        ("where can i export the people i follow", {"csv_export"}),
        ("what's the best way to export my muted accounts", {"csv_export"}),
        # ... whether a thing can be exported, or needs to be, is that thing's question ...
        ("can i export my bookmarks", {"bookmarks"}),
        ("do i have to export my blocks and mutes before i go", {"blocks", "mutes"}),
        # ... and exporting posts is the archive.
        ("how can i export all my toots", {"archive"}),
    ],
)
def test_how_to_export_a_list_is_the_csv_export(text: str, expected: set[str]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is anything sent to my followers when the move happens", {"notifications"}),
        ("does the migration send something to people who follow me", {"notifications"}),
        ("what will my old profile display once i'm gone", {"what_others_see"}),
        ("if someone clicks my old handle where do they end up", {"what_others_see"}),
        ("torn between two instances, how do i decide between them", {"choose_server"}),
        ("why is the number of followers lower after moving", {"follower_count_lower"}),
        ("what's the most follows i can import at most", {"follow_limit"}),
        ("can i move home again later", {"move_back"}),
        ("how long between making the alias and moving", {"duration"}),
    ],
)
def test_newer_subjects_in_other_words(text: str, expected: set[str]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("does my timeline of posts follow me to the new acct", {"posts"}),
        ("will my lists follow me to the new server", {"lists"}),
        ("will my followers follow me to the new server", {"followers"}),
        (
            "can i delete the old account now that my followers have moved over",
            {"delete_old_account"},
        ),
        ("i'm worried about everything i wrote over the years, does it come with me", {"posts"}),
        ("how do i save all my toots and pics", {"archive"}),
        (
            "i just want a link to my new account on the old profile, nothing else",
            {"redirect_only"},
        ),
        (
            "our instance is shutting down friday, how do i download all my posts first",
            {"archive"},
        ),
        (
            "years of toots on there and the server is closing, how do i back them up in time",
            {"archive"},
        ),
    ],
)
def test_which_subject_is_asked(text: str, expected: set[str]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("the move page told me it's not an alias of this account, what now", "move", "question"),
        ("i made the alias, what now", "dm", "status"),
        ("so what's the next thing i need to do", "dm", "status"),
        ("ok what should i do next?", "dm", "status"),
    ],
)
def test_what_now_after_a_problem_asks_about_it(text: str, where: str, expected: str) -> None:
    got = reading(text, where)
    assert (got.command or "question") == expected, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Followers as the people who read one's posts.
        ("will the people who read my silly posts come to the new place with me?", {"followers"}),
        # A wish to keep a copy is no claim that posts move.
        (
            "Hello, I would like to keep a copy of all my photographs and writings on my own "
            "computer before I leave. How might I do that?",
            {"archive"},
        ),
        # "mention" the verb is no mention (DM).
        ("the guide mentions an alias, where do i make it", {"alias"}),
        # Both accounts ready is the story; sending the followers over is asked.
        ("I've got both accounts set up. Where do I press to send my followers over?", {"move"}),
        (
            "i only have a handful of followers, is it really necessary to move?",
            {"whether_to_move"},
        ),
        ("tbh i want to switch again already, is there a wait", {"cooldown"}),
        ("is the old account tombstoned after the move", {"old_account"}),
        ("can I set movedTo on the old account without triggering a migration?", {"redirect_only"}),
        (
            "can the moved notice show without kicking off the migration of followers?",
            {"redirect_only"},
        ),
        ("how can i download my posts to keep in my computer", {"archive"}),
    ],
)
def test_a_third_round_of_own_phrasings(text: str, expected: set[str]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("yep, all sorted now", "export", "done"),
        ("ok that's sorted", "profile", "done"),
        ("hmm where's that page?", "alias", "how"),
        ("which page is that on", "export", "how"),
    ],
)
def test_a_step_answered_in_chat_words(text: str, where: str, command: str) -> None:
    assert reading(text, where).command == command


@pytest.mark.parametrize(
    "text",
    [
        "how much is the price of a pixel phone right now",
        "my android battery drains overnight, help",
        "what tablet should i buy for my kid",
        "What is the price of a new android phone these days",
        "my iphone battery dies so fast, any tips",
    ],
)
def test_a_device_talked_about_off_topic_is_off_topic(text: str) -> None:
    assert reading(text).understanding.kind == "unknown"


def test_a_device_for_doing_the_move_is_still_the_website_or_app_question() -> None:
    assert named("can i do the whole move on my android phone?") == {"website_vs_app"}
