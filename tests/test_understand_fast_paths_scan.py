"""The phrase scan's and the rules' shortcuts give what the plain way gives (issue 12,
session 58).

Each shortcut taken for speed in understanding a message is checked here against the
plain computation it replaces, so a shortcut that drifted fails here before it changes a
reading (bench/read_cost.py's digests check the tuning rows as a whole).
"""

from __future__ import annotations

from question_set import LOCALES, tuning_rows

from bot import understand
from bot.understand import lexicon


def _plain_pick(narrowed: understand._Narrowed, entries: tuple, present: frozenset) -> list:
    """_Narrowed.pick as it was: every place always tried and every place of each other
    word the message has, sorted, each place's entry."""
    always, by_other = narrowed.places[id(entries)]
    places = [*always]
    for word in by_other.keys() & present:
        places.extend(by_other[word])
    places.sort()
    return [entries[place] for place in places]


def _indexes(lex: understand.Lexicon) -> list:
    """Every phrase set a lexicon's understanding scans (its attributes, its rules' and
    myths' sets), each once."""
    found: dict[int, object] = {}
    for value in vars(lex).values():
        if isinstance(value, (understand._PhraseSet, understand._KeyedPhrases)):
            found[id(value)] = value
    for rule in lex.rules:
        for value in (rule.cue, rule.unless):
            if value is not None:
                found[id(value)] = value
    for myth in lex.myths:
        for value in (myth.negative, myth.unless, myth.presupposed_by, myth.put_forward_by):
            if value is not None:
                found[id(value)] = value
    return list(found.values())


def test_narrowed_picks_are_the_plain_picks() -> None:
    """_Narrowed.pick (none, or one word's places, taken as they are; one entry a tuple)
    gives the entries the plain sorted merge gives, in order, for every first word it
    narrows, on every 10th tuning row of every locale."""
    picked = 0
    for code in LOCALES:
        lex = lexicon(code)
        indexes = _indexes(lex)
        for row in tuning_rows(code)[::10]:
            present = lex._tokens(row["text"]).vocabulary
            for index in indexes:
                for entries in (*index.by_word.values(), *index.by_exact.values()):
                    if len(entries) < understand._NARROW:
                        continue
                    got = list(index.narrowed.pick(entries, present))
                    assert got == _plain_pick(index.narrowed, entries, present), row["text"]
                    picked += bool(got)
    assert picked > 10_000


def test_a_phrase_needs_nothing_only_when_it_is_one_step() -> None:
    """_scan takes a phrase with nothing `needed` for one of a single step (matched where
    it opens, not walked), and takes a match of a longer one for one of two words or more
    (its sentence checked from its first to its last): true of every phrase of every
    locale's sets."""
    phrases = 0
    for code in LOCALES:
        for index in _indexes(lexicon(code)):
            keyed = isinstance(index, understand._KeyedPhrases)
            for entries in (*index.by_word.values(), *index.by_exact.values()):
                for entry in entries:
                    phrase = entry[1] if keyed else entry
                    words = [s for s in phrase.steps if not understand._is_gap(s)]
                    assert (not phrase.needed) == (len(phrase.steps) == 1), phrase
                    assert len(phrase.steps) == 1 or len(words) >= 2, phrase
                    phrases += 1
    assert phrases > 20_000


def test_first_and_find_agree_with_the_scan() -> None:
    """_PhraseSet.find is the scan's every (phrase, positions) as matches, and first() its
    first one (None where the scan finds none), on every 10th tuning row of every locale."""
    checked = 0
    for code in LOCALES:
        lex = lexicon(code)
        sets = [i for i in _indexes(lex) if isinstance(i, understand._PhraseSet)]
        for row in tuning_rows(code)[::10]:
            tokens = lex._tokens(row["text"])
            for index in sets:
                scanned = list(understand._scan(tokens, index, keyed=False))
                found = index.find(tokens)
                assert [(m.phrase, m.positions) for m in found] == scanned, row["text"]
                assert [m.stemmed for m in found] == [
                    understand._stemmed(p, at, tokens) for p, at in scanned
                ]
                assert index.first(tokens) == (found[0] if found else None), row["text"]
                checked += len(found)
    assert checked > 10_000


def test_no_added_question_without_an_adding_word() -> None:
    """_added_question_parts skips cutting a message into question parts when none of
    its words is an adding word: on every 5th tuning row of every locale, it gives what
    _question_parts gives where that finds an added part, and None where that finds none."""
    skipped = added = 0
    for code in LOCALES:
        lex = lexicon(code)
        for row in tuning_rows(code)[::5]:
            tokens = lex._tokens(row["text"])
            if not tokens.words:
                continue
            matches = lex._all_matches(tokens)
            cut = lex._question_parts(tokens, matches)
            got = lex._added_question_parts(tokens, matches)
            assert got == (cut if cut[2] else None), (code, row["text"])
            skipped += lex.adding.isdisjoint(tokens.folded)
            added += got is not None
    assert skipped > 1_000
    assert added > 20
