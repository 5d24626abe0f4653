"""What one read costs, in work done, not seconds: a message is not cut into another
locale's words where nothing it decides needs them (bench/read_cost.py measures the time)."""

from __future__ import annotations

from bot.interpret import PUBLIC, read_in_context
from bot.understand import lexicon

LATIN = ("de", "en", "es", "fr")


def test_an_english_message_is_cut_into_english_words_only() -> None:
    """Whether a message says no language at all (_says_no_language) is asked of the
    detector's guess first: the English tables know a word of it, which ends the look, and
    their cut is the one the read uses. Asked in alphabetical order, every English message
    was also cut into German words (~8% of an English read, ~11% of a French one)."""
    text = "I have been wondering for a while whether my followers come along when I move"
    read_in_context("hello", where=PUBLIC, chosen=None, tag=None, default="en")  # tables built
    for code in LATIN:
        lexicon(code)._recent_tokens.clear()
    locale, reading = read_in_context(text, where=PUBLIC, chosen=None, tag=None, default="en")
    assert (locale, reading.locale) == ("en", "en")
    cut = [code for code in LATIN if text in lexicon(code)._recent_tokens]
    assert cut == ["en"]


class _Counting(dict):
    """A table that counts its look-ups."""

    looked = 0

    def __contains__(self, key: object) -> bool:
        self.looked += 1
        return super().__contains__(key)


def test_japanese_letters_that_open_nothing_cost_no_look_up() -> None:
    """Spelling variants, the words a run is cut into and the walkthrough's unspaced
    phrases are looked for by the two letters they open with: a letter that opens some of
    them ("イ" opens "インスタンス") but not with the letter after it costs no look-up of the
    table, where one a length was made (16 at each letter of a run no word opens: ~7% of a
    Japanese message's read())."""
    from bot.interpret import book

    lex = lexicon("ja")
    folding = lex._variant_folding
    assert any(v.startswith("イ") for v in folding.table) and "イぬ" not in folding.pairs
    table, words, phrases = folding.table, lex._segment_words, book().unspaced
    assert any(p.startswith("い") for p in phrases)
    try:
        folding.table = _Counting(table)
        assert folding.fold("イぬ" * 8) == "イぬ" * 8
        assert folding.table.looked == 0
        lex._segment_words = _Counting(words)
        assert lex._segment_run("ぬ" * 10) == ["ぬ" * 10]
        assert lex._segment_words.looked == 0
        book().unspaced = _Counting(phrases)
        assert list(book()._unspaced_in("いぬ" * 6)) == []
        assert book().unspaced.looked == 0
    finally:
        folding.table, lex._segment_words, book().unspaced = table, words, phrases
    # What they are cut into is unchanged: the longest first, left to right.
    assert folding.fold("サーバーのインスタンス") == "サーバのサーバ"


def _end_cases() -> list[str]:
    """Every tuning row as typed, normalised and cleaned, and 6,000 of them cut short and
    closed with the endings' own words, punctuation, emoji, marks and line breaks."""
    import random

    from question_set import LOCALES, tuning_rows

    from bot.interpret import clean
    from bot.text import normalise

    texts = [t for code in LOCALES for row in tuning_rows(code) for t in [row["text"]]]
    cases = [*texts, *map(normalise, texts), *map(clean, texts)]
    pieces = ["right", "no", "or no", "o que", "o cómo", "isn't it", "can you confirm",
              "nicht wahr", "je me trompe", "ですか", "教えて", "てもらえますか", "でしょうか",
              "よね", "まる", " まる", "かな", "w", "る", "¿", "²", "\u0301", "😀", "…", "\n"]  # fmt: skip
    tails = [*"!?.,;:-_ \n\t~。、！？)」w", "", ""]
    rng = random.Random(25)
    for _ in range(6000):
        text = rng.choice(texts)
        text = text[: rng.randrange(len(text) + 1)] if rng.random() < 0.3 else text
        text += "".join(rng.choice(["", " ", ","]) + rng.choice(pieces) for _ in range(3))
        cases.append(text + "".join(rng.choice(tails) for _ in range(rng.randrange(6))))
    return cases


def test_endings_are_searched_near_the_end_only_and_find_the_same() -> None:
    """The walkthrough's endings (asking, confirming, request: every alternative closes
    with "$") are tried only where a match can start, the last few letters before the
    text's closing punctuation (bot/text.py EndPattern), not at every letter (~4% of a
    read); whether they match is what a search from the start says, on every tuning row
    and on mutated ones (session 25 checked 116,000 strings the same way)."""
    import re

    from bot.interpret import _QUESTION_MARK, book
    from bot.text import EndPattern

    words = book()
    asking = words._asking_ending.pattern
    assert asking.pattern.split("|")[0] != _QUESTION_MARK  # the mark is looked for apart
    patterns = [asking, words.confirming_ending, words.request_ending]
    ends = [EndPattern(p) for p in patterns if p is not None]
    assert all(end.run is not None and 0 < end.widest < 40 for end in ends)
    for text in _end_cases():
        for end in ends:
            assert end.search(text) == (end.pattern.search(text) is not None), (text, end)
    # Another shape is searched from the start, as it is.
    for pattern in (r"[?？]|ですか$", r"(?m)right$", r"right\b", r"(right)\1$"):
        end = EndPattern(re.compile(pattern))
        assert end.run is None and end.search("ok right") == bool(re.search(pattern, "ok right"))


def test_gapped_phrases_are_searched_from_their_first_word_and_find_the_same() -> None:
    """A walkthrough phrase with a gap ("take me .. back") is searched from where its first
    word first stands in the message (_Book.find: a match opens with that word), not tried
    at every letter before it; whether it matches is what a search from the start says."""
    import random
    import re

    from bot.interpret import book, clean

    rng = random.Random(26)
    gapped = book().gapped
    assert gapped
    fillers = ["my", "the", "x", "again", "please", "a b c d", "'", "-"]
    for first, pattern, _, _ in gapped:
        # Each pattern with a first word opens with it (a spaced one right after a word's
        # edge; "dm .. うざい" with no edge to wait for), so no match starts before it.
        opening = pattern.pattern.removeprefix(r"(?<![\w'])")
        assert not first or opening.startswith(re.escape(first)), pattern.pattern
        words = re.findall(r"[^\W\d_]{2,}", pattern.pattern.replace("\\S", " ")) or ["x"]
        for _ in range(12):
            parts = [rng.choice(["", "x" + (first or ""), first or "", *fillers])]
            for word in words:
                parts += [rng.choice(["", *fillers]) for _ in range(rng.randrange(3))] + [word]
            text = clean(" ".join([*parts, rng.choice(["", *fillers])]))
            start = text.find(first)
            assert (pattern.search(text, start) is None) == (pattern.search(text) is None), (
                text,
                pattern.pattern,
            )


def _dialect_cases(count: int) -> list[str]:
    """Every short tuning row, and `count` of them mutated with what a step on the whole text
    reads (links, "@", "#", counts, dictated marks), clause breaks, apostrophes, dashes,
    stretched and spelled-out letters, accents, combining marks, and the dialect tables'
    own words and filler."""
    import random

    from question_set import LOCALES, tuning_rows

    from bot.interpret import book

    # The rows short enough to be read as dialect (bot/interpret.py _MAX_DIALECT_WORDS).
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)]
    texts = [text for text in texts if len(text.split()) <= 12]
    words = book()._dialect_vocabulary
    filler = [w for _, f in book().dialects for w in f]
    pieces = ["@", "@name", "@alice@example.org", "#tag", "# ", "https://x.org/a", "x://y",
              "8000", "10k", "1.000", "3", "1:1", "punkt", "fragezeichen", "ausrufezeichen!",
              " - ", " — ", "–", ",", ".", ":", ";", "?", "!", "(", ")", "\n", "’", "‘", "'",
              "-", "--", "ue", "ae", "oe", "aaa", "sooo", "heyyy", "zruck", "weida", "gehts",
              "hab's", "gibt's", "z.b.", "ä", "Ü", "é", "e\u0301", "\u0301", "😀", "ß", "ﬁ",
              "Σ", "İ", "ǆ", "²", "_", "ジ", "だ", " "]  # fmt: skip
    rng = random.Random(27)
    cases = list(texts)
    for _ in range(count):
        text = rng.choice(texts)
        for _ in range(rng.randrange(1, 5)):
            at = rng.randrange(len(text) + 1)
            piece = rng.choice([*pieces, *pieces, rng.choice(sorted(words)), rng.choice(filler)])
            glue = rng.choice(["", " ", " ", ","])
            text = text[:at] + glue + piece + rng.choice(["", " "]) + text[at:]
        cases.append(text[: rng.randrange(len(text) + 1)] if rng.random() < 0.2 else text)
    return cases


def test_a_short_message_is_read_as_dialect_word_by_word() -> None:
    """A short message is read as the dialect tables read it word by word, each word's
    reading kept (_Book._dialect_words), not cut whole into their words (~40 µs in a
    third of the English, French and Spanish reads). Where typed_words() gives the words,
    the whole cut is each word's word_folded() in turn, on every short tuning row and
    4,000 mutated ones (session 27 checked 50,000), and the dialect reading is the same."""
    from bot.interpret import book

    words = book()
    assert words.dialects and words._dialect_vocabulary
    by_words = 0
    for text in _dialect_cases(4000):
        cuts = [lex._tokens(text).folded for lex, _ in words.dialects]
        for (lex, _), cut in zip(words.dialects, cuts, strict=True):
            typed = lex.typed_words(text)
            if typed is not None:
                by_words += 1
                assert cut == [w for word in typed for w in lex.word_folded(word)], text
            lex._recent_tokens.clear()  # read word by word, not from a cut kept
        words._dialect_last = ("", ([], [], None))
        read = words._dialect_find(text)
        words._dialect_last = ("", ([], [], None))
        words._dialect_words = lambda index, _, cuts=cuts: [  # type: ignore[method-assign]
            w for w in cuts[index] if w not in words.dialects[index][1]
        ]
        try:
            assert words._dialect_find(text) == read, text
        finally:
            del words._dialect_words
            words._dialect_last = ("", ([], [], None))
    assert by_words > 12_000


def _phrase_indexes(lex: object) -> list:
    """Every _PhraseSet and _KeyedPhrases a lexicon holds (its attributes, and in their
    dicts, lists, tuples and rules), each once."""
    from bot.understand import _KeyedPhrases, _PhraseSet

    found: dict[int, object] = {}
    seen: set[int] = set()

    def walk(value: object, depth: int) -> None:
        if id(value) in seen or depth > 4 or isinstance(value, (str, bytes, int, float)):
            return
        seen.add(id(value))
        if isinstance(value, (_PhraseSet, _KeyedPhrases)):
            found[id(value)] = value
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, depth + 1)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name), depth + 1)

    for item in vars(lex).values():
        walk(item, 0)
    return list(found.values())


def _scan_everywhere(tokens, index, *, keyed):  # type: ignore[no-untyped-def]
    """_scan without its shortcuts: at every word, every phrase opening there (folded, as
    typed, by each stem in order) is walked, none passed over for a word it lacks."""
    from bot.understand import _match_at

    for start, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True)):
        stems = sorted(tokens.stems[start]) if tokens.stems else []
        groups = [index.by_word.get(folded), index.by_exact.get(word)]
        groups += [index.by_word.get(stem) for stem in stems]
        for entries in groups:
            for entry in entries or ():
                phrase = entry[1] if keyed else entry
                positions = _match_at(phrase, tokens, start)
                if positions is not None and (
                    tokens.sentence_of[positions[0]] == tokens.sentence_of[positions[-1]]
                ):
                    yield entry, positions


def test_phrase_sets_are_scanned_with_shortcuts_and_find_the_same() -> None:
    """_scan looks a word's phrases up by its folded form alone where a set opens none
    with an exact word and the words have no stems, passes over a phrase whose other
    words the message lacks, and does not walk a phrase of one word: on every phrase set
    of every locale and every 20th tuning row, it finds what walking every phrase opening
    at every word finds, in the same order."""
    from question_set import LOCALES, tuning_rows

    from bot.understand import _KeyedPhrases, _scan

    found = 0
    for code in LOCALES:
        lex = lexicon(code)
        indexes = _phrase_indexes(lex)
        assert len(indexes) > 20
        for row in tuning_rows(code)[::20]:
            tokens = lex._tokens(row["text"])
            for index in indexes:
                keyed = isinstance(index, _KeyedPhrases)
                scanned = list(_scan(tokens, index, keyed=keyed))
                assert scanned == list(_scan_everywhere(tokens, index, keyed=keyed)), (
                    code,
                    row["text"],
                )
                found += len(scanned)
    assert found > 25_000
