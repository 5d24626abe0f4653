"""Turns members take that are no step's answer, walked through the fake instance in every
language: a change of way late in the walk, "why?" at a step, a bare "ok" in public, and
"thanks" once the walk is over. Each test is something a member hit trying the bot."""

from __future__ import annotations

import itertools

import harness
import pytest
from harness import START, member_row, step_of, walk_to

import replies
from bot.text import html_to_text
from bot.walkthrough import Words
from replies.knowledge import knowledge

THANKS = {"en": "thanks", "de": "danke", "fr": "merci", "es": "gracias", "ja": "ありがとう"}
# What the answer to a thanks outside a walkthrough offers: the walkthrough again.
OFFER = {"en": '"move"', "de": "„umziehen“", "fr": "«\u00a0déménager\u00a0»", "es": "«mudanza»"}
OFFER |= {"ja": "「引っ越し」"}


async def say(box, username: str, text: str, language: str | None = "en") -> str:
    """A DM in the member's thread, the fake servers doing what it says was done (as in
    `python -m bot try`); the bot's whole answer as text."""
    return await harness.say(box, username, text, language, honour=True)


def misc(locale: str, what: str, **context) -> str:
    return replies.render("walkthrough/misc.j2", locale, what=what, **context).strip()


@pytest.mark.parametrize("locale", sorted(START))
async def test_thanks_after_the_last_step_closes_warmly_without_offering_the_walk(sandbox, locale):
    """ "thanks" once the walk was over got "say "move" and I'll walk you through it":
    the walk they had just finished. A short close instead, naming the follower report
    still to come; thanked again, other words; a bare "ok" is no "I don't know that one"."""
    await walk_to(sandbox, "finished", locale, honour=True)
    assert (await member_row(sandbox))["moved_at"]
    first = await say(sandbox, "alice", THANKS[locale], language=locale)
    assert OFFER[locale] not in first, first
    close = misc(locale, "goodbye", thanked=True, moved=True, report_hours=1)
    assert close in first, first
    again = await say(sandbox, "alice", THANKS[locale], language=locale)
    assert misc(locale, "goodbye_again") in again, again
    assert misc(locale, "again") not in again and close not in again, again
    ok = await say(sandbox, "alice", "ok", language=locale)
    assert (
        OFFER[locale] not in ok
        and misc(locale, "goodbye", thanked=False, moved=True, report_hours=1) in ok
    )


async def public(box, username: str, text: str, language: str, **extra) -> list[str]:
    status = box.mention(username, text, language=language, **extra)
    await box.wait_handled(status)
    await box.settle()
    return [html_to_text(r["content"]) for r in box.replies(status["id"])]


@pytest.mark.parametrize("locale", sorted(START))
async def test_a_public_ok_gets_no_menu(sandbox, locale):
    """ "@bot ok" in public got "Sorry, I don't know that one" and the whole menu on the
    member's thread. Under the bot's answer it needs no reply; a thanks there gets a short
    one; said out of the blue, one short line."""
    unknown = replies.render("answers/unknown.j2", locale).strip().splitlines()[0]
    asked = {"en": "do my posts move?", "de": "kommen meine Beiträge mit?"}
    asked |= {"fr": "mes messages sont-ils transférés ?", "es": "¿se mudan mis publicaciones?"}
    asked |= {"ja": "投稿は引っ越せますか？"}
    question = sandbox.mention("bob", asked[locale], language=locale)
    answer = (await sandbox.wait_reply(question))[-1]
    await sandbox.settle()
    assert await public(sandbox, "bob", "ok", locale, in_reply_to_id=answer["id"]) == []
    thanked = await public(sandbox, "bob", THANKS[locale], locale, in_reply_to_id=answer["id"])
    short = replies.render("answers/thanks.j2", locale, short=True).strip()
    assert [t.removeprefix("@bob ") for t in thanked] == [short], thanked
    fresh = await public(sandbox, "carol", "ok 👍", locale)
    assert len(fresh) == 1 and unknown not in fresh[0], fresh
    assert replies.render("answers/acknowledged.j2", locale).strip() in fresh[0], fresh


WHY = {"en": "why?", "de": "warum?", "fr": "pourquoi ?", "es": "¿por qué?", "ja": "なんで？"}


@pytest.mark.parametrize("locale", sorted(WHY))
async def test_why_at_a_step_says_why_the_step_is_needed_and_keeps_it(sandbox, locale):
    """ "why?" at a step got "Sorry, I didn't get that" (and at the address step it was
    taken for a username: "Which server is why on?"). The step's reason, and the step."""
    sandbox.remote.create_account("alice")
    await say(sandbox, "alice", START[locale], language=locale)
    await say(sandbox, "alice", "1", language=locale)
    for wanted in ("ask_new_handle", "profile", "export", "archive", "alias", "move", "import"):
        while await step_of(sandbox) != wanted:
            await say(
                sandbox,
                "alice",
                "alice@new.example" if wanted == "profile" else "👍",
                language=locale,
            )
        answer = await say(sandbox, "alice", WHY[locale], language=locale)
        reason = replies.render("walkthrough/why.j2", locale, step=wanted).strip()
        assert reason and reason in answer, (wanted, answer)
        assert misc(locale, "not_understood", hint="").strip() not in answer, answer
        assert "why@" not in answer and await step_of(sandbox) == wanted, answer


def test_every_step_of_both_ways_has_its_reason_in_every_locale():
    from bot.walkthrough import StepTable

    table = StepTable.load()
    steps = {"choose_direction", *(s for order in table.order.values() for s in order)}
    for locale in WHY:
        reasons = {
            replies.render("walkthrough/why.j2", locale, step=s).strip()
            for s in steps - {"finished"}
        }
        assert "" not in reasons, locale
        assert len(reasons) == len(steps) - 2, locale  # the two address steps share one


OTHER_WAY = {
    "en": "actually I'm moving the other way, from my old server to here",
    "de": "eigentlich ziehe ich andersrum um, von meinem alten Server hierher",
    "fr": "en fait je déménage dans l'autre sens, de mon ancien serveur vers ici",
    "es": "en realidad me mudo al revés, de mi servidor viejo a este",
    "ja": "実は逆で、前のサーバーからここに引っ越してきます",
}
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "ja": "はい"}
NO = {"en": "no", "de": "nein", "fr": "non", "es": "no", "ja": "いいえ"}


@pytest.mark.parametrize("locale", sorted(OTHER_WAY))
async def test_the_other_way_said_late_in_the_walk_is_asked_once_then_taken(sandbox, locale):
    """At the import step "actually I'm moving the other way" was answered about the old
    account, and only "restart" helped. The change is understood: one short question (the
    steps would start again), "no" keeps everything, "yes" walks the other way, with the
    address given kept as the other account."""
    await walk_to(sandbox, "import", locale, honour=True)
    asked = await say(sandbox, "alice", OTHER_WAY[locale], language=locale)
    question = misc(
        locale,
        "way_ask",
        way="here",
        this_server="example.social",
        handle="alice@new.example",
        number=7,
    )
    assert question in asked, asked
    row = await member_row(sandbox)
    assert (row["step"], row["direction"]) == ("import", "away")
    kept = await say(sandbox, "alice", NO[locale], language=locale)
    assert misc(locale, "way_kept", way="away", this_server="example.social") in kept, kept
    row = await member_row(sandbox)
    assert (row["step"], row["direction"]) == ("import", "away")
    assert (await member_row(sandbox))["moved_at"]
    await say(sandbox, "alice", OTHER_WAY[locale], language=locale)
    switched = await say(sandbox, "alice", YES[locale], language=locale)
    row = await member_row(sandbox)
    assert (row["step"], row["direction"]) == ("profile", "here"), switched
    assert (row["old_handle"], row["new_handle"], row["moved_at"]) == (
        "alice@new.example",
        None,
        None,
    )
    assert "2/9" in switched, switched


AT_ONCE = {
    "en": "sorry, I'm actually coming here from another server",
    "de": "sorry, ich komme eigentlich von einem anderen Server hierher",
    "fr": "pardon, en fait j'arrive ici depuis un autre serveur",
    "es": "perdón, en realidad vengo aquí desde otro servidor",
    "ja": "すみません、実は別のサーバーからここに来ました",
}


@pytest.mark.parametrize("locale", sorted(AT_ONCE))
async def test_the_other_way_said_in_a_sentence_at_the_address_step_changes_it(sandbox, locale):
    """Only a bare "2" changed the way at the address step; a sentence saying so was read
    as a question about the move. Nothing is lost there: the way changes at once."""
    await say(sandbox, "alice", START[locale], language=locale)
    await say(sandbox, "alice", "1", language=locale)
    answer = await say(sandbox, "alice", AT_ONCE[locale], language=locale)
    row = await member_row(sandbox)
    assert (row["step"], row["direction"], row["pending_confirmation"]) == (
        "ask_old_handle",
        "here",
        None,
    ), answer
    assert (
        misc(locale, "way_changed", way="here", this_server="example.social", handle=None) in answer
    )


HOW = {"en": "how?", "de": "wie?", "fr": "comment ?", "es": "¿cómo?", "ja": "どうやって？"}
LOST = {
    "en": "I still don't get it",
    "de": "ich versteh es immer noch nicht",
    "fr": "je comprends toujours pas",
    "es": "sigo sin entender",
    "ja": "まだわからない",
}
NOT_YET = {
    "en": "not yet",
    "de": "noch nicht",
    "fr": "pas encore",
    "es": "todavía no",
    "ja": "まだ",
}


def stuck(locale: str, number: int, step_id: str) -> str:
    from bot.walkthrough import Words

    title = Words.load(locale).titles[step_id]
    words = misc(locale, "stuck", number=number, title=title)
    assert words, locale
    return words


@pytest.mark.parametrize("locale", sorted(HOW))
async def test_lost_after_how_gets_a_way_on_not_the_same_words(sandbox, locale):
    """ "how?" twice got the same explanation under "Same as my last message"; "I still
    don't understand" got "No rush" (its "still ... not" read as "not yet"). A way on
    instead: Mastodon's guide, a narrower question, or "skip"."""
    await walk_to(sandbox, "export", locale, honour=True)
    first = await say(sandbox, "alice", HOW[locale], language=locale)
    again = await say(sandbox, "alice", HOW[locale], language=locale)
    explained = first.removeprefix("@alice ").split("\n")[0]
    assert stuck(locale, 3, "export") in again and explained not in again, again
    await say(sandbox, "alice", HOW[locale], language=locale)
    lost = await say(sandbox, "alice", LOST[locale], language=locale)
    assert stuck(locale, 3, "export") in lost, lost
    assert misc(locale, "no_rush") not in lost and await step_of(sandbox) == "export"


@pytest.mark.parametrize("locale", sorted(NOT_YET))
async def test_not_yet_twice_is_said_in_other_words_with_a_way_on(sandbox, locale):
    await walk_to(sandbox, "export", locale, honour=True)
    assert misc(locale, "no_rush") in await say(sandbox, "alice", NOT_YET[locale], language=locale)
    again = await say(sandbox, "alice", NOT_YET[locale], language=locale)
    assert misc(locale, "no_rush_again") and misc(locale, "no_rush_again") in again
    assert misc(locale, "no_rush") not in again
    assert misc(locale, "again") not in again, again


@pytest.mark.parametrize("locale", sorted(THANKS))
async def test_thanks_where_the_address_is_asked_is_welcome_not_a_demand(sandbox, locale):
    """ "thanks" at the address step got "Send me the account's address itself"."""
    await say(sandbox, "alice", START[locale], language=locale)
    await say(sandbox, "alice", "1", language=locale)
    answer = await say(sandbox, "alice", THANKS[locale], language=locale)
    assert misc(locale, "thanks") in answer and misc(locale, "need_handle") not in answer
    assert await step_of(sandbox) == "ask_new_handle"


@pytest.mark.parametrize("locale", sorted(START))
async def test_ok_by_dm_with_no_walk_is_acknowledged_not_unknown(sandbox, locale):
    """A DM "ok" (after a question was answered) got "Sorry, I don't know that one"."""
    answer = await say(sandbox, "dora", "ok", language=locale)
    short = replies.render("answers/acknowledged.j2", locale, direct=True).strip()
    assert answer == f"@dora {short}", answer


TOO_HARD = {
    "en": "this is too hard",
    "de": "das ist zu kompliziert",
    "fr": "c'est trop compliqué",
    "es": "es muy complicado",
    "ja": "難しすぎる",
}


@pytest.mark.parametrize("locale", sorted(TOO_HARD))
async def test_too_hard_at_a_step_gets_help_with_it(sandbox, locale):
    """ "this is too hard" got "Sorry, I didn't get that" (in French, the follow limit):
    how to do the step, and the step again."""
    from bot.walkthrough import Words
    from replies.knowledge import knowledge

    await walk_to(sandbox, "export", locale, honour=True)
    answer = await say(sandbox, "alice", TOO_HARD[locale], language=locale)
    title = Words.load(locale).titles["export"]
    assert misc(locale, "back_to_step", number=3, title=title) in answer, answer
    assert misc(locale, "not_understood", hint="").strip() not in answer, answer
    explained = knowledge(locale).subjects["csv_export"].answer.split("\n")[0][:30]
    assert explained in answer, answer


@pytest.mark.parametrize("locale", sorted(THANKS))
async def test_a_public_thanks_mid_walk_is_not_offered_the_walk(sandbox, locale):
    """A member walking the move by DM who thanked the bot in public was offered the
    walkthrough ("DM me "move""): a short "you're welcome" instead."""
    await walk_to(sandbox, "export", locale, honour=True)
    thanked = await public(sandbox, "alice", THANKS[locale], locale)
    short = replies.render("answers/thanks.j2", locale, short=True).strip()
    assert [t.removeprefix("@alice ") for t in thanked] == [short], thanked


async def test_try_shows_the_bots_silence_at_once(sandbox):
    """`python -m bot try` waited its whole timeout for a reply the bot never meant to
    send (a public "ok" under its answer needs none), then printed "(no reply)". The
    exchange ends once the bot has handled the status: its replies, or none."""
    question = sandbox.mention("bob", "do my posts move?", language="en")
    answer = (await sandbox.exchange(question))[-1]
    ok = sandbox.mention("bob", "ok", language="en", in_reply_to_id=answer["id"])
    assert await sandbox.exchange(ok, timeout=5) == []


GOT_IT = {"en": "got it", "de": "verstanden", "fr": "entendu", "es": "entendido", "ja": "了解"}


@pytest.mark.parametrize("locale", sorted(GOT_IT))
async def test_got_it_after_an_instruction_is_understood_not_done(sandbox, locale):
    """ "got it" / "了解" to "download the CSV files, then say done" moved on (read as
    "done") or got "Sorry, I didn't get that"; a bare "ok" at the last step counted the
    archive as downloaded and ended the walk. Understood: say the word once it is done;
    said again, one short question. Where the step only tells (the followers' wait), the
    walk goes on."""
    await walk_to(sandbox, "export", locale, honour=True)
    first = await say(sandbox, "alice", GOT_IT[locale], language=locale)
    understood = misc(locale, "understood", step="export")
    assert understood and understood in first and await step_of(sandbox) == "export", first
    assert misc(locale, "not_understood", hint="").strip() not in first, first
    again = await say(sandbox, "alice", GOT_IT[locale], language=locale)
    assert misc(locale, "understood_again", step="export") in again, again
    assert understood not in again and await step_of(sandbox) == "export", again
    while await step_of(sandbox) != "followers":
        await say(sandbox, "alice", "👍", language=locale)
    await say(sandbox, "alice", GOT_IT[locale], language=locale)
    assert await step_of(sandbox) == "download"
    ok = await say(sandbox, "alice", "ok", language=locale)
    row = await member_row(sandbox)
    assert (row["step"], row["archive_downloaded_at"]) == ("download", None), ok
    assert misc(locale, "understood", step="download") in ok, ok


@pytest.mark.parametrize(
    "text",
    ["got it", "gotcha", "ok", "okay then", "了解", "verstanden", "entendu", "entendido", "vale"],
)
def test_a_bare_acknowledgement_says_understood(text):
    from bot.walkthrough import says_understood

    assert says_understood(text) and says_understood(f"{text.upper()}!")


@pytest.mark.parametrize("text", ["done", "👍", "ok done", "downloaded", "got it, but how?"])
def test_a_report_is_no_bare_acknowledgement(text):
    from bot.walkthrough import says_understood

    assert not says_understood(text)


NEVERMIND = {
    "en": "nevermind",
    "de": "vergiss es",
    "fr": "peu importe",
    "es": "no importa",
    "ja": "なんでもない",
}

OFF_TOPIC = {
    "en": ("purple monkey dishwasher", "banana pancakes"),
    "de": ("lila Affe und Spülmaschine", "Bananenpfannkuchen mit Zimt"),
    "fr": ("singe violet et lave-vaisselle", "crêpes à la banane"),
    "es": ("mono morado y lavavajillas", "tortitas de plátano"),
    "ja": ("紫の猿と食洗機", "バナナのパンケーキ"),
}

# Filler of each language, alone ("bof", "jaja", "うーん": "Sorry, I didn't get that").
FILLER = {"en": "meh", "de": "naja", "fr": "bof", "es": "jaja", "ja": "うーん"}


@pytest.mark.parametrize("locale", sorted(NEVERMIND))
async def test_nevermind_and_filler_at_a_step_never_get_the_same_dead_end_twice(sandbox, locale):
    """ "nevermind", "lol", "???", "hmm", an emoji at a step got "Sorry, I didn't get that",
    every other time under "Same as my last message" ("no importa" and "peu importe" got
    the import explained, "never mind" moving back). Each gets a useful answer or one
    short question, and no answer is the one just given. Said to "Paused", the pause
    stays ("peu importe", read as "done", said "Welcome back")."""
    from bot.walkthrough import Words
    from replies.knowledge import knowledge

    await walk_to(sandbox, "export", locale, honour=True)
    back = misc(locale, "back_to_step", number=3, title=Words.load(locale).titles["export"])
    let_go = await say(sandbox, "alice", NEVERMIND[locale], language=locale)
    assert misc(locale, "nevermind") in let_go and back in let_go, let_go
    again = await say(sandbox, "alice", NEVERMIND[locale], language=locale)
    assert misc(locale, "nevermind_again") in again and back in again, again
    unclear = misc(locale, "unclear", step="export", number=3)
    explained = knowledge(locale).subjects["csv_export"].answer.split("\n")[0][:30]
    expected = {
        FILLER[locale]: unclear,
        "hmm": stuck(locale, 3, "export"),  # the question just asked: a way on instead
        "🙂": unclear,
        "???": explained,
        OFF_TOPIC[locale][0]: misc(locale, "not_understood", hint="").strip(),
        OFF_TOPIC[locale][1]: stuck(locale, 3, "export"),  # never "didn't get that" twice
    }
    assert all(expected.values()) and misc(locale, "nevermind_again"), expected
    answers = [let_go, again]
    for text, words in expected.items():
        answers.append(await say(sandbox, "alice", text, language=locale))
        assert words in answers[-1], (text, answers[-1])
    assert await step_of(sandbox) == "export"
    assert not any(misc(locale, "again") in a for a in answers), answers
    assert all(a != b for a, b in itertools.pairwise(answers)), answers
    # "peu importe" (read as "done") to "Paused: ..." said "Welcome back! Reminders are on
    # again": the member agreed to the pause, as with "ok".
    await say(sandbox, "alice", "stop", language=locale)
    for text in (NEVERMIND[locale], GOT_IT[locale]):
        answer = await say(sandbox, "alice", text, language=locale)
        assert command(locale, "still_paused") in answer, answer
        assert command(locale, "resume") not in answer, answer
        row = await member_row(sandbox)
        assert (row["paused"], row["step"]) == (1, "export")


def command(locale: str, name: str) -> str:
    return replies.render("walkthrough/commands.j2", locale, command=name).strip()


@pytest.mark.parametrize("locale", sorted(START))
async def test_got_it_or_never_mind_with_no_walk_is_acknowledged(sandbox, locale):
    """With no walk going on, "got it" / "verstanden" by DM got "Sorry, I don't know that
    one" and the menu; "never mind" an answer about moving back, "no importa" and "peu
    importe" one about importing. In public under the bot's answer they need no reply."""
    short = replies.render("answers/acknowledged.j2", locale, direct=True).strip()
    for text in (GOT_IT[locale], NEVERMIND[locale]):
        answer = await say(sandbox, "dora", text, language=locale)
        assert answer == f"@dora {short}", (text, answer)
    asked = sandbox.mention("bob", "do my posts move?", language=locale)
    answer = (await sandbox.exchange(asked))[-1]
    for text in (GOT_IT[locale], NEVERMIND[locale]):
        under = sandbox.mention("bob", text, language=locale, in_reply_to_id=answer["id"])
        assert await sandbox.exchange(under) == [], text


@pytest.mark.parametrize("locale", sorted(START))
async def test_never_mind_or_got_it_where_the_address_is_asked_is_no_username(sandbox, locale):
    """ "nevermind" where the address is asked got "Which server is nevermind on?" and
    "got it" "Sorry, I didn't get that". The step again, and the address asked for. Where
    the way is asked, a second "didn't get that" says why the way matters instead."""
    await say(sandbox, "alice", START[locale], language=locale)
    first = await say(sandbox, "alice", OFF_TOPIC[locale][0], language=locale)
    assert misc(locale, "not_understood", hint="").strip() in first, first
    second = await say(sandbox, "alice", OFF_TOPIC[locale][1], language=locale)
    why = replies.render("walkthrough/why.j2", locale, step="choose_direction").strip()
    assert why and why in second and misc(locale, "not_understood", hint="") not in second
    await say(sandbox, "alice", "1", language=locale)
    let_go = await say(sandbox, "alice", NEVERMIND[locale], language=locale)
    hint = replies.render("walkthrough/hints.j2", locale, expects="handle").strip()
    assert misc(locale, "nevermind") in let_go and hint in let_go, let_go
    assert f"{NEVERMIND[locale]}@" not in let_go, let_go
    got_it = await say(sandbox, "alice", GOT_IT[locale], language=locale)
    assert misc(locale, "need_handle") in got_it and await step_of(sandbox) == "ask_new_handle"


LET_GO = {
    "en": "forget what I just said",
    "de": "na egal",
    "fr": "oublie ce que j'ai dit",
    "es": "olvida lo que dije",
    "ja": "今のは忘れて",
}


@pytest.mark.parametrize("locale", sorted(LET_GO))
async def test_forget_what_i_said_at_a_step_is_never_mind_not_delete_my_data(sandbox, locale):
    """ "今のは忘れて" ("forget what I just said") at a step asked "Delete everything I store
    about you?"; "oublie ce que j'ai dit" got the blocks, posts and mutes explained, "bah
    da igual" the import. Never mind, and the step again."""
    await walk_to(sandbox, "export", locale, honour=True)
    answer = await say(sandbox, "alice", LET_GO[locale], language=locale)
    assert misc(locale, "nevermind") in answer, answer
    row = await member_row(sandbox)
    assert (row["step"], row["pending_confirmation"]) == ("export", None), answer


@pytest.mark.parametrize("locale", sorted(GOT_IT))
async def test_ok_to_which_way_asks_which_way_without_sorry(sandbox, locale):
    """ "ok" to "Which way are you going?" got "Sorry, I didn't get that"; "got it" right
    after, the same under "Same as my last message". Which way, then why it matters."""
    await say(sandbox, "alice", START[locale], language=locale)
    hint = replies.render("walkthrough/hints.j2", locale, expects="answer", step="choose_direction")
    first = await say(sandbox, "alice", "ok", language=locale)
    assert first == f"@alice {hint.strip()}", first
    second = await say(sandbox, "alice", GOT_IT[locale], language=locale)
    why = replies.render("walkthrough/why.j2", locale, step="choose_direction").strip()
    assert why in second and misc(locale, "again") not in second, second
    assert await step_of(sandbox) == "choose_direction"


# Asked whether posting on the old account can go on: the same shape in every language.
POST_ON_OLD = {
    "en": "can I resume posting on my old account?",
    "de": "kann ich auf meinem alten Konto weitermachen?",
    "fr": "puis-je continuer à poster depuis l'ancien compte ?",
    "es": "¿puedo continuar publicando en la cuenta vieja?",
    "ja": "旧アカウントで投稿を再開してもいい？",
}
STOP = {"en": "stop", "de": "stopp", "fr": "stop", "es": "para", "ja": "一時停止"}


@pytest.mark.parametrize("locale", sorted(POST_ON_OLD))
async def test_asking_to_resume_posting_on_the_old_account_is_a_question(sandbox, locale):
    """alice, moved and paused while her followers come over, asked by DM "can I resume
    posting on my old account?": read as the "resume" command, it turned her reminders
    back on and answered with where she was, not her question. Posting from the old
    account is explained, and she stays paused at her step."""
    await walk_to(sandbox, "followers", locale, honour=True)
    await say(sandbox, "alice", STOP[locale], language=locale)
    assert (await member_row(sandbox))["paused"] == 1
    answer = await say(sandbox, "alice", POST_ON_OLD[locale], language=locale)
    # Posting from the old account after the move is keep_both_accounts by the label
    # contract (tests/data/LABELS.md), what becomes of the old account old_account: both
    # answers tell her the moved account can't post.
    subjects = knowledge(locale).subjects
    about_old = [subjects[name].answer for name in ("old_account", "keep_both_accounts")]
    assert any(words in answer for words in about_old), answer
    assert replies.render("walkthrough/commands.j2", locale, command="resume").strip() not in answer
    row = await member_row(sandbox)
    assert (row["step"], row["paused"]) == ("followers", 1), answer


# "The old account" as Japanese members write it: 旧アカウント (and its slang 旧アカ, 旧垢),
# 元のアカウント, 前のアカウント, 以前のアカウント and 古いアカウント are one account.
OLD_ACCOUNT_JA = ["古いアカウント", "旧アカウント", "旧アカ", "旧垢", "元のアカウント"]
OLD_ACCOUNT_JA += ["前のアカウント", "以前のアカウント", "元の垢"]


@pytest.mark.parametrize("old", OLD_ACCOUNT_JA)
async def test_the_old_account_is_one_account_however_it_is_written_in_japanese(sandbox, old):
    """「旧アカウントで投稿を再開してもいい？」 got what happens to the old account, and
    「古いアカウントで投稿を再開してもいい？」 (the same question) what moves of the posts:
    the tables knew 旧アカウント beside posting, not 古いアカウント. Either way, waiting for
    the followers, the member is told about the old account and stays at their step."""
    await walk_to(sandbox, "followers", "ja", honour=True)
    answer = await say(sandbox, "alice", f"{old}で投稿を再開してもいい？", language="ja")
    assert knowledge("ja").subjects["old_account"].answer in answer, answer
    assert knowledge("ja").subjects["posts"].answer not in answer, answer
    assert await step_of(sandbox) == "followers", answer


async def test_the_end_of_the_french_walk_fits_any_member(sandbox):
    """The French close said « il indique où vous êtes parti »: a man's participle
    to every member. The old account points to the new one, for anyone."""
    await walk_to(sandbox, "download", "fr", honour=True)
    answer = await say(sandbox, "alice", "👍", language="fr")
    assert await step_of(sandbox) == "finished", answer
    assert "êtes parti" not in answer and "il renvoie vers le nouveau" in answer, answer


WHY = {"en": "why?", "de": "warum?", "fr": "pourquoi ?", "es": "¿por qué?", "ja": "なんで？"}


@pytest.mark.parametrize("locale", sorted(WHY))
async def test_back_at_the_followers_wait_the_hint_says_ok_as_the_step_does(sandbox, locale):
    """Waiting for the followers, the step says 'Say "ok" to go on', but after a question
    the line that brings the member back said 'Say "done", "not yet", or "how?"': two
    different words for one step, and "not yet" for a wait with nothing to do."""
    await walk_to(sandbox, "followers", locale, honour=True)
    answer = await say(sandbox, "alice", WHY[locale], language=locale)
    hint = replies.render("walkthrough/hints.j2", locale, expects="answer", step="followers")
    done = replies.render("walkthrough/hints.j2", locale, expects="answer", step="profile")
    assert hint.strip() in answer and done.strip() not in answer, answer
    assert await step_of(sandbox) == "followers", answer


THANKS_MORE = {
    "en": "thanks a lot for your help earlier!",
    "de": "danke dir für die Hilfe vorhin!",
    "fr": "merci beaucoup pour ton aide tout à l'heure !",
    "es": "¡muchas gracias por la ayuda de antes!",
    "ja": "さっきは助けてくれて本当にありがとう！",
}


@pytest.mark.parametrize("locale", sorted(THANKS_MORE))
async def test_a_public_thanks_in_a_sentence_mid_walk_offers_no_walk(sandbox, locale):
    """A bare public "thanks" from a member walking the move got a short "you're welcome";
    "thanks a lot for your help earlier!" still got 'DM me "move" and I'll walk you
    through it', a walk they were in the middle of."""
    await walk_to(sandbox, "alias", locale, honour=True)
    [answer] = await public(sandbox, "alice", f"@helper {THANKS_MORE[locale]}", locale)
    assert OFFER[locale] not in answer, answer
    short = replies.render("answers/thanks.j2", locale, short=True).strip()
    assert short in answer, answer


# Asked whether the old account can be used again later: a restart word, the same shape
# (fr "recommencer" beside the old account, es "volver a empezar a usar" it: again).
RESTART_OLD = [
    ("en", "can I restart my old account later?"),
    ("de", "kann ich mein altes Konto später neu starten?"),
    ("es", "¿puedo reiniciar mi cuenta vieja más tarde?"),
    ("es", "¿puedo volver a empezar a usar mi cuenta vieja?"),
    ("fr", "puis-je recommencer mon ancien compte plus tard ?"),
    ("en", "could I start over on my old account later?"),
]


@pytest.mark.parametrize("step", ["alias", "followers"])
@pytest.mark.parametrize(("locale", "text"), RESTART_OLD)
async def test_asking_to_restart_the_old_account_is_a_question(sandbox, locale, text, step):
    """alice, mid-walkthrough, asked by DM "can I restart my old account later?": read as
    the "restart" command, it wiped her direction, both handles and the move time and sent
    her back to the start (now it would ask whether to start over). The old account is
    explained, and her walk is as it was."""
    await walk_to(sandbox, step, locale, honour=True)
    before = dict(await member_row(sandbox))
    answer = await say(sandbox, "alice", text, language=locale)
    old_account = knowledge(locale).subjects["old_account"].answer
    assert old_account in answer, answer
    for words in ("restart", "restart_ask"):
        starting_over = replies.render("walkthrough/commands.j2", locale, command=words).strip()
        assert starting_over not in answer, answer
    after = await member_row(sandbox)
    kept = ("step", "direction", "old_handle", "new_handle", "moved_at")
    assert {k: after.get(k) for k in kept} == {k: before.get(k) for k in kept}, answer


ARCHIVE_NEWS = [
    ("en", "I requested the archive", "requested"),
    ("de", "ich habe das Archiv angefordert", "requested"),
    ("fr", "j'ai demandé l'archive", "requested"),
    ("ja", "アーカイブをリクエストした", "requested"),
    ("ja", "アーカイブはダウンロードした", "downloaded"),
    # An opening "ok" acknowledges; it is no "done" of the step beside the news.
    ("en", "ok, I requested the archive", "requested"),
    ("de", "ok, ich habe das Archiv angefordert", "requested"),
    ("fr", "ok, j'ai demandé l'archive", "requested"),
    # Nor does a thumb opening it ("👍" alone is the step's done).
    ("en", "👍 requested the archive", "requested"),
]


@pytest.mark.parametrize(("locale", "text", "news"), ARCHIVE_NEWS)
async def test_archive_news_at_the_import_step_is_noted_and_keeps_the_step(
    sandbox, locale, text, news
):
    """ "I requested the archive" at the import step counted as the import's "done" (the
    request word is in the done words too): a ja member jumped to the followers step. It
    is the archive's news, noted as at any step, and the import step is said again."""
    await walk_to(sandbox, "import", locale, honour=True)
    answer = await say(sandbox, "alice", text, language=locale)
    assert await step_of(sandbox) == "import", answer
    # The acknowledgement as at any step (up to the reminder window, the bot's setting).
    noted = replies.render("walkthrough/archive_noted.j2", locale, what=news, window_hours="\0")
    assert noted.strip().split("\0")[0] in answer, answer
    title = Words.load(locale).titles["import"]
    assert misc(locale, "back_to_step", number=7, title=title) in answer, answer


@pytest.mark.parametrize(
    "text", ["ich habe das Archiv angefordert", "hab das Archiv gestern angefordert"]
)
async def test_the_archive_requested_in_german_at_its_step_is_requested_not_downloaded(
    sandbox, text
):
    """At the archive step "ich habe das Archiv angefordert" was recorded as downloaded
    ("habe das archiv", I have it, is a download word): the download step would have been
    skipped and no reminder sent before the link expires. "habe" is the request's here."""
    await walk_to(sandbox, "archive", "de", honour=True)
    answer = await say(sandbox, "alice", text, language="de")
    row = await member_row(sandbox)
    assert row["step"] == "alias", answer
    assert row["archive_requested_at"] and not row["archive_downloaded_at"], answer


@pytest.mark.parametrize("locale", ["en", "de", "fr"])
async def test_done_with_archive_news_beside_it_still_does_the_import_step(sandbox, locale):
    """An explicit "done" said with the archive's news is the step's done."""
    said = {
        "en": "done, and I requested the archive too",
        "de": "erledigt, und das Archiv habe ich auch angefordert",
        "fr": "fini, et j'ai demandé l'archive aussi",
    }
    await walk_to(sandbox, "import", locale, honour=True)
    answer = await say(sandbox, "alice", said[locale], language=locale)
    assert await step_of(sandbox) != "import", answer


# "restart" as each locale's members say it alone, and a question asked instead of "yes".
RESTART = {"en": "restart", "de": "neu starten", "fr": "recommencer", "es": "reiniciar"}
RESTART |= {"ja": "最初から"}
POSTS = {
    "en": "do my posts move?",
    "de": "ziehen meine Beiträge mit um?",
    "fr": "est-ce que mes messages déménagent ?",
    "es": "¿se mudan mis publicaciones?",
    "ja": "投稿は引っ越せる？",
}


@pytest.mark.parametrize("locale", sorted(RESTART))
async def test_restart_asks_before_clearing_the_progress(sandbox, locale):
    """A bare "restart" mid-walk cleared alice's way, both addresses and her move at once,
    with no question: one word typed in the wrong thread lost it all. A person asks first:
    "yes" starts over, "no" keeps her step, and a question asked instead is answered (her
    step kept, the question let go)."""
    await walk_to(sandbox, "followers", locale, honour=True)
    before = dict(await member_row(sandbox))

    async def unchanged() -> bool:
        row = await member_row(sandbox)
        fields = ("step", "direction", "new_handle", "moved_at")
        return {k: row[k] for k in fields} == {k: before[k] for k in fields}

    asked = await say(sandbox, "alice", RESTART[locale], language=locale)
    question = replies.render("walkthrough/commands.j2", locale, command="restart_ask").strip()
    starting_over = replies.render("walkthrough/commands.j2", locale, command="restart").strip()
    assert question and question in asked and starting_over not in asked, asked
    assert await unchanged()
    kept = await say(sandbox, "alice", NO[locale], language=locale)
    assert command(locale, "forget_cancelled") in kept, kept
    assert await unchanged()
    await say(sandbox, "alice", RESTART[locale], language=locale)
    answered = await say(sandbox, "alice", POSTS[locale], language=locale)
    assert knowledge(locale).subjects["posts"].answer in answered, answered
    assert await unchanged()
    assert not (await member_row(sandbox))["pending_confirmation"], answered
    await say(sandbox, "alice", RESTART[locale], language=locale)
    restarted = await say(sandbox, "alice", YES[locale], language=locale)
    assert starting_over in restarted, restarted
    row = await member_row(sandbox)
    assert (row["step"], row["direction"], row["new_handle"], row["moved_at"]) == (
        "choose_direction",
        None,
        None,
        None,
    ), restarted
    assert not row["pending_confirmation"]


@pytest.mark.parametrize("answer", ["ok", "yes"])
async def test_a_restart_question_left_unanswered_is_let_go_by_the_bots_next_message(
    clocked, answer
):
    """Alice typed "restart" in the wrong thread and left the question unanswered. A day on,
    the bot nudged her ("just checking in on your move"): her "ok" (or "yes") answered that,
    not "start over?", yet it cleared her way, her new address and every reminder. A
    message the bot sends on its own lets go of the yes/no question it asked before."""
    box, clock = clocked
    await walk_to(box, "export")
    before = dict(await member_row(box))
    asked = await harness.say(box, "alice", "restart")
    assert command("en", "restart_ask") in asked, asked
    await harness.advance(box, clock, days=1, hours=1)  # the step's first nudge
    nudge = replies.render("reminders/nudge_1.j2", "en").strip()
    assert any(nudge in html_to_text(s["content"]) for s in box.replies(to="alice")), "no nudge"
    replied = await harness.say(box, "alice", answer)
    assert command("en", "restart") not in replied, replied
    row = await member_row(box)
    assert {k: row[k] for k in ("direction", "new_handle")} == {
        k: before[k] for k in ("direction", "new_handle")
    }, replied


@pytest.mark.parametrize("answer", ["ok", "ja"])
async def test_a_restart_question_is_let_go_by_a_change_of_language(sandbox, answer):
    """ "restart", then "auf Deutsch bitte" instead of yes or no: the bot said so in German
    with her step again, but "start over?" stayed asked, and her "ok" (or "ja") to the step
    cleared her way and her new address. Every other DM lets the question go; so does this."""
    await walk_to(sandbox, "export")
    before = dict(await member_row(sandbox))
    asked = await harness.say(sandbox, "alice", "restart")
    assert command("en", "restart_ask") in asked, asked
    switched = await harness.say(sandbox, "alice", "auf Deutsch bitte", language="de")
    assert command("de", "language") in switched, switched
    replied = await harness.say(sandbox, "alice", answer, language="de")
    assert command("de", "restart") not in replied, replied
    row = await member_row(sandbox)
    assert {k: row[k] for k in ("direction", "new_handle")} == {
        k: before[k] for k in ("direction", "new_handle")
    }, replied


@pytest.mark.parametrize("between", ["language", "my password is hunter2hunter2"])
async def test_every_dm_lets_go_of_the_restart_question(sandbox, between):
    """ "restart", then a DM that is no walkthrough turn instead of yes or no: "language"
    (the list of languages on offer) or a pasted password (answered with a warning, nothing
    kept). Both left "start over?" asked, and the next "yes" cleared her way and address."""
    await walk_to(sandbox, "export")
    before = dict(await member_row(sandbox))
    asked = await harness.say(sandbox, "alice", "restart")
    assert command("en", "restart_ask") in asked, asked
    await harness.say(sandbox, "alice", between)
    replied = await harness.say(sandbox, "alice", "yes")
    assert command("en", "restart") not in replied, replied
    row = await member_row(sandbox)
    assert {k: row[k] for k in ("direction", "new_handle")} == {
        k: before[k] for k in ("direction", "new_handle")
    }, replied


async def test_a_question_after_the_walk_lets_go_of_the_restart_question(sandbox):
    """Her walk over (moved, follower reports to come), Alice typed "restart" and was asked
    "start over?"; she asked a question instead, answered outside any walkthrough. That
    answer never stored the question let go, so a "yes" days later (to anything) started
    her over: her way, new address and move forgotten, her follower reports cancelled."""
    await walk_to(sandbox, "finished", honour=True)
    before = dict(await member_row(sandbox))
    asked = await harness.say(sandbox, "alice", "restart")
    assert command("en", "restart_ask") in asked, asked
    answered = await harness.say(sandbox, "alice", "do my posts move?")
    assert knowledge("en").subjects["posts"].answer.split(".")[0] in answered, answered
    replied = await harness.say(sandbox, "alice", "yes")
    assert command("en", "restart") not in replied, replied
    row = await member_row(sandbox)
    assert {k: row[k] for k in ("direction", "new_handle", "moved_at", "step")} == {
        k: before[k] for k in ("direction", "new_handle", "moved_at", "step")
    }, replied


@pytest.mark.parametrize("public_mention", [False, True])
async def test_whether_followers_see_the_move_is_what_others_see(sandbox, public_mention):
    """ "can my followers see that I'm moving?" got "Followers move automatically once you
    press Move followers": "my followers" outweighed "followers see". It asks what others
    see of the move (LABELS.md what_others_see): the notice on the old profile."""
    text = "can my followers see that I'm moving?"
    seen = knowledge("en").subjects["what_others_see"].answer
    followers = knowledge("en").subjects["followers"].answer
    if public_mention:
        answer = "\n".join(await public(sandbox, "alice", f"@helper {text}", "en"))
    else:
        await walk_to(sandbox, "alias", "en", honour=True)
        answer = await say(sandbox, "alice", text)
        assert await step_of(sandbox) == "alias", answer
    assert seen in answer and followers not in answer, answer


async def test_followers_all_refollowing_stated_in_japanese_is_corrected(sandbox):
    """ "フォロワーは全員フォローし直しになるんでしょ" got the followers' plain answer: the
    tag (でしょ) was never the trouble, "全員フォロー" (follow everyone, a follows phrase)
    was cut as one word and ate the "フォローし直" of the claim. Stated, the myth is
    corrected, as "…みんなフォローし直しになるんでしょ" always was."""
    text = "@helper フォロワーは全員フォローし直しになるんでしょ"
    answer = "\n".join(await public(sandbox, "alice", text, "ja"))
    correction = knowledge("ja").myths["followers_must_refollow"].correction
    assert correction.split("。")[0] in answer, answer


DONE = {"en": "done", "de": "erledigt", "fr": "c'est fait", "es": "hecho", "ja": "できた"}


@pytest.mark.parametrize("locale", sorted(DONE))
async def test_a_step_answer_after_the_last_step_gets_the_close_not_i_dont_know(sandbox, locale):
    """ "done" (or "how?", "not yet") once the walk was over got "Sorry, I don't know that
    one ... Or say "move" and I'll walk you through it": the walk just finished, offered
    again, in the same words each time. Words that answer a step answer no step now: the
    close, and other words when said again; a question with them is still answered."""
    await walk_to(sandbox, "finished", locale, honour=True)
    unknown = replies.render("answers/unknown.j2", locale).strip().splitlines()[0]
    answers = [
        await say(sandbox, "alice", text, language=locale)
        for text in (DONE[locale], DONE[locale], HOW[locale], NOT_YET[locale])
    ]
    for answer in answers:
        assert unknown not in answer and OFFER[locale] not in answer, answer
    assert misc(locale, "goodbye", thanked=False, moved=True, report_hours=1) in answers[0]
    assert all(a != b for a, b in itertools.pairwise(answers)), answers
    assert await step_of(sandbox) == "finished"
