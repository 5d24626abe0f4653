"""English classes of session 32 (learn32en), chosen on the tuning halves of rounds 58-63
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("please erase my details from the bot's memory", "dm"),
        ("scrub whatever is in this bot's memory about me", "dm"),
        ("delete whatever info your bot has got on me", "public"),
        ("remove all the stuff your bot has on me please", "dm"),
        ("remove everything this bot remembers about me", "dm"),
        ("can you wipe what you remember about me", "dm"),
    ],
)
def test_what_the_bot_remembers_or_has_on_me_is_its_data(text: str, where: str) -> None:
    """ "clear my info from the bot's memory", "wipe what your bot has on me": the bot's
    memory, what it has on the member or remembers, is the data the bot keeps (forget),
    not the Mastodon account the erasing verb would delete (walkthrough/en.toml forget)."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("salamat po", "dm"),
        ("salamat po!!", "followers"),
        ("maraming salamat po sa help", "import"),
        ("shukriya bot", "public"),
    ],
)
def test_thanks_in_the_words_of_other_englishes(text: str, where: str) -> None:
    """Filipino and Indian English thank in their own words ("salamat po", "shukriya"):
    thanks, not an off-topic message (intents/en.toml kinds.thanks)."""
    assert read_row({"text": text, "where": where}).understanding.kind == "thanks"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("so the alias is what moves my followers, abi?", "alias_starts_transfer"),
        ("my blocks come over on their own, abi", "blocks_move_automatically"),
        ("the people i follow get copied over automatically, shey?", "follows_move_automatically"),
        ("my posts will move with me to the new server, diba?", "posts_move_automatically"),
        ("followers have to follow me again by hand, neh?", "followers_must_refollow"),
    ],
)
def test_tags_of_other_englishes_confirm_a_claim(text: str, myth: str) -> None:
    """Nigerian "abi" and "shey", Filipino "diba", South African "neh" close a claim
    to be confirmed, as "right?" does: the claim is stated (intents/en.toml `tags`,
    walkthrough/en.toml `confirming_ending`)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("once i add the alias the followers start moving over right?", "alias"),
        ("after the alias is set the followers start coming across automatically yeah", "alias"),
        ("so making the alias starts moving my followers, right?", "dm"),
    ],
)
def test_a_claim_that_the_alias_starts_the_move_is_no_wish_to_start(text: str, where: str) -> None:
    """ "the followers start moving once I add the alias, right?": "start moving" inside a
    claim about how the move goes is the alias myth, not a wish to start the walkthrough
    (bot/interpret.py: no start wish over a myth)."""
    assert myths_of(text, where) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "just made the alias on my old account like the article said",
        "i added the alias on my old profile like the guide told me",
        "done, put the alias on my old account",
        "created the alias on the old one as the blog said, whats next",
    ],
)
def test_the_alias_reported_made_on_the_old_account_is_the_myth(text: str) -> None:
    """At the alias step, the alias reported made on the old account is the step done the
    wrong way: the myth, corrected, not "done" (knowledge `step_done_wrong`), or the member
    goes on to the move with the alias on the wrong account."""
    assert myths_of(text, "alias") == {"alias_on_old_account"}


@pytest.mark.parametrize(
    "text", ["alias made on my new account", "added the alias on the new one, done"]
)
def test_the_alias_made_on_the_new_account_is_done(text: str) -> None:
    assert command_of(text, "alias") == "done"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("all the photos i posted, where do they go after i move lah", {"posts"}),
        ("how do i bring my lists over lah", {"import"}),
    ],
)
def test_lah_closing_a_question_still_asks(text: str, subjects: set[str]) -> None:
    """Singaporean "lah" softens questions as well as claims: it is no confirming tag."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "self hosting is too much work, which big instance should i pick to go back to",
        "my tiny instance is a pain to run, how do i find a good server to return to",
        "running my own server got old. which general instance should i join to go back to?",
    ],
)
def test_a_server_to_go_back_to_is_the_one_chosen(text: str) -> None:
    """ "how do I choose a server to go back to?": the server to go back to is the one
    chosen, not the old account moved back to (intents/en.toml rule on choose_server)."""
    assert subjects_of(text) == {"choose_server"}


# Mends of readings the retrained second opinion flipped in other locales: the tables carry
# them now, so no retrain can flip them again.


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mis l'alias donc mes abonnés sont en train d'arriver, non ?",
        "alias créé ce matin, du coup mes abonnés sont en train de migrer non ?",
    ],
)
def test_fr_followers_told_arriving_after_the_alias_state_the_alias_myth(text: str) -> None:
    """ "j'ai mis l'alias donc mes abonnés sont en train d'arriver, non ?": the followers told
    to be arriving because of the alias states the alias myth (fr.toml
    alias_starts_transfer: "abonnés .. en train d'arriver")."""
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("i sign in with my google account, theres no password, can i still move", "public"),
        ("the move form wants my password but i only ever used google login", "public"),
        ("it asks for a password here but i use apple sign in, what now?", "move"),
        ("we log in through our university SSO, how do i confirm without a password", "move"),
    ],
)
def test_signing_in_with_google_or_apple_is_no_password(text: str, where: str) -> None:
    """ "I use Google login", "apple sign in": an account signed in to through another
    service has no password (sso_no_password); at the move step "what now?" after it asks
    about that problem, not which step is next (knowledge `reports_a_problem`)."""
    assert subjects_of(text, where) == {"sso_no_password"}


@pytest.mark.parametrize(
    "text",
    [
        "my old server is completely gone, what do i do now",
        "the site of my old instance doesnt even load anymore, can i still move?",
        "old instance page does not load at all since last week, what now",
    ],
)
def test_an_old_server_that_no_longer_loads_is_gone(text: str) -> None:
    """ "the server is completely gone, the site doesn't even load": the old server gone."""
    assert subjects_of(text) == {"old_server_gone"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("May we pass over this step? I have no need of it.", "archive", "skip"),
        ("let's pass over this one please", "export", "skip"),
        ("i joined this server from somewhere else", "choose_direction", "here"),
        ("just joined this instance, my old one is elsewhere", "choose_direction", "here"),
        ("is my move actually working", "dm", "progress"),
        ("is the migration even working??", "dm", "progress"),
    ],
)
def test_step_answers_in_plain_words(text: str, where: str, command: str) -> None:
    """ "may we pass over this step?" skips; "I joined this server from somewhere else"
    arrives here; "is my move actually working" asks how the move goes (walkthrough/en.toml)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "the stars I gave to other people's posts, where do they go after the migration?",
        "do my likes on other folks' posts come with me",
        "what about the boosts i did of other users posts, do they transfer",
    ],
)
def test_favourites_given_on_others_posts_are_the_favourites(text: str) -> None:
    """The posts whose the favourites were given on are other people's, not the member's
    own posts (intents/en.toml rule on boosts_favourites and posts)."""
    assert subjects_of(text) == {"boosts_favourites"}


@pytest.mark.parametrize(
    "text",
    [
        "When a migration comes out partial, which followers typically stay behind?",
        "some followers never came across, what happened to them",
        "which of my followers get left behind when i move",
    ],
)
def test_followers_who_never_came_are_the_lower_count(text: str) -> None:
    """Which followers stay behind, or what became of those that never came, is the lower
    count (some servers don't support moving), not how long they take."""
    assert subjects_of(text) == {"follower_count_lower"}
