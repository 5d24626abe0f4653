"""The understanding tables stay compact once loaded: the bot's peak RSS must stay under
80 MB with every locale's tables and the language detector loaded (issue 12), and these
tables once held a list or a set per phrase where a shared tuple or frozenset does.

Each test fails when a table goes back to one container object per entry."""

from __future__ import annotations

import pytest

import replies
from bot import interpret, ranking
from bot.understand import _Phrase, lexicon


def _one_object_per_value(values: list[object]) -> bool:
    return len({id(v) for v in values}) == len(set(values))


def test_the_command_books_tables_are_shared_tuples_and_frozensets():
    book = interpret.book()
    groups = [*book.exact.values(), *book.inside.values(), *book.unspaced.values()]
    assert groups and all(type(g) is tuple for g in groups)
    assert _one_object_per_value(groups)
    assert all(type(s) is tuple for s in book.sizes.values())
    locales = [*book.locales_of.values(), *book.inside_locales.values()]
    assert locales and all(type(c) is frozenset for c in locales)
    assert _one_object_per_value(locales)
    # The walkthrough tables' parse trees were only needed to build the book.
    assert interpret._words.cache_info().currsize == 0


@pytest.mark.parametrize("locale", replies.locales())
def test_phrase_sets_index_each_first_word_to_a_tuple(locale):
    lex = lexicon(locale)
    phrase_sets = [lex._subject_and_kind_phrases, lex.markers, lex.openers, lex.question_words]
    for phrases in phrase_sets:
        for table in (phrases.by_word, phrases.by_exact):
            assert all(type(k) is str and type(v) is tuple for k, v in table.items())
        # The tuple of a set's phrases in their order is only read while it is built.
        assert not hasattr(phrases, "phrases")
    subject_and_kind = lex._subject_and_kind_phrases
    indexed = [
        p for table in (subject_and_kind.by_word, subject_and_kind.by_exact) for p in table.values()
    ]
    assert sum(map(len, indexed)) == len(lex.phrases)
    found: list[_Phrase] = list(lex.phrases)
    # Owners ("subject:posts") are one string each, not one per phrase.
    assert len({id(p.owner) for p in found}) == len({p.owner for p in found})
    assert _one_object_per_value([p.steps for p in found])
    assert all(p.needed == () for p in found if len(p.steps) == 1)


@pytest.mark.parametrize("locale", replies.locales())
def test_ranking_postings_share_their_pairs_and_weights(locale):
    index = ranking._index(lexicon(locale))
    postings = list(index.postings.values())
    assert postings and all(type(p) is tuple for p in postings)
    assert _one_object_per_value(postings)
    pairs = [pair for posting in postings for pair in posting]
    assert _one_object_per_value(pairs)
    counts = {len(posting) for posting in postings}
    assert len({id(weight) for weight in index.idf.values()}) <= len(counts)


@pytest.mark.parametrize("locale", replies.locales())
def test_the_typo_index_bitmap_keeps_at_most_32_bits_a_key(locale):
    """The bitmap before the typo index: twice the bits made the lookup no faster."""
    lex = lexicon(locale)
    assert len(lex._deletes_bitmap) * 8 <= max(64, 32 * len(lex._deletes))


def test_start_up_lets_go_of_the_index_of_shared_objects():
    """The index that made equal tuples one object is only asked while tables are built:
    start-up empties it once they are (0.7 MB the running bot would otherwise keep)."""
    from bot import text
    from bot.web.app import _load_words

    _load_words()
    assert not text._SHARED
    lex = lexicon("en")
    assert _one_object_per_value([p.steps for p in lex.phrases])


def test_the_store_keeps_fewer_prepared_statements_than_python_would(tmp_path, monkeypatch):
    """Python's sqlite3 keeps 128 prepared statements a connection, and opening the store
    runs the migrations' 138: they stayed cached (0.23 MB of SQLite's memory) for good."""
    import sqlite3

    from storage import db
    from storage.db import STATEMENTS_KEPT, Store

    asked: list[dict] = []
    connect = sqlite3.connect

    def recording(*args, **kwargs):
        asked.append(kwargs)
        return connect(*args, **kwargs)

    monkeypatch.setattr(db.sqlite3, "connect", recording)
    Store.open(tmp_path / "b.sqlite3").close()
    assert [kwargs.get("cached_statements") for kwargs in asked] == [STATEMENTS_KEPT]
    assert STATEMENTS_KEPT < 128


def test_the_database_page_cache_is_capped(tmp_path):
    """SQLite's page cache fills as the file grows (2 MB by default), the running bot's
    main growth: the store's connection keeps PAGE_CACHE_KB."""
    from storage.db import PAGE_CACHE_KB, Store

    store = Store.open(tmp_path / "b.sqlite3")
    try:
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -PAGE_CACHE_KB
        assert PAGE_CACHE_KB < 2000
    finally:
        store.close()


def test_whole_texts_are_kept_for_the_message_being_read_not_for_weeks():
    """clean() and detect() are asked about the same text many times while one message is
    read, and a later message seldom brings it again: over every tuning row in turn
    (bench/latency.py --varied) 64 and 16 kept texts hit as often as 1,024 and 256 did,
    which held 0.4 MB of past messages."""
    from bot import language

    assert interpret.clean.cache_info().maxsize <= 64
    assert language.detect.cache_info().maxsize <= 16


def test_a_locale_keeps_fewer_folded_words_and_corrections_than_dialect_readings():
    """A plural folded again costs 0.65 µs and a typo corrected again 23 µs: over every
    tuning row (bench/latency.py --varied) 1,024 folded words and 2,048 corrections cost
    about 6 µs a message more than 4,096 each, for 1.8 MB less once every cache is full."""
    from bot import understand

    assert understand._FOLDED_KEPT <= 1024
    assert understand._CORRECTIONS_KEPT <= 2048
    lex = lexicon("en")
    for n in range(3000):
        word = "zq" + "".join(chr(ord("a") + int(d)) for d in str(n))
        lex._correct(word + "xyzw")
        lex._fold(word + "s")
    assert len(lex._folded) <= 1024
    assert len(lex._corrections) <= 2048


def test_the_running_bots_walkthrough_words_keep_only_the_groups_it_asks_them():
    """The walkthrough's commands and answers are read through the command book; Words.load
    kept every group as well (7,800 phrases for the five locales, about 1 MB of the running
    bot's memory) where the bot asks it only for "language" and "speak"."""
    from bot.walkthrough import ASKED_OF_WORDS, Words

    assert set(ASKED_OF_WORDS) == {"language", "speak"}
    for locale in replies.locales():
        words = Words.load(locale)
        assert set(words.groups) == set(ASKED_OF_WORDS), locale
        assert len(Words.read(locale).groups) > 2 * len(ASKED_OF_WORDS)
        with pytest.raises(KeyError):
            words.matches("resume", "resume")


@pytest.mark.parametrize("locale", replies.locales())
def test_the_vocabularies_are_the_keys_of_dicts(locale):
    """A frozenset grown word by word keeps up to four times the slots its words need, and
    sized once about twice: the typo, segmenting and ordinary vocabularies of the five
    locales took 0.95 MB as frozensets sized once, 0.4 MB as the keys of dicts, whose
    strings sit in one compact array (understand._compact)."""
    import sys

    lex = lexicon(locale)
    for name in ("_phrase_words", "_vocabulary", "_segment_words", "_step_words"):
        words = getattr(lex, name)
        assert type(words) is dict and set(words.values()) <= {None}, name
        if len(words) > 100:
            assert sys.getsizeof(words) < sys.getsizeof(frozenset(set(words))), (locale, name)
    assert type(lex.ordinary_words) is dict


def _phrase_sets(lex) -> list:
    """Every phrase set a lexicon holds: as its attributes, or in its rules, myths and cues
    (not through gc.get_objects(), which leaves out what start-up froze)."""
    from bot.understand import _Myth, _PhraseSet, _Rule

    found: dict[int, object] = {}
    stack: list[object] = [*vars(lex).values()]
    while stack:
        value = stack.pop()
        if type(value) is _PhraseSet:
            found[id(value)] = value
        elif type(value) in (list, tuple):
            stack.extend(value)
        elif type(value) is dict:
            stack.extend(value.values())
        elif type(value) in (_Rule, _Myth):
            stack.extend(vars(value).values())
    return list(found.values())


def test_phrase_sets_share_their_empty_tables_and_places():
    """560 phrase sets of the five locales, most a rule's or a subject's few phrases: each
    had a dict of attributes, an empty table of exact first words (530) and a _Narrowed of
    nothing (470), and the narrowed places were 4,000 tuples of 500 distinct."""
    sets = [s for locale in replies.locales() for s in _phrase_sets(lexicon(locale))]
    assert len(sets) > 100
    assert not hasattr(sets[0], "__dict__")
    empty = [s.by_exact for s in sets if not s.by_exact]
    assert len({id(table) for table in empty}) <= 1
    unnarrowed = [s.narrowed for s in sets if not s.narrowed.places]
    assert len({id(narrowed) for narrowed in unnarrowed}) <= 1
    places = [
        tuple_
        for s in sets
        for always, by_other in s.narrowed.places.values()
        for tuple_ in (always, *by_other.values())
    ]
    assert _one_object_per_value(places)


@pytest.mark.parametrize("locale", replies.locales())
def test_a_phrase_of_folded_words_needs_its_own_steps_tuple(locale):
    """A folded word is its own step (a string), so a phrase of distinct folded words and
    no gap has one tuple for its steps and the words it needs: a step object each and a
    second tuple were 0.7 MB of the five locales' tables."""
    found = list(lexicon(locale).phrases)
    plain = [
        p
        for p in found
        if len(p.steps) > 1
        and all(type(step) is str for step in p.steps)
        and len(set(p.steps)) == len(p.steps)
    ]
    assert plain and all(p.needed is p.steps for p in plain)


@pytest.mark.parametrize("locale", replies.locales())
def test_rewritings_are_shared_tuples(locale):
    """616 rewritings of the five locales, 367 distinct, were a list each."""
    rewritings = list(lexicon(locale).rewrite.values())
    assert all(type(words) is tuple for words in rewritings)
    assert _one_object_per_value(rewritings)


def test_the_subjects_texts_are_let_go_once_indexed():
    """Each subject's phrases joined into one text are read once, by the ranking index
    (built at start-up): kept by the lexicon, they were 0.16 MB for the five locales."""
    for locale in replies.locales():
        lex = lexicon(locale)
        ranking.prepare(lex)
        assert lex._subject_texts is None, locale
        with pytest.raises(RuntimeError):
            lex.take_subject_texts()


def test_no_dict_of_the_typo_targets_places_is_kept():
    """A typo's candidates come with their place in _targets from the index's keys (its
    tie-break): a dict of every target's place was 0.19 MB for the five locales."""
    lex = lexicon("en")
    assert not hasattr(lex, "_target_rank")
    assert lex._typo_candidates("folowers", 1)["followers"] == (
        1,
        lex._targets.index("followers"),
    )


@pytest.mark.parametrize("locale", replies.locales())
def test_myth_keys_and_rule_subjects_are_one_object_each(locale):
    """The (myth, group) keys of every myth phrase and the sets of them each word opens or
    subject names are shared (653 sets of 1,757 keys were 88 distinct sets of 82 keys for
    the five locales), and the subjects rules name are interned (2,200 strings as parsed)."""
    import sys

    lex = lexicon(locale)
    for table in (lex._myth_groups_opened, lex._myth_groups_named):
        sets = list(table.values())
        assert _one_object_per_value(sets)
        assert _one_object_per_value([key for keys in sets for key in keys])
    assert _one_object_per_value(list(lex._myth_keys))
    for rule in lex.rules:
        for name in (*rule.when_all, *rule.when_any, *rule.drop, rule.becomes, rule.adds):
            assert name is None or name is sys.intern(name), name


def test_a_dialect_reading_that_is_the_word_itself_is_kept_as_one_shared_object():
    """Nearly every word the dialect cache meets reads as itself (German's tuning rows:
    2,158 of 2,203): one shared marker for them all, not a one-word tuple each (48 bytes,
    0.19 MB of a full cache). The reading given back is the word's own, as before."""
    from bot import understand

    lex = lexicon("de")
    assert lex.reads_dialect
    words = ["zq" + "".join(chr(ord("a") + int(d)) for d in str(n)) + "xyz" for n in range(500)]
    assert [lex.dialect_words(w) for w in words] == [(w,) for w in words]
    assert [lex.dialect_words(w) for w in words] == [(w,) for w in words]  # kept, asked again
    kept = [lex._dialect_read[w] for w in words if w in lex._dialect_read]
    assert len(kept) > 400
    assert all(value is understand._ITSELF for value in kept)
    assert lex.dialect_words("weida") == ("weiter",)
