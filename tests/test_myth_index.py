"""The myths' phrases are scanned in one index (bot/understand.py _KeyedPhrases) for speed:
it must find, for every group, exactly what that group's own phrase set finds, in the same
order, or a stated myth would be read differently (the overlap resolution sees the order)."""

from __future__ import annotations

import pytest
from question_set import tuning_rows

import replies
from bot.understand import _PhraseSet, lexicon


@pytest.mark.parametrize("locale", replies.locales())
def test_one_scan_finds_what_each_groups_own_phrase_set_finds(locale):
    lex = lexicon(locale)
    own = {
        (m, g): _PhraseSet(phrases)
        for m, myth in enumerate(lex.myths)
        for g, (_, phrases) in enumerate(myth.groups)
    }
    texts = [row["text"] for row in tuning_rows(locale)]
    # And each cut into one-word sentences: no phrase of two words may match across them.
    texts += [text.replace(" ", ". ") for text in texts if " " in text]
    found_any = 0
    for text in texts:
        tokens = lex.tokens(text)
        scanned: dict[tuple[int, int], list] = {key: [] for key in own}
        for key, match in lex._myth_phrases.find(tokens):
            scanned[key].append((match.phrase, match.positions, match.stemmed))
        for key, phrases in own.items():
            alone = [(m.phrase, m.positions, m.stemmed) for m in phrases.find(tokens)]
            assert scanned[key] == alone, (text, key)
            found_any += bool(alone)
    assert found_any > 20  # the rows do state myths: the comparison is not of empty lists
