"""Small things members hit trying the bot in session 22, through the fake instance in
every language: the "Yes." of a yes/no question with a "when" in it, a thanks said twice,
language requests in words, "move" again after a move, and other odd turns."""

from __future__ import annotations

import pytest
from harness import say

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
