"""The reply language's shortcuts give what the plain comparisons give (issue 12, lang59).

bot/interpret.py's _known_ahead and _cannot_win tell some answers without cutting the
message into another locale's words; each is checked here against the plain computation
it replaces, on tuning rows of every locale, so a shortcut that drifted fails here before
it changes a reading (bench/read_cost.py's digests check the tuning rows as a whole).
"""

from __future__ import annotations

from dataclasses import replace

from question_set import LOCALES, tuning_rows

from bot import interpret, language
from bot.understand import Understanding, lexicon, understand


def _known_ahead_plainly(text: str, code: str, *, than: str, share: float, ahead: float) -> bool:
    known = lexicon(code).known_share(text)
    return known >= share and known - lexicon(than).known_share(text) >= ahead


def _cannot_win_plainly(
    first: Understanding, text: str, code: str, first_code: str, sure: bool
) -> bool:
    most, length = lexicon(code).most_evidence(text)
    if first.kind == "unknown" and first.evidence > 0 and most <= first.evidence:
        return True
    if not sure:
        return False
    enough = min(interpret._SURE_ELSEWHERE, length) or interpret._SURE_ELSEWHERE
    can_be_sure = not first.evidence and most >= enough
    return not can_be_sure and not _known_ahead_plainly(
        text, code, than=first_code, share=interpret._WRITTEN_IN, ahead=interpret._WRITTEN_AHEAD
    )


def _rows() -> list[str]:
    return [row["text"] for code in LOCALES for row in tuning_rows(code)[::9]]


def test_a_locale_known_ahead_is_told_as_the_plain_comparison_tells_it() -> None:
    """_known_ahead skips `code`'s share where `than`'s leaves no room for `ahead` (no
    share is above 1): every pair of locales, at every bar the rules use and one at 0."""
    bars = [
        (interpret._WRITTEN_IN, interpret._WRITTEN_AHEAD),
        (0.0, interpret._FAR_AHEAD),
        (interpret._SECONDED_IN, interpret._SECONDED_AHEAD),
        (0.0, 0.0),
    ]
    spoken = sorted(language.spoken())
    skipped = checked = 0
    for text in _rows():
        for code in spoken:
            for than in spoken:
                for share, ahead in bars:
                    plain = _known_ahead_plainly(text, code, than=than, share=share, ahead=ahead)
                    got = interpret._known_ahead(text, code, than=than, share=share, ahead=ahead)
                    assert got == plain, (text, code, than, share, ahead)
                    skipped += 1.0 - lexicon(than).known_share(text) < ahead
                    checked += 1
    assert checked > 10_000 and skipped > 1_000, (checked, skipped)


def test_a_locale_that_cannot_win_is_told_as_the_plain_rule_tells_it() -> None:
    """_cannot_win asks _written_in before the most evidence where the first reading found
    something and the detector is sure: every row's first reading in its detected locale,
    its evidence as found and at 0, 1 and 3, out of scope or not, sure or not, against
    each other locale."""
    spoken = sorted(language.spoken())
    checked = 0
    for text in _rows():
        first_code = language.candidates(text)[0]
        found = understand(text, first_code)
        firsts = [
            replace(found, kind=kind, evidence=evidence)
            for kind in ("unknown", "question")
            for evidence in sorted({found.evidence, 0, 1, 3})
        ]
        for first in firsts:
            for code in spoken:
                if code == first_code:
                    continue
                for sure in (False, True):
                    plain = _cannot_win_plainly(first, text, code, first_code, sure)
                    got = interpret._cannot_win(first, text, code, first_code, sure)
                    assert got == plain, (text, code, first_code, first.evidence, sure)
                    checked += 1
    assert checked > 20_000, checked


def _most_evidence_plainly(code: str, text: str) -> int:
    """Lexicon.most_evidence's count, always from the message's cut."""
    lex = lexicon(code)
    tokens = lex.tokens(text)
    if tokens.words and tuple(tokens.folded) in lex.whole_kinds:
        return len(tokens.words)
    known = lex._step_words
    return sum(
        1
        for index, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True))
        if folded in known
        or word in known
        or (tokens.stems and not known.keys().isdisjoint(tokens.stems[index]))
    )


def test_tables_of_latin_words_find_no_evidence_without_a_latin_letter() -> None:
    """most_evidence finds nothing, without a cut, in tables whose words are all Latin where
    the message has no Latin letter, digit nor "@": their step words, whole kinds, phrase
    words and typo targets' letters all have one, and a typo is fixed only in a word
    longer than its edits; on every Japanese tuning row and a few mixed lines, the cut
    finds nothing either."""
    from bot.text import normalise
    from bot.understand import _LATIN_OR_DIGIT

    latin = [code for code in sorted(language.spoken()) if lexicon(code)._latin_only]
    assert latin
    for code in latin:
        lex = lexicon(code)
        assert all(_LATIN_OR_DIGIT.search(w) for w in lex._step_words), code
        assert all(_LATIN_OR_DIGIT.search(w) for kind in lex.whole_kinds for w in kind), code
        assert all(_LATIN_OR_DIGIT.search(w) for w in lex._phrase_words), code
        assert all(_LATIN_OR_DIGIT.search(c) for c in lex._target_letters), code
        assert min(lex.min_fuzzy, lex.swaps_from) > 2, code
    texts = [row["text"] for row in tuning_rows("ja")]
    texts += ["ça ?", "¿¡!?", "Привет, как дела", "🙂🙂", "—", "ＭＡＳＴＯＤＯＮ", "ｍｏｖｅ"]
    shortcut = 0
    for text in texts:
        for code in latin:
            most, length = lexicon(code).most_evidence(text)
            nothing = not text.isascii() and not _LATIN_OR_DIGIT.search(normalise(text))
            shortcut += nothing
            assert most == _most_evidence_plainly(code, text), (code, text)
            if not nothing:
                assert length == len(lexicon(code).tokens(text).words), (code, text)
    assert shortcut > 1_000, shortcut
