"""Whole moves walked the way members walk them, through the fake instance: short words
every language uses, a pause and a return, commands before any walkthrough, odd answers
where an address is asked for. Each test is something a member hit trying the bot."""

from __future__ import annotations

import pytest
from harness import START, advance, member_row, say, step_of, walk_to

import replies
from bot.text import html_to_text


def command(locale: str, name: str, **context) -> str:
    return replies.render("walkthrough/commands.j2", locale, command=name, **context).strip()


@pytest.mark.parametrize("locale", ["de", "fr", "es", "ja"])
async def test_stop_and_ok_get_replies_in_the_language_of_the_walkthrough(sandbox, locale):
    """ "stop" and "ok" are words of every locale's tables: they do not say the member
    switched to English (a German member's "stop" was answered "Paused: ..." in English)."""
    await walk_to(sandbox, "export", locale)
    assert command(locale, "stop") in await say(sandbox, "alice", "stop", language=locale)
    assert command(locale, "resume") in await say(sandbox, "alice", "resume", language=locale)
    # A bare "ok" to "download the CSV files" says it was understood, not done.
    answer = await say(sandbox, "alice", "ok", language=locale)
    assert await step_of(sandbox) == "export"
    understood = replies.render("walkthrough/misc.j2", locale, what="understood", step="export")
    assert understood.strip() in answer, answer


GO_ON = {"en": "go on", "de": "weiter", "fr": "on continue", "es": "seguimos", "ja": "続けて"}


@pytest.mark.parametrize("locale", sorted(GO_ON))
async def test_a_paused_member_saying_go_on_resumes_where_they_were(sandbox, locale):
    """ "weiter" after a pause is "let's go on": it was taken as "done" at the alias step,
    which moved on past a step not done, and left the member paused (no re-checks, no
    reminders). It resumes, on the same step."""
    await walk_to(sandbox, "alias", locale)
    await say(sandbox, "alice", "stop", language=locale)
    answer = await say(sandbox, "alice", GO_ON[locale], language=locale)
    member = await member_row(sandbox)
    assert (member["step"], member["paused"]) == ("alias", 0), answer
    assert command(locale, "resume") in answer and "5/9" in answer, answer


@pytest.mark.parametrize("text", ["ok", "👍", "yes", "thanks"])
async def test_ok_after_stop_acknowledges_the_pause_and_moves_nothing(sandbox, text):
    """ "Paused: ..." / "ok": the member agrees to the pause; they did not say the step is
    done (the export step was passed, then the archive step, one "👍" each)."""
    await walk_to(sandbox, "export")
    await say(sandbox, "alice", "stop")
    answer = await say(sandbox, "alice", text)
    member = await member_row(sandbox)
    assert (member["step"], member["paused"]) == ("export", 1), answer
    assert '"resume"' in answer and "Step 4/9" not in answer, answer
    assert command("en", "stop") not in answer  # not the same words again


async def test_a_paused_member_who_answers_the_step_is_walking_again(sandbox):
    """Back after a pause with "done": the step moves on, and the reminders come back
    (said so), instead of a walkthrough going on with everything switched off."""
    await walk_to(sandbox, "export")
    await say(sandbox, "alice", "stop")
    answer = await say(sandbox, "alice", "done")
    member = await member_row(sandbox)
    assert (member["step"], member["paused"]) == ("archive", 0), answer
    assert command("en", "resume") in answer and "Request your archive" in answer, answer
    pending = await sandbox.read(sandbox.bot.db.store.reminders, "alice", state="pending")
    assert pending, "nudges again"


async def test_resume_without_a_pause_says_where_they_are_not_welcome_back(sandbox):
    await walk_to(sandbox, "export")
    answer = await say(sandbox, "alice", "resume")
    assert command("en", "resume") not in answer, answer
    assert "step 3/9" in answer and "Export" in answer, answer


@pytest.mark.parametrize("text", ["where am i", "back", "skip", "resume", "how is my move going?"])
async def test_walkthrough_commands_before_any_walkthrough_say_there_is_none(sandbox, text):
    """They got "Sorry, I don't know that one" (a member who never said "move"), or, after
    "language fr", "you're at step 1/9: no walkthrough yet" and "this is the first step"."""
    none_yet = command("en", "no_walkthrough")
    assert none_yet in await say(sandbox, "dora", text)
    await say(sandbox, "erin", "language fr")
    answer = await say(sandbox, "erin", text)
    assert command("fr", "no_walkthrough") in answer, answer
    assert "1/9" not in answer and command("fr", "cannot_go_back") not in answer, answer


async def test_start_over_before_any_walkthrough_starts_it(sandbox):
    answer = await say(sandbox, "dora", "start over")
    assert await step_of(sandbox, "dora") == "choose_direction", answer


@pytest.mark.parametrize("text", ["done", "ok", "yes", "erledigt", "fait", "hmm"])
async def test_a_word_where_the_address_is_asked_is_no_username(sandbox, text):
    """ "Which server is done on? Send the whole address, like done@server.example": a
    member who said "done" (or "hmm") at the address step was taken to have sent a
    username. Words of the walkthrough and filler are not names: the address is asked for."""
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", "1")
    answer = await say(sandbox, "alice", text)
    assert f"{text}@" not in answer, answer
    asked = [replies.render("walkthrough/misc.j2", c, what="need_handle") for c in START]
    assert any(words.strip() in answer for words in asked), answer
    assert await step_of(sandbox) == "ask_new_handle"
    sandbox.home.create_account("bob")  # a name alone is still taken on this server
    assert "I took bob to be bob@example.social" in await say(sandbox, "alice", "bob")


@pytest.mark.parametrize("locale", sorted(START))
async def test_help_asked_twice_is_not_told_to_say_help(sandbox, locale):
    """The second "help" got "Same as my last message (in case it got lost). Stuck? Say
    "help"." above the help: the member had just said it."""
    await walk_to(sandbox, "export", locale)
    await say(sandbox, "alice", f"language {locale}")
    help_text = replies.render("walkthrough/help.j2", locale).strip()
    assert help_text in await say(sandbox, "alice", "help", language=locale)
    again = await say(sandbox, "alice", "help", language=locale)
    stuck = replies.render("walkthrough/misc.j2", locale, what="again").strip()
    assert help_text in again and stuck not in again, again
    # Said once, it still says so, without pointing to the help it gives.
    assert stuck.split("(")[0].split("（")[0] in again, again


async def test_the_end_after_skipping_the_move_says_followers_have_not_moved(sandbox):
    """Every step skipped, "Move followers" too: the end said "You're done! Moved: your
    followers ... The old account, which moved, can't move again for 30 days."."""
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", "1")
    sandbox.remote.create_account("alice")
    await say(sandbox, "alice", "alice@new.example")
    while await step_of(sandbox) != "finished":
        end = await say(sandbox, "alice", "skip")
    assert "Moved: your followers" not in end and "30 days" not in end, end
    assert "your followers are still on the old account" in end, end


@pytest.mark.parametrize("text", ["new.example/@alice", "new.example/@alice/"])
async def test_a_profile_address_copied_without_https_is_the_account(sandbox, text):
    """Browsers and apps show "new.example/@alice" without "https://": it was "That
    doesn't look like an account address"."""
    sandbox.remote.create_account("alice")
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", "1")
    answer = await say(sandbox, "alice", text)
    assert "I found alice@new.example" in answer, answer


@pytest.mark.parametrize(
    ("first", "then", "step_now"),
    [
        ("1", "2", "ask_old_handle"),
        ("2", "1", "ask_new_handle"),
        ("1", "I'm coming here", "ask_old_handle"),
    ],
)
async def test_the_other_way_said_at_the_first_step_changes_the_way(sandbox, first, then, step_now):
    """A member who picked the wrong way and says the other one at once ("2") was asked
    for an address ("Which server is 2 on?", then "Sorry, I didn't get that")."""
    await say(sandbox, "alice", "move")
    await say(sandbox, "alice", first)
    answer = await say(sandbox, "alice", then)
    member = await member_row(sandbox)
    assert member["step"] == step_now, answer
    assert member["direction"] == {"ask_old_handle": "here"}.get(step_now, "away")
    assert "Step 1/9" in answer, answer


SHORTER_TOO = {
    "en": "longer or shorter",
    "de": "verlängern oder verkürzen",
    "fr": "votre admin peut changer cette durée",
    "es": "más o menos tiempo",
    "ja": "長くも短くも",
}


@pytest.mark.parametrize("locale", sorted(SHORTER_TOO))
async def test_the_archive_is_not_said_to_be_kept_at_least_a_week(sandbox, locale):
    """ "Kept 7 days by default (your admin may keep it longer)": the admin's retention
    period may be any number of days, 1 too (mastodon-facts.md §9), so a member on such
    a server read that they had a week at least."""
    from replies.knowledge import knowledge

    known = knowledge(locale)
    assert SHORTER_TOO[locale] in known.subjects["archive"].answer
    status = sandbox.mention("bob", "how long is my archive kept?", language="en")
    await sandbox.wait_reply(status)
    await sandbox.settle()
    answer = "\n".join(html_to_text(r["content"]) for r in sandbox.replies(status["id"]))
    assert "may keep it longer" not in answer, answer


@pytest.mark.parametrize("text", ["merci !", "bonjour", "blablabla quoi"])
async def test_a_french_dm_is_never_told_to_write_in_private(sandbox, text):
    """French thanks, the greeting menu and "I don't know that one" always ended
    "écrivez-moi « déménager » en privé" (write to me in private), in a private message."""
    answer = await say(sandbox, "gaby", text, language="fr")
    assert "déménager" in answer and "en privé" not in answer, answer


def test_french_did_you_mean_says_du_and_des_not_de_le():
    """ "Vous parlez de le choix du serveur ou faut-il déménager ?" """
    asked = {
        ("le choix du serveur", "faut-il déménager"): "Vous parlez du choix du serveur ou",
        ("les hashtags suivis", "l’alias"): "Vous parlez des hashtags suivis ou",
        ("un serveur qui ferme", "l’import"): "Vous parlez d’un serveur qui ferme ou",
        ("l’archive", "l’import"): "Vous parlez de l’archive ou",
    }
    for labels, start in asked.items():
        assert replies.render("answers/did_you_mean.j2", "fr", labels=list(labels)).startswith(
            start
        )


SKIP = {"en": "skip", "de": "überspringen", "fr": "passer", "es": "saltar", "ja": "スキップ"}


@pytest.mark.parametrize("locale", sorted(SKIP))
async def test_skip_where_the_new_address_is_asked_keeps_asking_for_it(sandbox, locale):
    """ "skip" at "What is your new account's address?" went on without one: "Set up your
    new profile by hand on :", "On your NEW account :", "Enter  as ..." and "Good luck on"
    this very server. Every later step names the new account by its address: the step
    stays and says so; given the address, the walk goes on."""
    sandbox.remote.create_account("alice")
    for text in (START[locale], "1"):
        await say(sandbox, "alice", text, language=locale)
    answer = await say(sandbox, "alice", SKIP[locale], language=locale)
    assert await step_of(sandbox) == "ask_new_handle", answer
    assert command(locale, "cannot_skip_handle") in answer, answer
    await say(sandbox, "alice", "alice@new.example", language=locale)
    assert await step_of(sandbox) == "profile"


YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "ja": "はい"}


@pytest.mark.parametrize("locale", sorted(YES))
async def test_yes_to_a_nudge_answers_the_nudge_not_the_step(clocked, locale):
    """A day after "Download the CSV files" the bot nudged ("Just checking in on your
    move"), the member answered "yes" / "はい", and the bot took it for the step done: the
    export passed undone, and a second "yes" to the next nudge passed the archive request
    too (no download reminders). A bare yes to a message the bot sent unasked says where
    they are, the step kept; said to the step shown again, it does the step as before."""
    box, clock = clocked
    await walk_to(box, "export", locale)
    await advance(box, clock, days=1, minutes=1)
    nudge = replies.render("reminders/nudge_1.j2", locale).strip()
    assert html_to_text(box.replies(to="alice")[-1]["content"]).endswith(nudge)
    answer = await say(box, "alice", YES[locale], language=locale)
    assert await step_of(box) == "export", answer
    assert "3/9" in answer, answer
    await say(box, "alice", YES[locale], language=locale)
    assert await step_of(box) == "archive"


async def test_yes_to_the_report_after_the_move_answers_the_report_not_the_import(clocked):
    """After the move the bot writes to the new account: an hour on, "time to import your
    CSV files" and the first follower count went there, and "oui" from the member (in
    their old account's thread) passed the import step as done."""
    box, clock = clocked
    await walk_to(box, "import", "fr", honour=True)
    await advance(box, clock, hours=1, minutes=6)
    assert box.replies(to="alice@new.example"), "no report after the move"
    answer = await say(box, "alice", "oui", language="fr")
    assert await step_of(box) == "import", answer
    assert "7/9" in answer, answer


async def test_a_move_confirmed_again_after_going_back_reminds_to_import_once(clocked):
    """At the import step a member said "zurück", was shown "Move followers" again and
    said "erledigt" again: the move was recorded twice, and an hour later the same "time
    to import your CSV files" DM came twice in a row. A move recorded again replaces the
    import reminder, as it already replaced the follower reports."""
    box, clock = clocked
    await walk_to(box, "import", "de", honour=True)
    await say(box, "alice", "zurück", language="de")
    assert await step_of(box) == "move"
    await say(box, "alice", "erledigt", language="de", honour=True)
    assert await step_of(box) == "import"
    await advance(box, clock, hours=1, minutes=6)
    sent = [html_to_text(s["content"]) for s in box.replies(to="alice@new.example")]
    assert len([text for text in sent if "Zeit, deine CSV-Dateien" in text]) == 1, sent
    assert len(set(sent)) == len(sent), sent
