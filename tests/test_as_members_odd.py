"""Small things members hit trying the bot in session 22, through the fake instance in
every language: the "Yes." of a yes/no question with a "when" in it, a thanks said twice,
language requests in words, "move" again after a move, and other odd turns."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from harness import START, member_row, say, walk_to

import replies
from bot import walkthrough
from replies.knowledge import knowledge

# A yes/no question with a clause of time in it ("when I move"): asked by its form.
WHEN = {
    "en": ("do my followers move automatically when I move?", "followers"),
    "de": ("Ziehen meine Follower automatisch mit, wenn ich umziehe?", "followers"),
    "fr": ("Est-ce que mes messages sont transférés quand je déménage ?", "posts"),
    "es": ("¿Se mudan mis seguidores cuando me mudo?", "followers"),
    "ja": ("引っ越したとき、フォロワーは移りますか？", "followers"),
}


@pytest.mark.parametrize("locale", sorted(WHEN))
async def test_a_yes_no_question_with_a_when_in_it_is_answered_yes_or_no_first(sandbox, locale):
    """ "do my followers move automatically when I move?" got no "Yes.": any "when" (or
    "quand") in the message made it an open question. Only one that opens the question
    does ("when do my followers move?" still gets none)."""
    text, subject_id = WHEN[locale]
    subject = knowledge(locale).subjects[subject_id]
    answer = await say(sandbox, "alice", text, locale)
    space = "" if locale == "ja" else " "
    assert answer.startswith(f"@alice {subject.opener}{space}{subject.answer}"), answer
    if locale == "en":
        answer = await say(sandbox, "bob", "when do my followers move?", locale)
        assert not answer.startswith(f"@bob {subject.opener}"), answer


# Language requests in words, as members write them: (said, in the locale of, switches to).
LANGUAGE_REQUESTS = [
    ("language german", "en", "de"),
    ("language 日本語", "en", "ja"),
    ("language de pls 🙏", "en", "de"),
    ("can you speak french?", "en", "fr"),
    ("Sprache deutsch", "de", "de"),
    ("deutsche Sprache", "en", "de"),
    ("auf Deutsch bitte", "en", "de"),
    ("langue française", "fr", "fr"),
    ("langue anglaise svp", "fr", "en"),
    ("idioma español", "es", "es"),
    ("lengua inglesa", "es", "en"),
    ("en español por favor", "en", "es"),
    ("言語 日本語", "ja", "ja"),
    ("言語は英語", "ja", "en"),
]


@pytest.mark.parametrize(("said", "tagged", "wanted"), LANGUAGE_REQUESTS)
async def test_a_language_asked_for_in_words_is_switched_to(sandbox, said, tagged, wanted):
    """Only the keyword and a code ("language de") switched: "language german", "langue
    française", "idioma español", "Sprache deutsch", "言語 日本語" and "language de pls 🙏"
    were dead ends ("I don't know that one"), and "language 日本語" listed the languages.
    Each switches now, and the next question is answered in that language."""
    answer = await say(sandbox, "alice", said, tagged)
    switched = replies.render("walkthrough/commands.j2", wanted, command="language").strip()
    assert answer == f"@alice {switched}", answer
    posts = knowledge(wanted).subjects["posts"]
    assert posts.answer in await say(sandbox, "alice", "do my posts move?", "en")


THANKS = {"en": "thanks!", "de": "danke!", "fr": "merci !", "es": "¡gracias!", "ja": "ありがとう！"}


@pytest.mark.parametrize("locale", sorted(THANKS))
async def test_thanks_twice_gets_other_short_words_not_same_as_my_last_message(sandbox, locale):
    """ "thanks!" twice in a row got "Same as my last message (in case it got lost)" above
    the first answer again, by DM with no walk going on and at a step. Thanked again, a
    short other acknowledgement; a third time, never the words just said."""
    again = replies.render("walkthrough/misc.j2", locale, what="again").strip()
    short = replies.render("answers/thanks.j2", locale, again=True).strip()
    said = [await say(sandbox, "bob", THANKS[locale], locale) for _ in range(3)]
    assert said[1] == f"@bob {short}" and said[0] != said[1] != said[2], said
    assert not any(again in s for s in said), said
    await say(sandbox, "alice", START[locale], locale)
    await say(sandbox, "alice", "1", locale)
    at_step = [await say(sandbox, "alice", THANKS[locale], locale) for _ in range(3)]
    assert short in at_step[1] and short not in at_step[0], at_step
    assert at_step[0] != at_step[1] != at_step[2], at_step
    assert not any(again in s for s in at_step), at_step


def test_mastodons_cooldown_is_a_fact_in_the_data_with_its_source():
    """The 30 days an account that moved waits before moving again were a constant in
    bot/walkthrough.py, while other software's cooldowns were data with their sources
    (steps.toml `[software.*] cooldown_days`). Mastodon's is data too (`[mastodon]`), with
    where it comes from, and the walkthrough counts with it (the test below)."""
    steps = Path(replies.__file__).parent / "walkthrough" / "steps.toml"
    mastodon = tomllib.loads(steps.read_text(encoding="utf-8"))["mastodon"]
    assert mastodon["cooldown_days"] == 30, mastodon
    assert "COOLDOWN_PERIOD" in mastodon["source"] and "mastodon-facts.md" in mastodon["source"]
    assert timedelta(days=mastodon["cooldown_days"]) == walkthrough.MOVE_COOLDOWN


@pytest.mark.parametrize("locale", sorted(START))
async def test_move_again_after_a_move_says_the_old_account_waits_30_days(clocked, locale):
    """ "move" again once the walk was over started it again with no word of the cooldown:
    an account that moved can move again only 30 days after (Mastodon's COOLDOWN_PERIOD,
    mastodon-facts.md 1.3), and the account it moved to at once. Said with the days left;
    once they are over, nothing."""
    box, clock = clocked
    await walk_to(box, "finished", locale, honour=True)
    assert (await member_row(box))["moved_at"]
    clock.advance(days=10)
    answer = await say(box, "alice", START[locale], locale)
    note = replies.render(
        "walkthrough/commands.j2",
        locale,
        command="cooldown_again",
        cooldown_days=30,  # Mastodon's, as steps.toml says (the test above)
        old_handle="alice@example.social",
        new_handle="alice@new.example",
        days=20,
    ).strip()
    assert note in answer, answer
    assert "30" in note and "20" in note, note
    clock.advance(days=21)
    answer = await say(box, "alice", START[locale], locale)
    assert "30" not in answer, answer


@pytest.mark.parametrize("locale", ["en", "fr", "ja"])
@pytest.mark.parametrize("emoji", ["🙂", "🙏"])
async def test_an_emoji_alone_where_the_address_is_asked_asks_for_the_address(
    sandbox, locale, emoji
):
    """A DM of only "🙂" or "🙏" where the new address is asked got "Sorry, I didn't get
    that": there is nothing to get. As "ok" and "hmm" there, the address is asked for."""
    await say(sandbox, "alice", START[locale], locale)
    await say(sandbox, "alice", "1", locale)
    answer = await say(sandbox, "alice", emoji, locale)
    need = replies.render("walkthrough/misc.j2", locale, what="need_handle").strip()
    assert answer == f"@alice {need}", answer
    assert (await member_row(sandbox))["step"] == "ask_new_handle"


async def test_a_wave_by_dm_with_no_walk_is_greeted(sandbox):
    """ "👋" by DM outside a walkthrough got "👍 Ask me anything", an acknowledgement of
    nothing said; a wave is a greeting, greeted back as "hi" is."""
    answer = await say(sandbox, "dora", "👋")
    greeted = replies.render("answers/menu.j2", "en", greeting=True, direct=True).strip()
    assert answer == f"@dora {greeted}", answer
    short = replies.render("answers/acknowledged.j2", "en", direct=True).strip()
    assert short not in answer
