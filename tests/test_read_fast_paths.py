"""The read path's fast paths give what the plain way gives (issue 12, speed30).

Each shortcut taken for speed in reading a message is checked here against the plain
computation it replaces, so a shortcut that drifted would fail here before it changed a
reading (bench/read_cost.py's digests check the tuning rows as a whole).
"""

from __future__ import annotations

import math
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st
from question_set import LOCALES, tuning_rows

from bot import interpret, second_opinion


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
        for pair in range(model.starts[n], model.starts[n + 1]):
            totals[model.classes[pair]] += model.weights[pair]
    step = model.step / math.sqrt(len(found))
    return [round(total * step) + bias for total, bias in zip(totals, model.bias, strict=True)]


def test_scores_are_the_weights_summed_plainly() -> None:
    """Model.scores() (words' sums kept, packed lanes, the signed lanes read apart and
    rounded in C calls) gives every class the score a plain sum of its weights gives, on
    rows of every locale: every 25th tuning row, read twice (the second time from the
    words' kept sums)."""
    model = second_opinion.model()
    texts = [row["text"] for code in LOCALES for row in tuning_rows(code)[::25]]
    assert len(texts) > 500
    for _ in range(2):
        for text in texts:
            cleaned = interpret.clean(text)
            assert model.scores(cleaned) == _plain_scores(model, cleaned), text
