"""English classes of session 35 (learn35en), chosen on the tuning halves of rounds 58-66
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "set up the alias on the new profile, so my followers should be transferring by now?",
        "alias is in place on the new account so my followers should be migrating now, right?",
        "i created the alias yesterday so my followers ought to be transferring already, yeah?",
        "I set up the alias this morning and my followers should be transferring. Why has nothing changed?",
        "Added the alias on my new account and my followers should be arriving now, yes?",
        "made the alias so the followers must be transferring over now",
    ],
)
def test_followers_expected_to_be_moving_once_the_alias_is_made(text: str) -> None:
    """ "I made the alias, so my followers should be transferring now?": that the followers
    are already on their way once the alias exists is the myth that the alias starts the
    transfer (LABELS.md alias_starts_transfer), whether asked for a yes or claimed
    (intents/en.toml, the myth's "followers .. be transferring" and kin)."""
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "can you suggest a server that won't shut down in a few months?",
        "looking for a solid instance that isn't going to close on me",
        "any tips for a server that won't vanish in a year?",
        "recommend me a server thats not gonna die soon",
        "i need a server that won't go away after six months, ideas?",
        "any good german servers that arent gonna shut down next year",
    ],
)
def test_a_server_that_will_not_close_is_choosing_one(text: str) -> None:
    """ "a good server that's not gonna shut down in 6 months": the closing is denied, it
    describes the server wanted; choosing one is asked (LABELS.md choose_server), not a
    closing server (intents/en.toml choose_server, "not going to shut down" and kin, longer
    than server_closing's "going to shut down" so they take its words)."""
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "is there a reason my posts stay behind when i move?",
        "y cant my toots come with me",
        "posts not moving over is a weird design choice tbh",
        "people have been asking for a post import for years. still nothing?",
        "mastodon never got round to building post import?",
        "there's been a github issue for importing posts since 2019, how come it still isn't possible?",
        "the feature request for post import has been open on github since 2019. why is it still not done?",
    ],
)
def test_why_the_posts_stay_behind(text: str) -> None:
    """ "is there a reason posts stay behind?", "y dont my posts move", "people have asked
    for post import for years": the reason posts don't move is asked (LABELS.md
    why_no_posts), not whether they move; "y" is "why" before a verb (intents/en.toml
    why_no_posts and the posts rule's cues)."""
    assert subjects_of(text) == {"why_no_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "does the move propagate to followers on other servers, or only local ones?",
        "will Move propagate my followers to remote instances too, or just the local ones",
        "do remote followers get moved as well, or only the local ones on my server?",
    ],
)
def test_which_followers_the_move_reaches(text: str) -> None:
    """ "does Move propagate to remote instances or only local ones?": which followers the
    move reaches is asked (followers), not how long it takes, though "propagate" is a
    timing word elsewhere ("how long does the move take to propagate") (intents/en.toml,
    the follower_timing rule's `unless`)."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "is there a set time window for followers to come over, or does each server go at its own pace?",
        "do my followers transfer in one batch or does it depend on every server's queue?",
        "does the follower migration run in a fixed window, or whenever each instance's queue gets to it?",
        "is there a time window for followers to arrive, or does it depend on each server's backlog?",
    ],
)
def test_when_followers_arrive_in_the_servers_queues(text: str) -> None:
    """ "a fixed window for followers to migrate, or each server's queue?": when the
    followers arrive is asked (LABELS.md follower_timing), in a server admin's words
    (intents/en.toml, the follower_timing rule's cues "window", "queue", "own pace")."""
    assert subjects_of(text) == {"follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "my instance uses our company's azure ad sign-in, i never made a pw, can i still move?",
        "we log in through active directory at work, no password of my own. can i migrate?",
        "never created a password, i just use the university login. does moving work for me?",
        "login is via okta at our org so i have no pw. is migrating possible?",
    ],
)
def test_an_organisation_login_without_a_password(text: str) -> None:
    """ "azure AD login, never set a pw. can I still migrate?": an organisation's single
    sign-on and no password of one's own is sso_no_password (LABELS.md); "pw" is
    "password" (intents/en.toml sso_no_password, [text] rewrite)."""
    assert subjects_of(text) == {"sso_no_password"}


@pytest.mark.parametrize(
    "text",
    [
        "do my tweets come with me when i switch servers?",
        "will my old tweets move over to the new instance",
        "if i change apps do my tweets carry over",
        "do tweets transfer when you migrate",
    ],
)
def test_tweets_said_of_the_members_own_posts(text: str) -> None:
    """ "if i switch apps do my tweets come with me?": tweets that come along or move are
    the member's own posts, said in Twitter's word, not tweets imported from Twitter (out
    of scope); switching apps is the move, not the app to do it in (intents/en.toml
    posts "tweets come" and kin; the website_vs_app rule on "switch apps")."""
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "i use favourites as bookmarks tbh, do those survive the move?",
        "my faves are basically bookmarks for me, will i lose them when i switch?",
        "I star posts instead of bookmarking them. Are the stars kept after moving?",
        "likes work as my bookmarks, are they gone after i move?",
    ],
)
def test_favourites_used_as_bookmarks_are_the_favourites(text: str) -> None:
    """ "my favourites are basically my bookmarks, are they lost when I move?": the
    bookmarks only say what the favourites are used for; the favourites are asked about
    (intents/en.toml bookmarks `context`: "as bookmarks", "basically bookmarks" ...)."""
    assert subjects_of(text) == {"boosts_favourites"}


@pytest.mark.parametrize(
    "text",
    [
        "my follows - export and then import, is that how it works?",
        "for the people i follow it's export then import? which one?",
        "blocks and mutes: export then import on the new account?",
    ],
)
def test_export_then_import_asks_how_to_import(text: str) -> None:
    """ "the people i follow - export then import?": how to bring the list over is asked
    (LABELS.md import), not whether it moves (intents/en.toml import "export then
    import")."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "read a couple of blog posts and now I'm lost. what comes with me and what doesn't?",
        "the blog posts all say different things, so what actually moves over?",
    ],
)
def test_blog_posts_read_are_not_the_members_posts(text: str) -> None:
    """ "I've read three blog posts and they contradict each other. what moves?": blog
    posts are what the member read, not their own posts (intents/en.toml posts
    `context`)."""
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "our admin is pulling the plug on the 1st, what should I do?",
        "if the server gets switched off before my move is done, how long do i have?",
        "the instance switches off at the end of the month, how much time do i have left?",
    ],
)
def test_a_server_switched_off_is_closing(text: str) -> None:
    """ "if our server switches off before I've finished moving, how long will I have?":
    a server switched off or its plug pulled is a closing server (LABELS.md
    server_closing), not how long the move takes (intents/en.toml server_closing)."""
    assert subjects_of(text) == {"server_closing"}


@pytest.mark.parametrize(
    "text",
    [
        'guide says: "Create an account alias on the new server. That kicks off the transfer of your followers." correct?',
        "copied from a blog: 'add the alias on your new account, this kicks off the follower transfer'. true?",
    ],
)
def test_a_pasted_guide_saying_the_alias_starts_the_transfer(text: str) -> None:
    """A guide pasted and asked to confirm ("... This triggers the follower transfer."
    correct?) states its claim: the alias starting the transfer is the myth (LABELS.md
    alias_starts_transfer)."""
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "our instance is shutting down in two weeks, do my photos come along with me?",
        "the admin is pulling the plug next month. my old posts, is there no way to bring them over?",
    ],
)
def test_a_closing_told_before_asking_whether_posts_move(text: str) -> None:
    """ "admin is pulling the plug in 10 days ... my posts, no way to bring them over?": the
    closing is why the member moves (LABELS.md), whether the posts come is asked
    (intents/en.toml, the server_closing and posts rule)."""
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "Which button actually kicks off the migration of my followers?",
        "where is the button that moves my followers over?",
        "which button starts the transfer of followers, on the old account or the new?",
    ],
)
def test_the_button_that_moves_the_followers_is_the_move(text: str) -> None:
    """ "which button triggers the migration of followers?": the button that starts the
    move is asked (LABELS.md move), not the followers (intents/en.toml, the followers rule
    "which button", "button that" ...; not once it was pressed)."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "got all the csv files now. which one do i import first?",
        "I have the export files, which file do I import on the new account?",
    ],
)
def test_which_exported_file_to_import(text: str) -> None:
    """ "I exported all CSV files. Now which one I must import first?": the files are in
    hand, importing them is asked (LABELS.md import), not the Export page (intents/en.toml,
    the csv_export rule that becomes import: "import first", "which one do i import")."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "what are the steps to export my lists and blocks?",
        "what's the procedure to export my mutes and blocks?",
    ],
)
def test_the_steps_to_export_a_list_are_the_export_page(text: str) -> None:
    """ "what is the procedure to export my bookmarks and mute list?": how to export is
    the Export page whatever list it holds (LABELS.md csv_export; intents/en.toml
    csv_export "procedure to export", "steps to export")."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("will my bio be copied?", "profile"),
        ("does my display name get copied when I move?", "profile"),
        ("is it possible to import my toots into the new profile?", "posts"),
        ("could i import all my old posts on my new server?", "posts"),
    ],
)
def test_asking_whether_with_nothing_put_forward(text: str, subject: str) -> None:
    """ "will my bio and display name be copied", "can I import my old posts into my new
    account?": asking whether, with nothing put forward beside it (no "automatically", no
    archive taken over, nothing to bring back), asks what happens to the thing (LABELS.md),
    not the myth (intents/en.toml `put_forward_by` of name_bio_copied and
    posts_can_be_imported)."""
    assert subjects_of(text) == {subject}
