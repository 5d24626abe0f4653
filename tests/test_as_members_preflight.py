"""The pre-flight before "Move followers" as members meet it, through the fake instance in
every language: it says only what the bot saw. Each test is something a member hit trying
the bot."""

from __future__ import annotations

import pytest
from harness import START, say, step_of, walk_to

import replies


def preflight(locale: str, **state: object) -> str:
    """The pre-flight as rendered for this state (the rest as for a plain move: an alias
    seen, 3 followers, 2 follows, nothing locked or blocked)."""
    plain = {
        "alias": "ok",
        "followers": "3",
        "following": "2",
        "clear": True,
        "blocks_public": True,
        "new_server": "new.example",
        "old_server": "example.social",
        "locked": False,
        "block": None,
    }
    return replies.render("progress/preflight.j2", locale, **(plain | state))


def preflight_lines(locale: str, alias: str, clear: bool) -> list[str]:
    """The pre-flight's lines for an alias state, without counts or blocks."""
    text = preflight(locale, alias=alias, clear=clear)
    return [line for line in text.strip().splitlines() if line.strip()]


@pytest.mark.parametrize("locale", sorted(START))
async def test_an_alias_taken_on_trust_is_not_called_clear_to_go(sandbox, locale):
    """The alias was never seen: "done" three times at the alias step goes on the member's
    word ("I'll go on your word"). The pre-flight then said "Clear to go, as far as I can
    see", as if the bot had seen the alias. It says the alias is not there, and nothing
    after that says to go ahead anyway."""
    await walk_to(sandbox, "alias", locale)
    for _ in range(3):
        answer = await say(sandbox, "alice", "👍", locale)
    assert await step_of(sandbox) == "move", answer
    trusted = preflight_lines(locale, "trusted", clear=False)
    clear_to_go = preflight_lines(locale, "ok", clear=True)[-1]
    go_ahead = preflight_lines(locale, "unknown", clear=False)[-1]
    assert trusted[1] in answer, answer  # "I still can't see the alias"
    assert clear_to_go not in answer and go_ahead not in answer, answer


@pytest.mark.parametrize("locale", sorted(START))
async def test_the_preflight_after_going_on_the_members_word_agrees_with_it(sandbox, locale):
    """The third "done" at the alias step got "OK, I'll go on your word" and, in the same
    reply, the pre-flight's "No alias yet on the new account: create it first": the
    member's word taken and called wrong at once. The pre-flight says the bot still
    can't see the alias, on their word, and that the move fails without it."""
    await walk_to(sandbox, "alias", locale)
    for _ in range(2):  # twice "done" at the alias step, the alias unseen
        await say(sandbox, "alice", "👍", locale)
    answer = await say(sandbox, "alice", "👍", locale)
    assert await step_of(sandbox) == "move", answer
    on_word = replies.render("walkthrough/checks.j2", locale, check="alias_trusted")
    assert on_word in answer, answer
    missing = preflight_lines(locale, "missing", clear=False)[1]
    trusted = preflight_lines(locale, "trusted", clear=False)[1]
    assert missing not in answer and trusted in answer, answer


SKIP = {"en": "skip", "de": "überspringen", "fr": "passer", "es": "saltar", "ja": "スキップ"}


@pytest.mark.parametrize("locale", sorted(SKIP))
async def test_a_skip_offered_as_going_on_the_members_word_is_taken_as_that(sandbox, locale):
    """Twice "done" at the alias step, the alias unseen: "To go on now on your word, say
    "skip" or "done" once more". "done" got the pre-flight's "I still can't see the
    alias, on your word"; "skip" got "No alias yet: create it first". Both are the
    member's word now. A "skip" before any "done" still says there is no alias yet."""
    await walk_to(sandbox, "alias", locale)
    for _ in range(2):  # twice "done" at the alias step, the alias unseen
        await say(sandbox, "alice", "👍", locale)
    answer = await say(sandbox, "alice", SKIP[locale], locale)
    assert await step_of(sandbox) == "move", answer
    missing = preflight_lines(locale, "missing", clear=False)[1]
    trusted = preflight_lines(locale, "trusted", clear=False)[1]
    assert missing not in answer and trusted in answer, answer
    await walk_to(sandbox, "alias", locale, "bob")
    answer = await say(sandbox, "bob", SKIP[locale], locale)
    assert await step_of(sandbox, "bob") == "move", answer
    assert missing in answer and trusted not in answer, answer


def counts_line(locale: str, following: str | None) -> str:
    """The pre-flight's line of counts, for an old account of no followers."""
    text = preflight(locale, followers="0", following=following)
    return next(line for line in text.splitlines() if "0" in line)


@pytest.mark.parametrize("locale", sorted(START))
async def test_the_preflight_names_no_follows_to_import_when_there_are_none(sandbox, locale):
    """An old account that follows nobody got "Moving 0 followers. The 0 you follow you
    import." (fr « Les 0 comptes suivis, vous les importez »): only the followers' count."""
    await walk_to(sandbox, "alias", locale)
    sandbox.remote.add_alias(sandbox.remote.get_account("alice"), sandbox.home.get_account("alice"))
    answer = await say(sandbox, "alice", "👍", locale)
    assert await step_of(sandbox) == "move", answer
    assert counts_line(locale, "0") not in answer, answer
    assert counts_line(locale, None) in answer, answer


# Where the move's form is, in Mastodon's own words (mastodon-ui-strings.md): the link under
# "Move to a different account", or the title of the page it opens (settings.migrate).
MOVE_FORM = {
    "en": '"configure it here"',
    "de": "„Kontoumzug“",
    "fr": "«\u00a0Migration de compte\u00a0»",
    "es": "«Migración de cuenta»",
    "ja": "「アカウントの引っ越し」",
}


@pytest.mark.parametrize("locale", sorted(MOVE_FORM))
async def test_the_move_step_says_where_the_form_is(sandbox, locale):
    """The French move step said "Paramètres du compte → « Déménager vers un autre compte »"
    and then which fields to fill in: that heading is followed by a link, not the form, and
    the step named neither. Every locale names the link or the page it opens."""
    await walk_to(sandbox, "alias", locale)
    sandbox.remote.add_alias(sandbox.remote.get_account("alice"), sandbox.home.get_account("alice"))
    answer = await say(sandbox, "alice", "👍", locale)
    assert await step_of(sandbox) == "move", answer
    assert MOVE_FORM[locale] in answer, answer
