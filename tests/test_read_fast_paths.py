"""The read path's fast paths give what the plain way gives (issue 12, speed30).

Each shortcut taken for speed in reading a message is checked here against the plain
computation it replaces, so a shortcut that drifted would fail here before it changed a
reading (bench/read_cost.py's digests check the tuning rows as a whole).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import interpret, language, second_opinion, understand
from bot.text import Beyond


def test_clean_maps_ascii_as_the_not_word_pattern_substitutes() -> None:
    """clean() maps an ASCII text's non-word characters to spaces with a table built from
    _NOT_WORD itself: every ASCII character, alone, comes out as the pattern's sub()."""
    for code in range(128):
        char = chr(code)
        assert char.translate(interpret._NOT_WORD_ASCII) == interpret._NOT_WORD.sub(" ", char)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_an_ascii_text_is_mapped_as_the_pattern_substitutes(text: str) -> None:
    assert text.translate(interpret._NOT_WORD_ASCII) == interpret._NOT_WORD.sub(" ", text)


def _plain_scores(model: second_opinion.Model, cleaned: str) -> list[int]:
    """Each class's score read straight off the weights: every feature of the message
    (second_opinion.features, each once) looked up by bisection over all buckets, its
    (class, weight) pairs added class by class, the totals scaled and rounded one by one."""
    found = second_opinion.features(cleaned)
    totals = [0] * len(model.labels)
    for feature in found:
        n = bisect_left(model.buckets, feature)
        if n == len(model.buckets) or model.buckets[n] != feature:
            continue
        for label, weight in model.pairs_of(n):
            totals[label] += weight
    step = model.step / math.sqrt(len(found))
    return [round(total * step) + bias for total, bias in zip(totals, model.bias, strict=True)]


def test_scores_are_the_weights_summed_plainly() -> None:
    """Model.scores() (words' sums kept, packed lanes, the signed lanes read apart and
    rounded in C calls) gives every class the score a plain sum of its weights gives, on
    rows of every locale: every 25th tuning row, and one text of 750 rows (packed lanes
    widened as they fill), read twice (the second time from the words' kept sums)."""
    model = second_opinion.model()
    assert model.packed, "no feature was packed: the packed lanes go unchecked"
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)[::25]]
    assert len(texts) > 500
    # Many rows in one text: more packed features than a 16-bit lane holds at once.
    texts.append(" ".join(row["text"] for code in LOCALES for row in tuning_rows(code)[:150]))
    for _ in range(2):
        for text in texts:
            cleaned = interpret.clean(text)
            assert model.scores(cleaned) == _plain_scores(model, cleaned), text


# Texts of every locale's tuning rows (every 7th), as typed and cleaned: where the guarded
# patterns below are searched.
def _row_texts() -> list[str]:
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)[::7]]
    return texts + [interpret.clean(text) for text in texts]


# Letters the guarded patterns turn on, beside others: hypothesis draws texts of them.
_LETTERS = "aelqudoucsh'’.@#:/-_ 0é日に？?!,\n"

_BEYOND = {"interpret._UNSPACED": interpret._UNSPACED, "language._JAPANESE": language._JAPANESE}
_NEEDING = {
    "interpret._HANDLES": interpret._HANDLES,
    "interpret._LEADING_HANDLES": interpret._LEADING_HANDLES,
    "interpret._ELIDED": interpret._ELIDED,
    "language._NOT_LANGUAGE": language._NOT_LANGUAGE,
    "language._NOT_LANGUAGE.otherwise": language._NOT_LANGUAGE.otherwise,
}


def test_a_pattern_looked_for_beyond_ascii_is_one_character_of_no_ascii() -> None:
    """Beyond skips ASCII texts: sound only for a pattern one character wide that no ASCII
    character matches (a match in an ASCII text would be an ASCII character)."""
    from re import _parser  # type: ignore[attr-defined]

    for name, beyond in _BEYOND.items():
        pattern = beyond.pattern
        assert _parser.parse(pattern.pattern, pattern.flags).getwidth() == (1, 1), name
        assert not any(pattern.search(chr(code)) for code in range(128)), name
    try:
        Beyond(re.compile("[a-z\u3040]"))
    except ValueError:
        pass
    else:
        raise AssertionError("a class holding ASCII letters was taken")


def _agree(text: str) -> None:
    for name, beyond in _BEYOND.items():
        assert bool(beyond.search(text)) == bool(beyond.pattern.search(text)), (name, text)
    for name, needing in _NEEDING.items():
        if needing.pattern.search(text):
            assert needing.may_match(text), (name, text)
        assert needing.sub(" ", text) == needing.pattern.sub(" ", text), (name, text)
    # clean()'s look for a spelled-out letter: the substrings, as their alternation finds.
    letters = interpret._spelled_letters()
    spelled = re.compile("|".join(map(re.escape, letters)))
    assert any(map(text.__contains__, letters)) == bool(spelled.search(text)), text
    # without_names() searches only a text with a mark or a server's dot in it.
    plain = language._NOT_LANGUAGE.pattern.sub(" ", text)
    assert language.without_names.__wrapped__(text) == plain, text


def test_guarded_patterns_find_what_they_find_unguarded_in_the_rows() -> None:
    """Each pattern looked for only where a text can hold a match (Beyond, Needing, the
    spelled-out letters) gives what searching every text gives, on
    tuning rows of every locale as typed and cleaned."""
    texts = _row_texts()
    assert len(texts) > 6000
    for text in texts:
        _agree(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LETTERS, max_size=40))
def test_guarded_patterns_find_what_they_find_unguarded(text: str) -> None:
    _agree(text)
    _agree(f"see example.social or {text} mstdn.jp")


def test_kept_foldings_are_the_folding_of_the_text() -> None:
    """Lexicon._plain_kept (a segmenting locale's last foldings kept) gives what _plain
    gives: on every 5th Japanese tuning row, its clauses and its cleaned form, each folded
    three times over (the first from _plain, the others from the kept answers), more
    texts than are kept so the kept ones are let go too."""
    lex = understand.lexicon("ja")
    assert lex.segment
    texts = [row["text"] for row in tuning_rows("ja")[::5]]
    texts += [clause for text in texts for clause in interpret._clauses(text)]
    texts += [interpret.clean(text) for text in texts]
    assert len(texts) > understand._RECENT_PLAIN * 10
    for _ in range(3):
        for text in texts:
            assert lex._plain_kept(text) == lex._plain(text), text


def test_no_folding_is_kept_past_a_change_of_the_variants() -> None:
    """A folding kept (Lexicon._plain_kept) goes when the variants are compiled again
    (_compile_variants, which _add_kana_loanwords calls while the tables are built): a text
    folded before then is folded with the new variants."""
    lex = understand.Lexicon.__new__(understand.Lexicon)
    lex.segment, lex.strip_accents = True, False
    lex._compile_variants({"鯖": "サーバ"})
    assert lex._plain_kept("鯖とサバ") == "サーバとサバ"
    lex._compile_variants({"鯖": "サーバ", "サバ": "サーバ"})
    assert lex._plain_kept("鯖とサバ") == "サーバとサーバ"


def _unspaced_gapped_texts() -> list[str]:
    """Japanese texts as find() searches them (every 3rd Japanese tuning row cleaned, and
    its forms without filler and elisions), and each unspaced gapped phrase written out
    with other letters in its gaps and around it: texts that hold a match."""
    words = interpret.book()
    texts = [interpret.clean(row["text"]) for row in tuning_rows("ja")[::3]]
    texts += [words._without_ignored(text) for text in texts]
    for index, _ in words.gapped_unspaced:
        pattern = words.gapped[index][1].pattern
        parts = [re.sub(r"\\(.)", r"\1", part) for part in pattern.split(".{0,8}?")]
        texts.append("ね" + "はもう".join(parts) + "よ")
    return texts


def test_unspaced_gapped_phrases_are_tried_wherever_they_match() -> None:
    """_Book._gapped_for leaves out an unspaced gapped phrase only where its opening is not
    in the text: every such phrase whose pattern matches a text is among those it tries."""
    words = interpret.book()
    assert len(words.gapped_unspaced) > 20
    matched = 0
    for text in _unspaced_gapped_texts():
        tried = set(words._gapped_for(text, text.split()))
        for index, _ in words.gapped_unspaced:
            if words.gapped[index][1].search(text):
                matched += 1
                assert index in tried, (text, words.gapped[index][1].pattern)
    assert matched > len(words.gapped_unspaced)


def test_an_unspaced_gapped_phrase_opens_with_its_opening() -> None:
    """Each unspaced gapped phrase's opening is the literal its pattern opens with, so a
    text without it cannot hold a match."""
    words = interpret.book()
    for index, opening in words.gapped_unspaced:
        pattern = words.gapped[index][1].pattern
        assert pattern.startswith(re.escape(opening) + ".{0,8}?"), (opening, pattern)


def _adding_inside_plainly(words: list[str], adding: frozenset[str]) -> int:
    """interpret._adding_inside without its look for an adding word first."""
    for at in range(1, len(words) - 2):
        if words[at] in adding and interpret.book().opens_question(" ".join(words[at + 1 :])):
            return at
    return 0


def test_an_adding_word_inside_a_clause_is_found_as_the_plain_loop_finds_it() -> None:
    """_adding_inside looks for an adding word in the clause before walking it (session
    56): the same place as the plain walk, for every clause of every 23rd tuning row of each
    locale, as it is and with one of the locale's adding words put at its first places."""
    found = 0
    for code in LOCALES:
        adding = interpret._adding_words(code)
        for row in tuning_rows(code)[::23]:
            for piece in interpret._clauses(row["text"]) or (row["text"],):
                words = interpret.clean(piece).split()
                inserted = [
                    [*words[:at], word, *words[at:]]
                    for word in sorted(adding)
                    for at in range(1, 4)
                ]
                for case in [words, *inserted[:9]]:
                    at = interpret._adding_inside(case, adding)
                    assert at == _adding_inside_plainly(case, adding), (code, case)
                    found += at > 0
    assert found > 50


def test_a_text_with_no_added_clause_has_no_first_part() -> None:
    """_asked_parts gives "" for the words before an added clause where there is none (as
    its docstring says; session 56: they are no longer weighed for nothing)."""
    for code in LOCALES:
        for row in tuning_rows(code)[::7]:
            first, pieces, own = interpret._asked_parts(row["text"], code)
            if not pieces:
                assert (first, own) == ("", ()), row["text"]


def test_a_stated_myth_is_read_as_without_the_look_at_the_myths_scores_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """_stated_myth returns early where the model scores every myth below any bar it uses
    (_LEAST_MYTH, session 56): every 13th tuning row of each locale, as the tables read it,
    with the bot's model's scores and with every myth scored at each bar's edges, reads the
    same with that early return never taken."""
    model = second_opinion.model()
    edges = sorted(
        {
            edge + step
            for edge in (second_opinion.MYTH, second_opinion.MYTH_ASKED, second_opinion.MYTH_OWN)
            for step in (-1, 0)
        }
    )
    cases = []
    for code in LOCALES:
        for row in tuning_rows(code)[::13]:
            text, where = row["text"], row.get("where", interpret.PUBLIC)
            tables = interpret._read_tables(text, where=where, locale=code)
            said = model.guess(interpret.clean(text))
            cases.append((text, tables, said))
            for edge in edges:
                scores = {
                    label: edge if label.startswith(second_opinion.MYTH_MARK) else score
                    for label, score in said.scores.items()
                }
                cases.append((text, tables, replace(said, scores=scores)))
    early = [interpret._stated_myth(tables, lambda s=said: s, text) for text, tables, said in cases]
    monkeypatch.setattr(interpret, "_LEAST_MYTH", -(10**9))
    plain = [interpret._stated_myth(tables, lambda s=said: s, text) for text, tables, said in cases]
    assert early == plain
    stated = sum(got.understanding.kind == "myth" for got in plain)
    asked = sum(tables.understanding.kind == "question" for _, tables, _ in cases)
    assert stated > 100 and asked > 2000, (stated, asked)


def test_a_named_subject_is_overruled_at_the_bar_its_rank_sets() -> None:
    """_gate counts the subjects the model scores above the one named only where the margin
    is between NAMED and FAR_MARGIN (session 56): on every 7th tuning row of each locale
    that the tables read as one subject named in public, with the model's best other
    subject at margins on each bar's edges, the model's subject is taken exactly where
    the margin reaches FAR_MARGIN for a subject FAR or more rank above, NAMED otherwise."""
    model = second_opinion.model()
    bars = (second_opinion.NAMED, second_opinion.FAR_MARGIN)
    margins = sorted({bar + step for bar in bars for step in (-1, 0)} | {0, 2 * max(bars)})
    checked = far = taken = 0
    for code in LOCALES:
        for row in tuning_rows(code)[::7]:
            text, where = row["text"], row.get("where", interpret.PUBLIC)
            tables = interpret._read_tables(text, where=where, locale=code)
            u = tables.understanding
            named_one = (
                where == interpret.PUBLIC
                and tables.command is None
                and u.kind == "question"
                and not u.myths
                and not u.clarify
                and not u.ranked
                and len(u.subjects) == 1
                and u.confidence >= interpret._STRONG_READING
            )
            if not named_one:
                continue
            said = model.guess(interpret.clean(text))
            named = u.subjects[0]
            scores = said.scores
            label = max(
                (s, c) for c, s in scores.items() if second_opinion.is_subject(c) and c != named
            )[1]
            above = sum(
                score > scores[named] for c, score in scores.items() if second_opinion.is_subject(c)
            )
            bar = bars[1] if above >= second_opinion.FAR else bars[0]
            far += bar == bars[1]
            for margin in margins:
                guess = second_opinion.Guess(label, named, margin, scores)
                got = interpret._gate(tables, lambda g=guess: g, text)
                if margin >= bar:
                    taken += 1
                    assert got == interpret._the_models_subject(tables, label), (text, margin)
                else:
                    assert got == tables, (text, margin)
                checked += 1
    assert checked > 500 and far > 10 and taken > 100, (checked, far, taken)
