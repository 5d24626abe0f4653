"""The second opinion's and the language detector's fast paths give what the plain way
gives (issue 12, session 57): each shortcut taken for speed in reading a message is
checked here against the plain computation it replaced.
"""

from __future__ import annotations

import copy
import math
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import language, second_opinion


def _plain_rounded(model: second_opinion.Model, totals: list[int], features: int) -> list[int]:
    step = model.step / math.sqrt(features)
    return [round(t * step) + bias for t, bias in zip(totals, model.bias, strict=True)]


def _with_step(step: float) -> second_opinion.Model:
    """The bot's model with another step (its bound on features computed as at load)."""
    model = copy.copy(second_opinion.model())
    model.step = step
    model.bulk_features = second_opinion._bulk_features(step, model.odd_biases)
    return model


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(-128 * 400, 128 * 400), min_size=84, max_size=84),
    st.integers(1, 400),
)
def test_scores_are_rounded_as_round_rounds_them(totals: list[int], features: int) -> None:
    """At the model's own step, for any totals a message of up to 400 features can have."""
    model = second_opinion.model()
    assert len(model.labels) == 84
    got = model._rounded(array("i", totals), features)
    assert got == _plain_rounded(model, totals, features)
    assert got == model._one_by_one(array("i", totals), model.step / math.sqrt(features))


@pytest.mark.parametrize("step", [0.5, 1.5, 0.25, 2.5, 0.125])
def test_a_halfway_score_is_rounded_to_the_even_side(step: float) -> None:
    """Where t * step is halfway between two whole numbers (a step of 0.5 and an odd t),
    round() takes the even one, which half of floor(2x) + 1 is not: _rounded() finds
    those classes and rounds them one by one (without that, 0.5 would be 1, not 0)."""
    model = _with_step(step)
    totals = [t - 42 for t in range(84)]
    assert any((t * step) % 1 == 0.5 for t in totals)
    assert model._rounded(array("i", totals), 1) == _plain_rounded(model, totals, 1)
    assert model._rounded(array("i", [0] * 84), 1) == _plain_rounded(model, [0] * 84, 1)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(-(1 << 20), 1 << 20), min_size=84, max_size=84),
    st.sampled_from([0.5, 0.75, 1.25, 3.0, 0.1, 70.88931872769803]),
    st.integers(1, 64),
)
def test_any_step_rounds_as_round(totals: list[int], step: float, features: int) -> None:
    model = _with_step(step)
    assert model._rounded(array("i", totals), features) == _plain_rounded(model, totals, features)


def test_too_many_features_round_one_by_one() -> None:
    """Past bulk_features floor(2x) could pass audioop's 32-bit bound: every class is
    rounded one by one there (a bound of 0 sends any message that way). Totals whose 2x
    is past 2**31, which audioop would clip, so the bulk path would round them wrong."""
    model = copy.copy(second_opinion.model())
    model.bulk_features = 0
    totals = [(-1) ** c * 1_000_000 * c for c in range(84)]
    assert max(abs(2 * t * model.step / math.sqrt(5)) for t in totals) > 1 << 31
    assert model._rounded(array("i", totals), 5) == _plain_rounded(model, totals, 5)
    assert second_opinion.model().bulk_features > 10**8


def _plain_best_two(scores: list[int]) -> tuple[int, int]:
    """The best and the runner-up as guess() found them before: max(), index() and the
    rest sliced out (the first of equals first)."""
    top = scores.index(max(scores))
    rest = scores[:top] + scores[top + 1 :]
    runner_up = rest.index(max(rest))
    return top, runner_up if runner_up < top else runner_up + 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-3, 3), min_size=84, max_size=84))
def test_the_best_two_are_found_as_max_finds_them(totals: list[int]) -> None:
    """Ties everywhere (seven values over 84 classes): the lower class first, always."""
    model = copy.copy(second_opinion.model())
    model.scores = lambda cleaned: totals  # type: ignore[method-assign]
    said = model.guess("")
    asked = [totals[c] for c in model.asked]
    top, second = _plain_best_two(asked)
    assert (said.label, said.second) == (
        model.labels[model.asked[top]],
        model.labels[model.asked[second]],
    )
    assert said.margin == asked[top] - asked[second]
    assert said.scores == dict(zip(model.labels, totals, strict=True))


def test_the_asked_classes_are_the_labels_before_the_myths() -> None:
    """The slice guess() takes holds the asked classes' scores, as the itemgetter did."""
    model = second_opinion.model()
    totals = list(range(len(model.labels)))
    asked = [c for c, label in enumerate(model.labels) if not label.startswith("~")]
    assert list(model.asked_scores(totals)) == [totals[c] for c in asked]


def _plain_myths(scores: dict[str, int]) -> list[tuple[int, str]]:
    return [(score, label) for label, score in scores.items() if label.startswith("~")]


def test_myth_scores_are_picked_as_the_labels_say() -> None:
    """The myths are picked once per set of labels: a dict of other labels (a test's
    hand-made guess, another model), or of the same in another order, gets its own."""
    labels = second_opinion.model().labels
    cases = [
        dict(zip(labels, range(84), strict=True)),
        dict(zip(labels, range(84, 0, -1), strict=True)),
        {"posts": 600, "~posts_move_automatically": 300, "followers": 0},
        {},
        {"~a": 1},
        dict(zip(reversed(labels), range(84), strict=True)),
        {"posts": 600, "~posts_move_automatically": 300, "followers": 0, "~b": -5},
        dict(zip(labels, range(84), strict=True)),
    ]
    for scores in cases:
        assert second_opinion.myth_scores(scores) == _plain_myths(scores)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé ñ1_.¿ßкд日ー\ud83d²½"), max_size=12))
def test_letters_are_counted_as_far_as_detect_asks(text: str) -> None:
    """language._letters() counts a text's ASCII letters first and looks no further where
    there are MIN_LETTERS of them: whether a text has letters, and whether it has
    MIN_LETTERS, are as _LETTER.findall() counts them (a lone surrogate is no letter)."""
    plain = len(language._LETTER.findall(text))
    letters = language._letters(text)
    assert (letters == 0) == (plain == 0)
    assert min(letters, language.MIN_LETTERS) == min(plain, language.MIN_LETTERS)
    if letters < language.MIN_LETTERS:
        assert letters == plain
