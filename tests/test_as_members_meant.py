"""A step moves only on what the member states (issue 12): words of an answer or an order
that are only part of another sentence moved a member's step or threw their walkthrough
away. Through the fake instance, as round 53's members wrote them (bot/interpret.py
_as_said)."""

from __future__ import annotations

import pytest
from harness import START, member_row, say, step_of, walk_to

import replies
from replies.knowledge import knowledge


def misc(locale: str, what: str, **context) -> str:
    return replies.render("walkthrough/misc.j2", locale, what=what, **context).strip()


@pytest.mark.parametrize(
    "text",
    [
        "later, the grandchildren have just arrived",
        "not now, my followers have arrived for dinner lol",
    ],
)
async def test_the_step_put_off_with_its_reason_is_not_yet_whatever_the_reason_says(sandbox, text):
    """ "later, the grandchildren have just arrived" at the import step was read as "done"
    ("have arrived" reports the followers) and the walkthrough went on to the followers'
    wait. The step put off opens the message; the rest only says why: not yet."""
    await walk_to(sandbox, "import", honour=True)
    answer = await say(sandbox, "alice", text)
    assert await step_of(sandbox) == "import", answer
    assert misc("en", "no_rush") in answer, answer


async def test_fed_up_with_a_deletion_at_a_step_asks_which_data_and_moves_nothing(sandbox):
    """ "honestly just delete my account im so done with this" at the import step was read
    as "done" ("done with") and the step moved on. Fed up is no step done; the deletion
    said in it is asked about (this bot's data or the account), and the step stays."""
    await walk_to(sandbox, "import", honour=True)
    answer = await say(sandbox, "alice", "honestly just delete my account im so done with this")
    assert "Which data do you mean" in answer, answer
    assert await step_of(sandbox) == "import"
    assert (await member_row(sandbox))["pending_confirmation"] == "clarify_delete"


@pytest.mark.parametrize(
    ("step", "text"),
    [
        ("import", "so done with this"),
        ("alias", "i am so done with mastodon tbh"),
        ("export", "im so done with this app lol"),
    ],
)
async def test_fed_up_alone_at_a_step_moves_nothing(sandbox, step, text):
    """ "so done with this", "i am so done with mastodon tbh" were read as the step done."""
    await walk_to(sandbox, step, honour=True)
    await say(sandbox, "alice", text)
    assert await step_of(sandbox) == step


async def test_start_fresh_weighed_against_moving_is_the_question_not_a_restart(sandbox):
    """ "honestly should i even move or just start fresh" by DM, after a walkthrough was
    begun, was read as "restart" and started it over. Weighed against moving ("or"), a
    fresh start is the doubt about moving at all: its answer, and the step stays."""
    await walk_to(sandbox, "profile")
    text = "honestly should i even move or just start fresh, i have 40 followers and idk"
    # By DM outside a step: the member finished or never began; here between steps alike.
    answer = await say(sandbox, "dora", text)
    whether = knowledge("en").subjects["whether_to_move"]
    assert whether.answer in answer, answer
    assert await member_row(sandbox, "dora") is None
    answer = await say(sandbox, "alice", text)
    assert whether.answer in answer, answer
    assert await step_of(sandbox) == "profile"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de", "Ich ziehe von hier weg, auf einen Schweizer Server."),
        ("de", "Ich ziehe von dieser Instanz auf eine andere um."),
        ("en", "I'm moving from here to a Swiss server"),
        ("en", "moving from this server to mastodon.art"),
        ("fr", "Je déménage d'ici vers un serveur suisse"),
        ("fr", "je déménage de cette instance vers mastodon.art"),
    ],
)
async def test_moving_from_here_is_leaving_not_arriving(sandbox, locale, text):
    """Asked which way, "Ich ziehe von hier weg" was read as arriving ("ziehe von" comes
    here), and so was "moving from this server to ...": the walkthrough asked for the old
    account as if the member came here; "Je déménage d'ici vers un serveur suisse" was read
    as "start", and the direction was asked again. Moving from here leaves: the new address
    is asked."""
    await say(sandbox, "alice", START[locale], locale)
    await say(sandbox, "alice", text, locale)
    assert await step_of(sandbox) == "ask_new_handle"


async def test_moving_from_elsewhere_to_here_still_arrives(sandbox):
    """The other way stays: "Ich ziehe von mastodon.social hierher" comes here."""
    await say(sandbox, "alice", START["de"], "de")
    await say(sandbox, "alice", "Ich ziehe von mastodon.social hierher", "de")
    assert await step_of(sandbox) == "ask_old_handle"


def thanks(locale: str, **context) -> str:
    return replies.render("answers/thanks.j2", locale, **context).strip()


@pytest.mark.parametrize(
    "text",
    [
        "that worked, thank you so much!!",
        "it worked, thanks a lot!",
        "It worked! Thank you so much",
    ],
)
async def test_thanks_beside_it_worked_by_dm_is_thanks_not_a_progress_report(sandbox, text):
    """ "that worked, thank you so much!!" by DM outside a walkthrough was read as asking
    how the move goes ("that worked" asks it in "did that work?") and got a progress
    report. Thanks beside a report of nothing in particular, asking nothing, is thanks."""
    answer = await say(sandbox, "dora", text)
    assert thanks("en", direct=True) in answer, answer
    assert await member_row(sandbox, "dora") is None


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "cheers love, that's sorted"),
        ("en", "thanks so much, all sorted now"),
        ("en", "it worked, thank you so much"),
        ("de", "Danke, alles erledigt"),
    ],
)
async def test_thanks_beside_a_bare_report_while_followers_arrive_is_thanks(sandbox, locale, text):
    """ "cheers love, that's sorted" while followers arrive was read as "done": the wait
    was ended and the walkthrough went on. Nothing waits to be done there: thanks beside
    a bare done word is thanks, and the step stays."""
    await walk_to(sandbox, "followers", locale, honour=True)
    answer = await say(sandbox, "alice", text, locale)
    assert await step_of(sandbox) == "followers", answer
    assert misc(locale, "thanks") in answer, answer


async def test_a_report_beside_thanks_at_a_step_with_something_to_do_is_still_done(sandbox):
    """The other steps keep it: "that worked, thank you so much!!" at the profile step did
    the step."""
    await walk_to(sandbox, "profile", honour=True)
    await say(sandbox, "alice", "that worked, thank you so much!!")
    assert await step_of(sandbox) == "export"


@pytest.mark.parametrize(
    "text", ["je déménage ici depuis mastodon.social", "je migre ici depuis mastodon.social"]
)
async def test_moving_here_from_elsewhere_in_french_arrives(sandbox, text):
    """Asked which way, "je déménage ici depuis mastodon.social" was read as "start" and
    the direction was asked again (the leaving form was fixed in 2304dae): it arrives, and
    the old account's address is asked."""
    await say(sandbox, "alice", START["fr"], "fr")
    await say(sandbox, "alice", text, "fr")
    assert await step_of(sandbox) == "ask_old_handle"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("fr", "Je ne souhaite plus recevoir de rappels, merci."),
        ("fr", "je ne veux plus recevoir de messages"),
        ("de", "Bitte schreiben Sie mir vorerst nicht mehr, ich melde mich. Vielen Dank!"),
        ("de", "bitte schreib mir erstmal nicht mehr"),
    ],
)
async def test_no_more_messages_said_in_a_whole_sentence_stops(sandbox, locale, text):
    """ "Je ne souhaite plus recevoir de rappels, merci." while followers arrive was read
    as thanks, "bitte schreib mir erstmal nicht mehr" as a question about the old
    account's mentions: the member asked for no more messages, and got more."""
    await walk_to(sandbox, "followers", locale, honour=True)
    await say(sandbox, "alice", text, locale)
    assert (await member_row(sandbox))["paused"] == 1


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de", "Merci, die CSVs sind gespeichert"),
        ("fr", "Merci beaucoup, les CSV sont enregistrés"),
    ],
)
async def test_a_report_beside_thanks_at_a_step_does_the_step(sandbox, locale, text):
    """ "Merci, die CSVs sind gespeichert" at the export step was read as thanks alone: the
    report beside it (the CSVs named) was never heard, and the step was asked again. At a
    step with something to do, the clauses that do not thank report it: done."""
    await walk_to(sandbox, "export", locale, honour=True)
    await say(sandbox, "alice", text, locale)
    assert await step_of(sandbox) == "archive"


async def test_thanks_beside_something_else_at_a_step_moves_nothing(sandbox):
    """The rest no report, nothing moves: "thanks, but I don't have the csv files yet"."""
    await walk_to(sandbox, "export", honour=True)
    await say(sandbox, "alice", "thanks, but I don't have the csv files yet")
    assert await step_of(sandbox) == "export"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "yall can quit with the reminders now, im good"),
        ("fr", "stp arrête de me dm, j'en ai marre de tes messages"),
        ("fr", "arrêtez de me dm svp"),
    ],
)
async def test_quit_with_the_reminders_stops(sandbox, locale, text):
    """ "yall can quit with the reminders now, im good" while followers arrive was a dead
    end, and "stp arrête de me dm, ..." a question about DMs (round 55): no more messages
    asked for, more sent."""
    await walk_to(sandbox, "followers", locale, honour=True)
    await say(sandbox, "alice", text, locale)
    assert (await member_row(sandbox))["paused"] == 1


async def test_starting_again_from_the_first_step_in_spanish_starts_over(sandbox):
    """ "mejor arranquemos la guia otra vez desde el primer paso" at a step was read as
    "start" (round 55's row, at the move step): the walkthrough begun again from the first
    step is a restart, which the bot asks to confirm."""
    await walk_to(sandbox, "export", "es", honour=True)
    await say(sandbox, "alice", "mejor arranquemos la guia otra vez desde el primer paso", "es")
    assert (await member_row(sandbox))["pending_confirmation"] == "restart"


async def test_a_step_skipped_for_a_myth_corrects_the_myth_and_keeps_the_step(sandbox):
    """ "mutes move automatic so i can skip that csv" at the export step skipped it (round
    102): the member would lose their mutes on the claim the bot exists to correct. The
    claim is answered and the step stays."""
    await walk_to(sandbox, "export", honour=True)
    answer = await say(sandbox, "alice", "mutes move automatic so i can skip that csv")
    correction = knowledge("en").myths["mutes_move_automatically"].correction
    assert correction.split(":")[0] in answer, answer
    assert await step_of(sandbox) == "export"
