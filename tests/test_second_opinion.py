"""The learned second opinion (bot/second_opinion.py) and its gate in bot/interpret.py.

The model file is what the training script makes of the tuning rows; the gate lets it
answer dead ends and weak readings, overrule a strong phrase reading's subject only when
far surer, drop a subject the tables named beside one far more asked, and name a command
in a DM or at a step where the tables found none; it never touches myths, the tables'
commands, subjects at steps, or messages recognised as out of scope; with the setting
off, readings are the tables' own.
"""

from __future__ import annotations

import functools
import sys
import tracemalloc
from pathlib import Path

import pytest
import question_set
from question_set import LOCALES, tuning_rows

from bot import interpret, second_opinion
from bot.interpret import PUBLIC, read
from bot.second_opinion import Guess

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import train_second_opinion
from harness import fast_sandbox, running

# Training needs numpy and scikit-learn (the `train` extra), which the bot's own venv must
# not have (sqlite-utils imports numpy when it can: about +18 MB of the bot's peak RSS).
# A test that trains is marked `trainer` (tests/conftest.py skips it without the extra) and
# .ci/run runs those tests, and only those, again in a venv with it.


def test_model_file_was_made_from_these_rows_by_this_trainer() -> None:
    """A stale model (rows added, a label changed, normalise() or the features changed, the
    trainer edited) is caught here, in the bot's own venv and in seconds: the model keeps
    what it was made of (the trainer's made_of), and training is deterministic. Retraining
    to compare bytes (`bench/train_second_opinion.py --no-cv --check`) took 2 of CI's 5
    minutes on a slow machine (session 25)."""
    rows = train_second_opinion.all_rows()
    made_of = train_second_opinion.made_of(rows, train_second_opinion.label_set(rows))
    shipped = second_opinion.from_bytes(second_opinion.MODEL.read_bytes()).settings
    assert shipped.get("made_of") == made_of, (
        "replies/second_opinion.bin is stale: run bench/train_second_opinion.py --write --no-cv"
    )


def test_a_fold_trains_on_the_other_rounds_retired_halves_never_its_own() -> None:
    """Retired held-out halves are training rows (tests/question_set.py RETIRED_THROUGH),
    but leave-one-round-out stays honest: the fold testing round N never sees round N's
    held-out half, and `--retired none` gives the figures without any."""
    retired = [{"group": train_second_opinion.RETIRED, "round": n} for n in (1, 7, 8)]
    trained = train_second_opinion.trained_on
    assert [r["round"] for r in retired if trained(r, "round 7", "prior")] == [1, 8]
    assert [r["round"] for r in retired if trained(r, "old questions", "prior")] == [1, 7, 8]
    assert not [r for r in retired if trained(r, "round 8", "prior", retired="none")]


def test_the_trainer_reads_only_retired_held_out_rows() -> None:
    """A fresh round's held-out half is measured once before anything trains on it."""
    rows = train_second_opinion.retired_rows()
    assert rows, "no retired held-out row: RETIRED_THROUGH reads nothing"
    assert max(r["round"] for r in rows) <= question_set.RETIRED_THROUGH
    assert {r["group"] for r in rows} == {train_second_opinion.RETIRED}


def test_a_row_asked_at_a_step_is_learned_as_its_words_ask_anywhere_else() -> None:
    """The model reads no context: "how long will this take?" labelled follower_timing at
    the followers step (steps.toml `stands_for`) is learned as the duration it asks in
    public or a DM; a follower timing asked in so many words stays follower timing."""
    learned = train_second_opinion.out_of_context
    label = train_second_opinion.label_of
    timing = {"subjects": ["follower_timing"]}
    wait = {**timing, "text": "how long will this take?"}
    assert label(learned({**wait, "where": "followers"})) == ["duration"]
    assert label(learned({**wait, "where": "dm"})) == ["follower_timing"]
    named = {**timing, "text": "how long until my followers show up?", "where": "followers"}
    assert label(learned(named)) == ["follower_timing"]


def test_model_stays_within_its_memory_budget() -> None:
    """The model's memory at load, which a retraining or a trainer setting can grow unseen.
    1.5 MB until session 48, whose 400,000 pairs (bench/train_second_opinion.py PAIRS) read
    more fresh rows at first contact for 1.6 MB more, then 0.4 MB less kept in memory
    once the common buckets' pairs were packed and let go (peak 2.68 -> 2.48 MB)."""
    tracemalloc.start()
    try:
        with second_opinion.MODEL.open("rb") as source:
            model = second_opinion.Model(source)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert model.labels
    assert peak < 2.6e6, f"the model costs {peak / 1e6:.2f} MB at load (budget 2.6 MB)"


def test_every_pair_of_the_file_is_in_the_model() -> None:
    """Packing at load keeps every (class, weight) pair the file holds, plain or packed:
    the pairs read back out of the loaded model make the file again, byte for byte
    (tests/test_read_fast_paths.py checks the scores summed from them)."""
    written = second_opinion.MODEL.read_bytes()
    model = second_opinion.from_bytes(written)
    assert model.packed, "no bucket was packed: packing goes unchecked"
    pairs = {bucket: model.pairs_of(n) for n, bucket in enumerate(model.buckets)}
    assert second_opinion.encode(model.labels, model.settings, pairs) == written


class _Sure:
    """A model that names one subject, sure of it beyond any threshold."""

    def __init__(self, label: str = "posts") -> None:
        self.label = label
        self.calls = 0

    def guess(self, cleaned: str) -> Guess:
        self.calls += 1
        return Guess(self.label, "_unknown", 10_000)


def _tables(text: str, where: str, locale: str = "en") -> interpret.Reading:
    return interpret._read_tables(text, where=where, locale=locale)


# Of the tuning rows labelled a plain question in public or a DM (one subject, or several
# in public), the gate tests read one in PLAIN_EVERY: the gate is code, and these rows are
# its inputs, not a figure. They were 58% of the rows yet gave under 2% of the readings
# the gate must keep (myths, commands, greetings, thanks, questions at a step, several
# subjects in a DM, unknown with evidence: their rows are all read), and the reading of all
# 23,790 rows was 32 s of CI's CPU (session 32).
PLAIN_EVERY = 4


def _plain_question(row: dict) -> bool:
    where = row.get("where", PUBLIC)
    several_in_a_dm = where == interpret.DM and len(row.get("subjects", [])) > 1
    return (
        "command" not in row
        and row.get("kind", "question") == "question"
        and where in (PUBLIC, interpret.DM)
        and not several_in_a_dm
    )


@functools.cache
def _every_tuning_row_by_the_tables() -> list[tuple[str, str, interpret.Reading]]:
    """(text, where, the tables' reading) of the tuning rows the gate tests walk, read once
    for them all: every row of every locale but the plain questions' (_plain_question),
    of which one in PLAIN_EVERY, in order (the gate's inputs, not a figure: a property of
    the gate's code, not of every row)."""
    out = []
    plain = 0
    for locale in LOCALES:
        for row in tuning_rows(locale):
            if _plain_question(row):
                plain += 1
                if plain % PLAIN_EVERY:
                    continue
            where = row.get("where", PUBLIC)
            out.append((row["text"], where, _tables(row["text"], where)))
    return out


@pytest.fixture
def sure(monkeypatch: pytest.MonkeyPatch) -> _Sure:
    model = _Sure()
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    monkeypatch.setenv(second_opinion.SETTING, "on")
    return model


def test_gate_never_changes_a_myth_a_command_or_a_strong_reading(sure: _Sure) -> None:
    """Even a model sure of a subject leaves these as the tables read them (every
    tuning row of each locale that is one of them, of the plain questions one in
    PLAIN_EVERY: _every_tuning_row_by_the_tables; the sure model gives no scores, so
    no second subject is dropped either): a subject named by a strong phrase is overruled
    only when the model is as sure as second_opinion.NAMED, and then only one subject
    named with no typo corrected, or two or more in public (tests below). At a step
    (session 20) only a command, "how", and a question about the step's own subject stay
    whatever the model says: there it may name another subject (tests below)."""
    checked = 0
    met = [0] * 7  # rows protected each way: none may go untried
    for text, where, tables in _every_tuning_row_by_the_tables():
        u = tables.understanding
        strong = u.kind == "question" and (u.confidence >= 0.9 or u.named) and not u.ranked
        at_step = where not in (PUBLIC, interpret.DM)
        step = interpret._steps().get(where)
        own = step is not None and (sure.label in u.subjects or step.subject in u.subjects)
        ways = [
            tables.command in (*interpret.COMMANDS, "how"),
            (tables.command is not None and not at_step),
            (at_step and tables.command is None and u.kind == "question" and own),
            (u.kind in ("myth", "greeting", "thanks") and tables.command is None),
            (strong and u.confidence < 0.9 and not at_step),
            (strong and len(u.subjects) > 1 and where == interpret.DM),
            (u.kind == "unknown" and u.evidence > 0 and tables.command is None),
        ]
        if any(ways):
            checked += 1
            met = [n + way for n, way in zip(met, ways, strict=True)]
            assert interpret.after_tables(tables, text) == tables, text
    assert checked > 1000 and all(met), met


def test_a_strong_reading_is_kept_by_a_model_short_of_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every tuning row the tables read by strong phrases stays theirs when the model
    names another subject at second_opinion.NAMED - 1 (and gives no scores to drop by),
    but for two or more subjects named in public (second_opinion.NAMED_SEVERAL, below);
    of the plain questions one in PLAIN_EVERY (_every_tuning_row_by_the_tables)."""
    model = _Margin("posts", second_opinion.NAMED - 1)
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    monkeypatch.setenv(second_opinion.SETTING, "on")
    checked = 0
    for text, where, tables in _every_tuning_row_by_the_tables():
        u = tables.understanding
        strong = u.kind == "question" and u.confidence >= 0.9 and not u.ranked
        several = len(u.subjects) > 1 and where == PUBLIC
        if strong and not several and tables.command is None and where in (PUBLIC, interpret.DM):
            checked += 1
            assert interpret.after_tables(tables, text) == tables, text
    assert checked > 1500


class _Margin(_Sure):
    """A model that names `label` at `margin`, with every class's score given."""

    def __init__(self, label: str, margin: int, scores: dict[str, int] | None = None) -> None:
        super().__init__(label)
        self.margin = margin
        self.given = scores or {}

    def guess(self, cleaned: str) -> Guess:
        self.calls += 1
        return Guess(self.label, "_unknown", self.margin, self.given)


# Written for these tests (not rows of any set): the tables name both subjects in so many
# words.
_STRONG_TWO = "my followers came along fine but where did my bookmarks go?"


_AHEAD = {"posts": 900, "lists": 800, "mutes": 750, "blocks": 720, "profile": 710, "alias": 705}


@pytest.mark.parametrize(
    ("scores", "kept"),
    [
        # 500 below the best of the two: both asked
        ({"followers": 500, "bookmarks": 1000, **_AHEAD}, ["followers", "bookmarks"]),
        # further below and seven subjects ahead of it: the story's subject goes
        ({"followers": 499, "bookmarks": 1000, **_AHEAD}, ["bookmarks"]),
        ({"followers": 1000, "bookmarks": 499, **_AHEAD}, ["followers"]),
        # as far below, four subjects ahead of it (bookmarks, posts, profile, alias): goes
        (
            {
                "followers": 499,
                "bookmarks": 1000,
                **_AHEAD,
                "lists": 450,
                "mutes": 400,
                "blocks": 300,
            },
            ["bookmarks"],
        ),
        # as far below, but among the model's four best subjects: kept
        (
            {
                "followers": 499,
                "bookmarks": 1000,
                **_AHEAD,
                "lists": 450,
                "mutes": 400,
                "blocks": 300,
                "profile": 200,
            },
            ["followers", "bookmarks"],
        ),
        # classes that are no subject ahead of it do not count
        (
            {
                "followers": 499,
                "bookmarks": 1000,
                **_AHEAD,
                "lists": 450,
                "mutes": 400,
                "blocks": 300,
                "profile": 200,
                "!done": 750,
            },
            ["followers", "bookmarks"],
        ),
    ],
)
def test_the_subject_the_model_finds_far_less_asked_is_dropped(
    scores: dict[str, int], kept: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of the two subjects the tables named, one scored second_opinion.DROP or more
    below the other and outside the model's second_opinion.TOP best subjects is dropped,
    even when the model is unsure of its own best class."""
    assert (second_opinion.DROP, second_opinion.TOP) == (500, 4)  # the cases sit around them
    tables = _tables(_STRONG_TWO, PUBLIC)
    assert tables.understanding.subjects == ["followers", "bookmarks"]
    monkeypatch.setenv(second_opinion.SETTING, "on")
    model = _Margin("bookmarks", 5, scores)
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    got = read(_STRONG_TWO, where=PUBLIC, locale="en")
    assert got.understanding.subjects == kept
    assert got.understanding.kind == "question" and got.command is None


@pytest.mark.parametrize(
    ("margin", "kept"),
    [
        (second_opinion.ALONE - 1, ["followers", "bookmarks"]),
        (second_opinion.ALONE, ["bookmarks"]),
    ],
)
def test_a_subject_the_model_is_far_surer_of_than_any_is_asked_alone(
    margin: int, kept: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of the tables' two subjects, the model's best one alone is kept once it is
    second_opinion.ALONE ahead of every other class, though the other is among the
    model's TOP best subjects (which keeps it at a smaller margin)."""
    tables = _tables(_STRONG_TWO, PUBLIC)
    assert tables.understanding.subjects == ["followers", "bookmarks"]
    monkeypatch.setenv(second_opinion.SETTING, "on")
    scores = {"bookmarks": 1000, "followers": 1000 - margin, "_unknown": 1000 - margin}
    monkeypatch.setattr(second_opinion, "model", lambda: _Margin("bookmarks", margin, scores))
    got = read(_STRONG_TWO, where=PUBLIC, locale="en")
    assert got.understanding.subjects == kept
    assert got.understanding.kind == "question" and got.command is None


@pytest.mark.parametrize(
    ("margin", "subjects"),
    [(second_opinion.NAMED - 1, ["bookmarks"]), (second_opinion.NAMED, ["posts"])],
)
def test_one_subject_named_by_a_strong_phrase_is_overruled_only_at_named(
    margin: int, subjects: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """At first contact the model, this sure, was right where the tables' strong phrase
    was wrong far more often than the reverse (README, train_second_opinion row)."""
    text = "do my bookmarks come with me?"  # written for this test
    tables = _tables(text, PUBLIC)
    assert tables.understanding.subjects == ["bookmarks"]
    assert tables.understanding.confidence >= 0.9 and not tables.understanding.ranked
    monkeypatch.setattr(second_opinion, "model", lambda: _Margin("posts", margin))
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale="en").understanding
    assert got.subjects == subjects
    assert got.ranked == (subjects != ["bookmarks"])  # the model's subject: no Yes/No opener


@pytest.mark.parametrize(
    ("above", "subjects"),
    [(second_opinion.FAR, ["posts"]), (second_opinion.FAR - 1, ["bookmarks"])],
)
def test_a_named_subject_the_model_ranks_far_down_is_overruled_at_far_margin(
    above: int, subjects: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subject named in public that the model ranks below second_opinion.FAR of its
    subjects is overruled at second_opinion.FAR_MARGIN, far short of NAMED."""
    assert second_opinion.FAR <= 5 and second_opinion.FAR_MARGIN < second_opinion.NAMED
    text = "do my bookmarks come with me?"  # written for this test
    others = ["lists", "mutes", "blocks", "profile", "alias"]
    scores = {
        "posts": 1000,
        "bookmarks": 0,
        **{label: 500 if n < above - 1 else -500 for n, label in enumerate(others)},
    }
    model = _Margin("posts", second_opinion.FAR_MARGIN, scores)
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    monkeypatch.setenv(second_opinion.SETTING, "on")
    assert read(text, where=PUBLIC, locale="en").understanding.subjects == subjects
    dm = read(text, where=interpret.DM, locale="en").understanding
    assert dm.subjects == ["bookmarks"]  # in a DM only NAMED_IN_DM overrules


def test_two_subjects_named_by_strong_phrases_give_way_in_public_at_named_several(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In public the model's own subject, neither of the two, replaces both from
    second_opinion.NAMED_SEVERAL on (the parts named where the whole is asked); short of
    it, or in a DM however sure, the model only drops one of them by its scores."""
    tables = _tables(_STRONG_TWO, PUBLIC)
    assert tables.understanding.subjects == ["followers", "bookmarks"]
    monkeypatch.setenv(second_opinion.SETTING, "on")
    short = _Margin("posts", second_opinion.NAMED_SEVERAL - 1)
    monkeypatch.setattr(second_opinion, "model", lambda: short)
    assert read(_STRONG_TWO, where=PUBLIC, locale="en") == tables
    sure = _Margin("posts", second_opinion.NAMED_SEVERAL)
    monkeypatch.setattr(second_opinion, "model", lambda: sure)
    assert read(_STRONG_TWO, where=PUBLIC, locale="en").understanding.subjects == ["posts"]
    in_dm = _Margin("posts", 10_000)
    monkeypatch.setattr(second_opinion, "model", lambda: in_dm)
    dm = _tables(_STRONG_TWO, interpret.DM)
    assert read(_STRONG_TWO, where=interpret.DM, locale="en") == dm
    assert dm.understanding.subjects == ["followers", "bookmarks"]


def test_a_dropped_first_subject_takes_its_yes_no_opener_along() -> None:
    """The "Yes."/"No." opener judged the first subject's question: it goes with it."""
    from bot.understand import Understanding

    both = interpret.Reading(
        None, Understanding("question", ["followers", "posts"], [], 0.9, yes_no=True), "en", PUBLIC
    )
    others = {"lists": 450, "mutes": 400, "blocks": 350, "filters": 300}
    first_low = Guess("posts", "_unknown", 5, {"followers": 0, "posts": 600, **others})
    second_low = Guess("followers", "_unknown", 5, {"followers": 600, "posts": 0, **others})
    first_gone = interpret.gate(both, lambda: first_low).understanding
    assert first_gone.subjects == ["posts"] and not first_gone.yes_no
    second_gone = interpret.gate(both, lambda: second_low).understanding
    assert second_gone.subjects == ["followers"] and second_gone.yes_no


def test_a_model_without_scores_drops_nothing() -> None:
    from bot.understand import Understanding

    both = interpret.Reading(
        None, Understanding("question", ["followers", "posts"], [], 0.9), "en", PUBLIC
    )
    assert interpret.gate(both, lambda: Guess("posts", "_unknown", 5)) == both


def test_gate_answers_a_dead_end_with_the_sure_models_subject(sure: _Sure) -> None:
    """The other side of the test above: where the tables give nothing, a sure model
    speaks (so the protections above are the gate's, not a gate that never opens)."""
    text = "zxq vbnm plorf"
    assert _tables(text, PUBLIC).understanding.kind == "unknown"
    got = read(text, where=PUBLIC, locale="en")
    assert got.understanding.kind == "question"
    assert got.understanding.subjects == ["posts"]
    assert not got.understanding.yes_no  # no "Yes."/"No." opener the tables did not judge


def test_gate_leaves_a_recognised_out_of_scope_message_alone(sure: _Sure) -> None:
    text = "how do I add alt text to an image?"
    tables = _tables(text, PUBLIC)
    assert tables.understanding.kind == "unknown" and tables.understanding.evidence > 0
    assert read(text, where=PUBLIC, locale="en") == tables


def test_an_unsure_model_leaves_a_dead_end(monkeypatch: pytest.MonkeyPatch) -> None:
    class Unsure(_Sure):
        def guess(self, cleaned: str) -> Guess:
            return Guess("posts", "followers", second_opinion.DEAD_END - 1)

    monkeypatch.setattr(second_opinion, "model", lambda: Unsure())
    text = "zxq vbnm plorf"
    assert read(text, where=PUBLIC, locale="en") == _tables(text, PUBLIC)


def test_off_topic_class_keeps_i_dont_know(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _Sure("_unknown")
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    text = "zxq vbnm plorf"
    assert read(text, where=PUBLIC, locale="en").understanding.kind == "unknown"
    assert model.calls == 1


@pytest.mark.parametrize(
    "text",
    [
        # Written for this test (not rows of any set): the tables find nothing in them.
        "can i hop back to my first server later on",
        "i wanna jump back later if the new one sucks",
    ],
)
def test_the_real_model_answers_what_the_tables_miss(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(second_opinion.SETTING, "on")
    assert _tables(text, PUBLIC).understanding.kind == "unknown"
    got = read(text, where=PUBLIC, locale="en")
    assert got.command is None
    assert got.understanding.subjects == ["move_back"]


def test_setting_off_reads_with_the_tables_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def never() -> None:
        raise AssertionError("the model was asked with BOT_SECOND_OPINION=off")

    monkeypatch.setattr(second_opinion, "model", never)
    monkeypatch.setenv(second_opinion.SETTING, "off")
    for text in ("can i hop back to my first server later on", "zxq vbnm plorf"):
        assert read(text, where=PUBLIC, locale="en") == _tables(text, PUBLIC)


@pytest.mark.parametrize("kind", ["myth", "question"])
@pytest.mark.parametrize("confidence", [0.9, 0.5, 0.0])
def test_gate_never_touches_a_myth_however_weakly_read(kind: str, confidence: float) -> None:
    """A stated myth stays the tables' whatever their confidence (a model without scores
    cannot say it is not stated: second_opinion.MISREAD_MYTH): its reply corrects it,
    a subject's would not. A question that also carries a myth is the case only the myth
    guard protects (a "myth" reading is also kept by the question-only branch), so both
    kinds are checked: the test fails when the guard goes."""
    from bot.understand import Understanding

    myth = interpret.Reading(
        None, Understanding(kind, ["followers"], ["some_myth"], confidence), "en", PUBLIC
    )
    assert interpret.gate(myth, lambda: Guess("posts", "_unknown", 10_000)) == myth


@pytest.mark.parametrize(
    ("where", "label", "margin", "stated", "read_as"),
    [
        (PUBLIC, "private_notes", second_opinion.MISREAD_MYTH, -1, ["private_notes"]),
        (interpret.DM, "private_notes", second_opinion.MISREAD_MYTH, -1, ["private_notes"]),
        # The myth's class scored stated, a model short of the margin, the model's subject
        # the tables' own, or at a step: the tables' myth stands.
        (PUBLIC, "private_notes", second_opinion.MISREAD_MYTH, 0, None),
        (PUBLIC, "private_notes", second_opinion.MISREAD_MYTH - 1, -1, None),
        (PUBLIC, "profile", second_opinion.MISREAD_MYTH, -1, None),
        ("export", "private_notes", second_opinion.MISREAD_MYTH, -1, None),
    ],
)
def test_a_myth_the_model_finds_not_stated_gives_way_to_its_far_surer_subject(
    where: str, label: str, margin: int, stated: int, read_as: list[str] | None
) -> None:
    """ "i write private notes on ppls profiles do those carry over": the tables read "name
    and bio are copied" in it; the model scores that myth not stated and names the notes
    second_opinion.MISREAD_MYTH ahead, so the notes are answered."""
    from bot.understand import Understanding

    myth = interpret.Reading(
        None, Understanding("myth", ["profile"], ["name_bio_copied"], 0.9), "en", where
    )
    scores = {label: 1000, "_unknown": 1000 - margin, "~name_bio_copied": stated}
    got = interpret.gate(myth, lambda: Guess(label, "_unknown", margin, scores))
    if read_as is None:
        assert got == myth
    else:
        assert got.understanding.kind == "question"
        assert got.understanding.subjects == read_as
        assert got.understanding.myths == []


@pytest.mark.parametrize(("setting", "environment"), [("off", "on"), ("on", "off")])
async def test_the_apps_config_switches_the_gate_at_start(
    setting: str, environment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The running bot follows its config's BOT_SECOND_OPINION (from .env or the
    environment, merged by Config), not whatever the process environment says later: the
    environment here says the opposite. A public mention the tables miss gets the model's
    answer (move_back's "Cancel redirect") only with the setting on."""

    from bot.text import html_to_text

    monkeypatch.setenv(second_opinion.SETTING, environment)
    text = "can i hop back to my first server later on"
    assert _tables(text, PUBLIC).understanding.kind == "unknown"
    async with running(fast_sandbox(tmp_path, config_overrides={"second_opinion": setting})) as box:
        mention = box.mention("rosa", text)
        replies = await box.wait_reply(mention)
        answered = " ".join(html_to_text(r["content"]) for r in replies)
        assert ("Cancel redirect" in answered) == (setting == "on"), answered
    assert second_opinion.enabled() == (environment == "on")  # handed back at stop


async def test_an_app_that_stops_hands_back_what_decided_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two apps in one process (tests, a standby), both configured off while the environment
    says on: when the first stops, the second still reads with the tables alone (the
    question only the model answers gets no "Cancel redirect"); and once neither runs, the
    setting a script gave before them (configure(False)) decides again, not the environment."""

    from bot.text import html_to_text

    monkeypatch.setenv(second_opinion.SETTING, "on")
    saved = second_opinion.configure(False)
    boxes = []
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        boxes.append(fast_sandbox(tmp_path / name, config_overrides={"second_opinion": "off"}))
    first, second = boxes
    try:
        await first.start()
        await second.start()
        await first.wait_connected()
        await second.wait_connected()
        await first.stop()
        mention = second.mention("rosa", "can i hop back to my first server later on")
        answered = " ".join(html_to_text(r["content"]) for r in await second.wait_reply(mention))
        assert "Cancel redirect" not in answered, answered
        await second.stop()
        assert second_opinion.enabled() is False
    finally:
        for box in boxes:
            await box.stop()
        second_opinion.configure(saved)


@pytest.mark.trainer
def test_the_bot_scores_a_message_as_the_trainers_svms_do() -> None:
    """The file's int8 weights, scale and biases, summed over a message's features and
    divided by the square root of their count, give the score of the trained linear
    model (whose rows were scaled to unit length) to within the int8 rounding: the bot
    and the trainer read a message alike. Trained on a few rows of one locale here."""
    import numpy as np

    rows = [{**r, "locale": "en", "group": "round 1"} for r in tuning_rows("en")[:300]]
    labels = train_second_opinion.label_set(rows)
    ids, weights, bias = train_second_opinion.train(rows, labels)
    pairs, scale = train_second_opinion.quantise(ids, weights, bias)
    model = second_opinion.from_bytes(second_opinion.encode(labels, scale, pairs))
    column = {f: n for n, f in enumerate(ids)}
    unit = second_opinion.UNIT
    for row in rows[:40]:
        cleaned = interpret.clean(row["text"])
        feats = second_opinion.features(cleaned)
        known = [column[f] for f in feats if f in column]
        exact = (weights[known].sum(axis=0) / np.sqrt(len(feats)) + bias) * unit
        got = np.array(model.scores(cleaned))
        # int8 rounding: half a step per feature, scaled like the sum, plus the rounding
        # of the bias and the total
        slack = scale["step"] * len(known) / 2 / np.sqrt(len(feats)) + 2
        assert np.all(np.abs(got - exact) <= slack), row["text"]


def _probe_facts(source: str, **params: object) -> list:
    import probe_rows

    return probe_rows.Probe(source, params).facts()


def test_a_probes_label_is_taken_from_its_parameters_and_literals() -> None:
    """bench/probe_rows.py reads the label a test asserts: a parameter or a literal."""
    facts = _probe_facts(
        'def t(text, subjects):\n    assert subjects_of(text, "move") == subjects\n',
        text="can I still post?",
        subjects={"old_account"},
    )
    assert facts == [(("can I still post?", "move", None), "subjects", ["old_account"])]
    facts = _probe_facts('def t(text):\n    assert command_of(text, "dm") == "stop"\n', text="shh")
    assert facts == [(("shh", "dm", None), "command", "stop")]


def test_a_probe_that_names_no_one_label_is_no_row() -> None:
    """An "or", an inequality, a reading of the tables alone or a fake model: no label."""
    for source in (
        'def t(text):\n    got = read(text)\n    assert got.command is None or got.command == "how"\n',
        'def t(text):\n    assert read(text).understanding.subjects != ["posts"]\n',
        'def t(text):\n    tables = _read_tables(text)\n    assert tables.understanding.subjects == ["posts"]\n',
        'def t(text):\n    model = _Sure("posts")\n    assert read(text).understanding.subjects == ["posts"]\n',
    ):
        assert _probe_facts(source, text="x") == [], source


def test_a_name_read_twice_in_a_probe_labels_each_text_once() -> None:
    source = (
        "def t():\n"
        '    got = reading_of("ミュートは？")\n'
        '    assert got.understanding.subjects == ["mutes"]\n'
        '    got = reading_of("リストは？")\n'
        '    assert got.understanding.subjects == ["lists"]\n'
    )
    assert [(f[0][0], f[2]) for f in _probe_facts(source)] == [
        ("ミュートは？", ["mutes"]),
        ("リストは？", ["lists"]),
    ]


def test_a_name_bound_to_a_readings_attribute_is_read_as_that_reading() -> None:
    """ "got = read_row({...}).understanding" then "got.subjects": the probe's label."""
    source = (
        "def t(text):\n"
        '    got = read_row({"text": text, "where": "alias"}).understanding\n'
        '    assert (got.subjects, got.kind) == (["alias"], "myth")\n'
        '    assert got.myths == ["alias_on_old_account"]\n'
    )
    assert sorted(f[1:] for f in _probe_facts(source, text="ici le nouveau ?")) == [
        ("kind", "myth"),
        ("myths", ["alias_on_old_account"]),
        ("subjects", ["alias"]),
    ]
    assert {f[0] for f in _probe_facts(source, text="ici le nouveau ?")} == {
        ("ici le nouveau ?", "alias", None)
    }


def test_a_name_bound_twice_is_read_through_the_attributes_of_its_binding_then() -> None:
    """Each assert reads the name as its last assignment before it bound it, attributes
    and all: the first "got" is the subjects, the second the understanding."""
    source = (
        "def t():\n"
        '    got = read_row({"text": "mes listes ?"}).understanding.subjects\n'
        '    assert got == ["lists"]\n'
        '    got = read_row({"text": "coucou"}).understanding\n'
        '    assert got.kind == "greeting"\n'
    )
    assert [(f[0][0], f[1], f[2]) for f in _probe_facts(source)] == [
        ("mes listes ?", "subjects", ["lists"]),
        ("coucou", "kind", "greeting"),
    ]


def test_a_myth_asserted_without_its_name_is_no_row() -> None:
    """Which myth is stated is part of the label; a row without it teaches the model that
    the words state none."""
    import probe_rows

    key = ("les blocages suivent tout seuls, right ?", "public")
    assert probe_rows.row_of(key, {"kind": "myth", "subjects": ["blocks"]}, {}) is None
    assert probe_rows.unlabelled({"kind": "myth", "subjects": ["blocks"]}) == "a myth not named"
    named = {"kind": "myth", "subjects": ["blocks"], "myths": ["blocks_move_automatically"]}
    assert probe_rows.row_of(key, named, {})["myths"] == ["blocks_move_automatically"]


class _Knows:
    """A model that reads one made-up text as `label`, surely, and nothing else."""

    def __init__(self, text: str, label: str, margin: int = 10_000) -> None:
        self.text, self.label, self.margin = interpret.clean(text), label, margin

    def guess(self, cleaned: str) -> Guess:
        if cleaned == self.text:
            return Guess(self.label, "_unknown", self.margin)
        return Guess("_unknown", "posts", 0)


def _knowing(monkeypatch: pytest.MonkeyPatch, text: str, label: str, margin: int = 10_000):
    model = _Knows(text, label, margin)
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    monkeypatch.setenv(second_opinion.SETTING, "on")


# Words the tables know nothing of, so what the reading says is the model's doing.
_UNKNOWN = "zxq vbnm plorf"
_NEGATED = "zxq plorf nothing happens"


@pytest.mark.parametrize(
    ("where", "label", "command"),
    [
        ("export", "!done", "done"),
        ("export", "!not_yet", "not_yet"),
        ("export", "!back", "back"),
        ("alias", "!how", "how"),
        (interpret.DM, "!forget", "forget"),
        (interpret.DM, "!clarify_delete", "clarify_delete"),
        (interpret.DM, "!start", "start"),
        # In a DM no step waits to be skipped: "next?" asks what comes next.
        (interpret.DM, "!skip", "status"),
        # Archive news at a step that does not take it did the step (as the tables read it).
        ("alias", "!downloaded", "done"),
    ],
)
def test_in_a_dm_or_at_a_step_the_sure_models_command_is_taken(
    where: str, label: str, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _tables(_UNKNOWN, where).command is None
    _knowing(monkeypatch, _UNKNOWN, label)
    assert read(_UNKNOWN, where=where, locale="en").command == command


@pytest.mark.parametrize(
    ("where", "label"),
    [
        # In public "done?" and "how do I ...?" ask about the move: no command by the model
        # (but a dead end it reads as asking what the bot does is help, at SAID_KIND: the
        # test of greetings, thanks and help below).
        (PUBLIC, "!forget"),
        (PUBLIC, "!done"),
        # Not what this place takes: no step waits for "done" in a DM.
        (interpret.DM, "!done"),
        (interpret.DM, "!how"),
        # Never by the model: restart drops the member's answers at once, stop silences
        # the reminders, a language needs its name (second_opinion.NOT_BY_MODEL).
        ("export", "!restart"),
        (interpret.DM, "!stop"),
        ("export", "!stop"),
        (interpret.DM, "!language"),
    ],
)
def test_the_model_names_no_command_where_it_means_nothing_or_costs_too_much(
    where: str, label: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _knowing(monkeypatch, _UNKNOWN, label)
    assert read(_UNKNOWN, where=where, locale="en").command is None


def test_a_model_short_of_command_leaves_the_tables_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over a dead end, at a step too, the model's command needs second_opinion.COMMAND
    (a filler such as "tortitas de plátano" is no "not yet"); in a DM as well."""
    _knowing(monkeypatch, _UNKNOWN, "!done", second_opinion.COMMAND - 1)
    assert read(_UNKNOWN, where="export", locale="en").command is None
    _knowing(monkeypatch, _UNKNOWN, "!done", second_opinion.COMMAND)
    assert read(_UNKNOWN, where="export", locale="en").command == "done"
    _knowing(monkeypatch, _UNKNOWN, "!status", second_opinion.COMMAND - 1)
    assert read(_UNKNOWN, where=interpret.DM, locale="en").command is None
    _knowing(monkeypatch, _UNKNOWN, "!status", second_opinion.COMMAND)
    assert read(_UNKNOWN, where=interpret.DM, locale="en").command == "status"


@pytest.mark.parametrize(("label", "command"), [("!done", None), ("!not_yet", "not_yet")])
def test_a_not_turns_a_report_around_but_not_a_put_off(
    label: str, command: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "hab die Datei hochgeladen, es passiert nichts" did not do the step, whatever the
    model reads; "not now" still puts it off (second_opinion.SAID_WITH_A_NOT)."""
    assert interpret.book().negated(_NEGATED) and _tables(_NEGATED, "export").command is None
    _knowing(monkeypatch, _NEGATED, label)
    assert read(_NEGATED, where="export", locale="en").command == command


async def test_a_step_done_in_words_only_the_model_knows_moves_on(
    sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the fake instance: at the export step, words the tables cannot place but
    the model reads as "done" take the member to the next step, as "done" would."""
    from harness import say, step_of, walk_to

    await walk_to(sandbox, "export")
    _knowing(monkeypatch, _UNKNOWN, "!done")
    await say(sandbox, "alice", _UNKNOWN)
    assert await step_of(sandbox) != "export"


@pytest.mark.parametrize(
    ("text", "label"), [("makes sense", "!skip"), ("hmm", "!done"), ("never mind", "!how")]
)
async def test_the_walkthroughs_own_words_outrank_the_models_command(
    text: str, label: str, sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "makes sense" after "say done when ..." is understood, not done, even where the model
    reads "done" ("entendido" was read as "how?" at a margin of 1024); "never mind" lets
    go, it does not ask how. The reading itself yields (interpret._as_said), so the
    benchmark and the probes read what the walkthrough does."""
    from harness import say, step_of, walk_to

    import replies

    await walk_to(sandbox, "export")
    _knowing(monkeypatch, text, label)
    assert second_opinion.model().guess(interpret.clean(text)).label == label
    assert read(text, where="export", locale="en").command is None
    answer = await say(sandbox, "alice", text)
    assert await step_of(sandbox) == "export"
    if text == "never mind":
        assert replies.render("walkthrough/misc.j2", "en", what="nevermind").strip() in answer


class _Claims:
    """A model that reads every message as asking `subject` and stating `myth` at `score`."""

    def __init__(self, subject: str, myth: str, score: int) -> None:
        self.scores = {subject: 300, "_unknown": 0, second_opinion.MYTH_MARK + myth: score}

    def guess(self, cleaned: str) -> Guess:
        return Guess(next(iter(self.scores)), "_unknown", 300, dict(self.scores))


@pytest.mark.parametrize(
    ("where", "score", "myths"),
    [
        (PUBLIC, second_opinion.MYTH, ["posts_move_automatically"]),
        (interpret.DM, second_opinion.MYTH, ["posts_move_automatically"]),
        (PUBLIC, second_opinion.MYTH - 1, []),
        # At a step too, since session 20 ("the export has my posts in it right? the CSV
        # one" at the export step states the myth).
        ("export", second_opinion.MYTH, ["posts_move_automatically"]),
        ("export", second_opinion.MYTH - 1, []),
    ],
)
def test_a_myth_the_model_reads_stated_turns_the_question_into_that_myth(
    where: str, score: int, myths: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the tables read only a question, a myth the model scores at second_opinion.MYTH
    makes it that myth (the reply corrects it; the subject stays the tables')."""
    # No "?", no "not", no question word ("what about my posts" opens with one and puts
    # nothing forward: it asks, intents/en.toml myths.posts_move_automatically put_forward_by).
    text = "and my posts"  # a claim could be read in it
    tables = _tables(text, where)
    assert tables.command is None and tables.understanding.kind == "question"
    assert "posts" in tables.understanding.subjects
    _frames_alone(monkeypatch)
    monkeypatch.setattr(
        second_opinion, "model", lambda: _Claims("posts", "posts_move_automatically", score)
    )
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=where, locale="en").understanding
    assert got.myths == myths
    assert got.kind == ("myth" if myths else "question")
    assert "posts" in got.subjects


@pytest.mark.parametrize(
    ("text", "locale", "stated"),
    [
        # A claim closed by a tag asking to confirm it states the claim (the tables read
        # no myth in these words: the model's is the one read).
        ("my posts are sorted then, right?", "en", True),
        ("meine Beiträge sind dann geregelt, oder?", "de", True),
        ("mes posts c'est réglé alors, je me trompe ?", "fr", True),
        ("mis publicaciones quedan resueltas, ¿verdad?", "es", True),
        # The tag's own "not" says no "not" of the claim (learn28: "…, no?", "…, non ?",
        # "…, n'est-ce pas ?", "…, nicht wahr?" ask only "isn't it so?").
        ("mis publicaciones quedan resueltas, no?", "es", True),
        ("mis publicaciones quedan resueltas entonces no?", "es", True),
        ("mes posts c'est réglé alors, non ?", "fr", True),
        ("mes posts c'est réglé alors, n'est-ce pas ?", "fr", True),
        ("meine Beiträge sind dann geregelt, nicht wahr?", "de", True),
        # Tags typed in SMS and in Québec: "c ça ?", "j'ai bon ?", "c'est ben ça ?".
        ("mes posts c'est réglé alors c ça?", "fr", True),
        ("mes posts c'est réglé alors, j'ai bon ?", "fr", True),
        ("mes posts c'est réglé alors, c'est ben ça?", "fr", True),
        # A "not" in the claim itself still asks (a trouble told, not a myth stated).
        ("mis publicaciones no quedan resueltas, no?", "es", False),
        ("mes posts c'est pas réglé alors, non ?", "fr", False),
        ("meine Beiträge sind nicht geregelt, nicht wahr?", "de", False),
        # Asked outright, or with "or not" / "o qué", it is a question.
        ("are my posts sorted then?", "en", False),
        ("my posts are sorted then, or no?", "en", False),
        ("mis publicaciones quedan resueltas o qué", "es", False),
    ],
)
def test_a_claim_asked_only_to_be_confirmed_states_the_myth(
    text: str, locale: str, stated: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "…, right?" asks nothing but agreement with what it says: the myth the model reads
    in it is stated (corrected), where a real question about it is answered."""
    tables = _tables(text, PUBLIC, locale)
    assert tables.command is None and tables.understanding.kind == "question"
    assert "posts" in tables.understanding.subjects
    _frames_alone(monkeypatch)
    monkeypatch.setattr(
        second_opinion,
        "model",
        lambda: _Claims("posts", "posts_move_automatically", second_opinion.MYTH),
    )
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale=locale).understanding
    assert got.myths == (["posts_move_automatically"] if stated else [])


@pytest.mark.parametrize(
    ("text", "score", "stated"),
    [
        ("are my posts sorted then?", second_opinion.MYTH_ASKED, True),
        ("are my posts sorted then?", second_opinion.MYTH_ASKED - 1, False),
        ("my posts aren't sorted then", second_opinion.MYTH_ASKED, True),
        ("my posts aren't sorted then", second_opinion.MYTH_ASKED - 1, False),
    ],
)
def test_a_myth_asked_about_is_read_where_the_model_is_far_surer(
    text: str, score: int, stated: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question that asks or says "not" states the myth the model scores at
    second_opinion.MYTH_ASKED ("can i upload the archive zip to restore my posts?" asks
    about the myth itself), not at the claim's second_opinion.MYTH. (The import claim: "then"
    puts it forward, intents/en.toml put_forward_by.)"""
    tables = _tables(text, PUBLIC)
    assert tables.command is None and tables.understanding.kind == "question"
    assert "posts" in tables.understanding.subjects
    _frames_alone(monkeypatch)
    monkeypatch.setattr(
        second_opinion, "model", lambda: _Claims("posts", "posts_can_be_imported", score)
    )
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale="en").understanding
    assert got.myths == (["posts_can_be_imported"] if stated else [])


def _frames_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim's and the question's thresholds alone: no locale reads a myth of a subject
    the tables read at second_opinion.MYTH_OWN (the tests below the one above do)."""
    monkeypatch.setattr(second_opinion, "MYTH_OWN_LOCALES", frozenset())


@pytest.mark.parametrize(
    ("text", "locale", "myth", "score", "stated"),
    [
        # Asked, claimed or said with a "not": the myth of the subject the tables read
        # ("posts" for posts_move_automatically and posts_can_be_imported) is read from
        # MYTH_OWN, in English. ("then" puts the import claim forward; "are my posts
        # sorted?" with nothing put forward only asks: intents/en.toml put_forward_by.)
        ("are my posts sorted then?", "en", "posts_can_be_imported", "own", True),
        ("are my posts sorted then?", "en", "posts_can_be_imported", "own-1", False),
        ("my posts aren't sorted then", "en", "posts_can_be_imported", "own", True),
        ("and my posts", "en", "posts_move_automatically", "own", True),
        ("and my posts", "en", "posts_move_automatically", "own-1", False),
        # Another subject's myth keeps the question's threshold (the lists are not read).
        ("are my posts sorted then?", "en", "lists_cannot_transfer", "asked-1", False),
        ("are my posts sorted then?", "en", "lists_cannot_transfer", "asked", True),
        # Not in the other locales (their tuners' probes ask: "mis seguidos se copian solos
        # o qué").
        (
            "mis publicaciones quedan resueltas o qué",
            "es",
            "posts_move_automatically",
            "asked-1",
            False,
        ),
    ],
)
def test_a_myth_of_the_subject_read_is_read_from_the_own_subjects_score(
    text: str, locale: str, myth: str, score: str, stated: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the tables read the myth's own subject (replies/knowledge `subject`), the myth
    the model scores at second_opinion.MYTH_OWN is stated, asked or claimed ("do I need to
    DM all 400 of my followers asking them to follow me again at the new account?" read
    as the followers is the refollow myth), in English; a myth of another subject needs
    the question's second_opinion.MYTH_ASKED."""
    tables = _tables(text, PUBLIC, locale)
    assert tables.command is None and tables.understanding.kind == "question"
    assert tables.understanding.subjects == ["posts"]
    value = {
        "own": second_opinion.MYTH_OWN,
        "own-1": second_opinion.MYTH_OWN - 1,
        "asked": second_opinion.MYTH_ASKED,
        "asked-1": second_opinion.MYTH_ASKED - 1,
    }[score]
    monkeypatch.setattr(second_opinion, "model", lambda: _Claims("posts", myth, value))
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale=locale).understanding
    assert got.myths == ([myth] if stated else [])


def _question(subject: str, where: str = PUBLIC, locale: str = "en") -> interpret.Reading:
    from bot.understand import Understanding

    return interpret.Reading(None, Understanding("question", [subject], [], 0.9), locale, where)


def _clause_model(said: dict[str, Guess]):
    """The model's guess of one cleaned clause: `said`'s, else off topic."""
    return lambda clause: said.get(clause, Guess("_unknown", "posts", 0, {"_unknown": 0}))


_LINKS = Guess(
    "external_links",
    "posts",
    second_opinion.ASKED_TOO_MARGIN,
    {"external_links": second_opinion.ASKED_TOO, "posts": 0},
)


@pytest.mark.parametrize(
    ("text", "where", "locale", "said", "subjects"),
    [
        # A clause an adding word opens asks its own subject.
        (
            "Our server closes in two weeks, and will my old links still work after?",
            PUBLIC,
            "en",
            _LINKS,
            ["server_closing", "external_links"],
        ),
        (
            "Unser Server schließt bald. Und gehen meine alten Links dann noch?",
            interpret.DM,
            "de",
            _LINKS,
            ["server_closing", "external_links"],
        ),
        # No adding word: the clause may be the story around the question.
        (
            "Our server closes in two weeks. will my old links still work after?",
            PUBLIC,
            "en",
            _LINKS,
            ["server_closing"],
        ),
        # German "also" is "so", no adding word.
        (
            "Unser Server schließt bald, also gehen meine alten Links dann noch?",
            PUBLIC,
            "de",
            _LINKS,
            ["server_closing"],
        ),
        # A model short of ASKED_TOO or of its margin there, or at a step: nothing added.
        (
            "Our server closes in two weeks, and will my old links still work after?",
            PUBLIC,
            "en",
            Guess(
                "external_links",
                "posts",
                second_opinion.ASKED_TOO_MARGIN,
                {"external_links": second_opinion.ASKED_TOO - 1},
            ),
            ["server_closing"],
        ),
        (
            "Our server closes in two weeks, and will my old links still work after?",
            PUBLIC,
            "en",
            Guess(
                "external_links",
                "posts",
                second_opinion.ASKED_TOO_MARGIN - 1,
                {"external_links": second_opinion.ASKED_TOO},
            ),
            ["server_closing"],
        ),
        (
            "Our server closes in two weeks, and will my old links still work after?",
            "export",
            "en",
            _LINKS,
            ["server_closing"],
        ),
    ],
)
def test_a_subject_asked_in_a_clause_an_adding_word_opens_is_added(
    text: str, where: str, locale: str, said: Guess, subjects: list[str]
) -> None:
    """The model reads each clause after the first that an adding word opens alone; its
    subject there, at second_opinion.ASKED_TOO and that far ahead of the runner-up, is
    asked too, beside the tables' (the whole message's scores mix it with the story)."""
    clauses = {
        interpret.clean(piece): said
        for piece in interpret._clauses(text)
        if "links" in piece or "Links" in piece
    }
    whole = Guess("server_closing", "_unknown", 0, {"server_closing": 0})
    got = interpret.gate(
        _question("server_closing", where, locale), lambda: whole, text, _clause_model(clauses)
    )
    assert got.understanding.subjects == subjects


def test_without_a_clause_model_no_subject_is_added() -> None:
    text = "Our server closes in two weeks, and will my old links still work after?"
    whole = Guess("server_closing", "_unknown", 0, {"server_closing": 0})
    got = interpret.gate(_question("server_closing"), lambda: whole, text)
    assert got.understanding.subjects == ["server_closing"]


def test_a_myths_class_never_wins_a_guess() -> None:
    """The model's best class is what a message asks: a myth's class beside it is a claim,
    read by the gate from the scores, never the guess itself."""
    labels = second_opinion.model().labels
    assert any(label.startswith(second_opinion.MYTH_MARK) for label in labels)
    guess = second_opinion.model().guess(interpret.clean("my posts move by themselves anyway"))
    assert not guess.label.startswith(second_opinion.MYTH_MARK)
    assert not guess.second.startswith(second_opinion.MYTH_MARK)


def _at(
    where: str, command: str | None = None, subjects: tuple[str, ...] = ()
) -> interpret.Reading:
    from bot.understand import Understanding

    kind = "question" if subjects else "unknown"
    return interpret.Reading(
        command, Understanding(kind, list(subjects), [], 0.9 if subjects else 0.0), "en", where
    )


def test_at_a_step_a_question_about_another_subject_is_the_models() -> None:
    """ "Does everyone get ping when I move" at the move step asks about notifications:
    the model's subject second_opinion.AT_A_STEP ahead over the tables' question there."""
    tables = _at("move", subjects=("old_account",))
    sure = Guess("notifications", "old_account", second_opinion.AT_A_STEP)
    got = interpret.gate(tables, lambda: sure)
    assert got.command is None and got.understanding.subjects == ["notifications"]
    unsure = Guess("notifications", "old_account", second_opinion.AT_A_STEP - 1)
    assert interpret.gate(tables, lambda: unsure) == tables
    dead_end = _at("move")
    assert interpret.gate(dead_end, lambda: sure).understanding.subjects == ["notifications"]


def test_at_a_step_a_subject_the_step_stands_for_leaves_the_steps_reading() -> None:
    """ "how long will this take?" while followers arrive is their timing (steps.toml
    `stands_for`), however sure the model is that it asks the duration."""
    tables = _at("followers", subjects=("follower_timing",))
    assert interpret.gate(tables, lambda: Guess("duration", "posts", 10_000)) == tables


def test_at_a_step_an_answer_gives_way_to_a_question_about_another_subject() -> None:
    """ "quick q while im doing this, do my private notes on accounts get exported" at the
    export step is no "done": the model's subject second_opinion.OVER_AN_ANSWER ahead."""
    tables = _at("export", command="done")
    sure = Guess("private_notes", "_unknown", second_opinion.OVER_AN_ANSWER)
    got = interpret.gate(tables, lambda: sure)
    assert got.command is None
    assert got.understanding.kind == "question"
    assert got.understanding.subjects == ["private_notes"]
    unsure = Guess("private_notes", "_unknown", second_opinion.OVER_AN_ANSWER - 1)
    assert interpret.gate(tables, lambda: unsure) == tables


@pytest.mark.parametrize(("text", "where"), [("linked them", "alias"), ("sorted", "export")])
def test_at_a_step_an_answer_that_is_the_whole_message_stays(text: str, where: str) -> None:
    """ "linked them" at the alias step is done, however sure the model is that its words ask
    about external links: the whole message is the answer, it holds no question."""
    tables = _at(where, command="done")
    sure = Guess("external_links", "_unknown", 10_000)
    assert interpret.gate(tables, lambda: sure, text) == tables
    # The same reading with words that are more than the answer gives way (the case above).
    assert (
        interpret.gate(tables, lambda: sure, f"{text}, do my website links still work").command
        is None
    )


@pytest.mark.parametrize("command", ["stop", "forget", "skip", "how"])
def test_at_a_step_a_command_or_how_stays_whatever_the_model_says(command: str) -> None:
    tables = _at("export", command=command)
    assert interpret.gate(tables, lambda: Guess("private_notes", "_unknown", 10_000)) == tables


def test_at_a_step_an_answer_stays_where_the_model_names_the_steps_own_subject() -> None:
    """ "アイコンと自己紹介入れました〜" at the profile step is done: the model's "profile" is
    the step's own subject."""
    tables = _at("profile", command="done")
    assert interpret.gate(tables, lambda: Guess("profile", "_unknown", 10_000)) == tables


def test_at_a_step_the_subject_the_model_finds_far_less_asked_is_dropped() -> None:
    """As in public: of two subjects the tables named at a step, one scored far below the
    other (second_opinion.DROP) and outside the model's best (second_opinion.TOP)."""
    tables = _at("move", subjects=("notifications", "what_others_see"))
    scores = {
        "notifications": 972,
        "what_others_see": -1200,
        "posts": -700,
        "lists": -750,
        "move": -800,
        "profile": -900,
    }
    said = Guess("notifications", "posts", 1672, scores)
    got = interpret.gate(tables, lambda: said)
    assert got.understanding.subjects == ["notifications"]


_TWO_ASKED = "why can't mastodon import posts, and is there any tool that can copy them over"


@pytest.mark.parametrize(
    ("score", "subjects"),
    [
        (second_opinion.SECOND_SUBJECT, ["repost_tools", "why_no_posts"]),
        (second_opinion.SECOND_SUBJECT - 1, ["repost_tools"]),
    ],
)
def test_a_second_subject_is_added_where_an_adding_word_opens_a_clause(
    score: int, subjects: list[str]
) -> None:
    """The whole message's best other subject, scored second_opinion.SECOND_SUBJECT or
    more, where a clause an adding word opens asks a second thing."""
    tables = _question("repost_tools")
    said = Guess("repost_tools", "why_no_posts", 400, {"repost_tools": 900, "why_no_posts": score})
    got = interpret.gate(tables, lambda: said, _TWO_ASKED)
    assert got.understanding.subjects == subjects


def test_no_second_subject_without_an_adding_word() -> None:
    """ "how do i bring my blocks over to the new account": a second subject scored high
    is a story's as often as one asked."""
    tables = _question("blocks")
    said = Guess("blocks", "import", 100, {"blocks": 900, "import": 800})
    text = "how do i bring my blocks over to the new account"
    assert interpret.gate(tables, lambda: said, text) == tables


def test_the_real_model_reads_a_question_at_a_step_the_tables_took_for_done() -> None:
    # Written for this test (not a row of any set): the tables read "done" in it.
    text = "quick one while i am here, do my private notes get exported?"
    assert _tables(text, "export").command == "done"
    got = read(text, where="export", locale="en")
    assert got.command is None and got.understanding.kind == "question"
    assert got.understanding.subjects == ["private_notes"]


def _asked(where: str, subjects: tuple[str, ...] = ("username",)) -> interpret.Reading:
    """The tables' plain question, named in so many words (confidence 0.9)."""
    from bot.understand import Understanding

    return interpret.Reading(None, Understanding("question", list(subjects), [], 0.9), "en", where)


@pytest.mark.parametrize("where", [PUBLIC, interpret.DM])
def test_a_question_the_model_reads_off_topic_is_out_of_scope(where: str) -> None:
    """ "how do I change my instagram username?" asks about another service: the model's
    off-topic class second_opinion.OFF_TOPIC ahead overrules even a subject the tables named
    (the reply says what the bot helps with instead of explaining Mastodon usernames)."""
    tables = _asked(where)
    sure = Guess(second_opinion.OFF_TOPIC_CLASS, "username", second_opinion.OFF_TOPIC)
    got = interpret.gate(tables, lambda: sure)
    assert got.command is None
    assert got.understanding.kind == "unknown" and got.understanding.subjects == []
    assert got.understanding.evidence > 0  # recognised as out of scope, not a dead end
    unsure = Guess(second_opinion.OFF_TOPIC_CLASS, "username", second_opinion.OFF_TOPIC - 1)
    assert interpret.gate(tables, lambda: unsure) == tables


def test_off_topic_never_overrules_a_step_a_command_or_a_myth() -> None:
    from bot.understand import Understanding

    sure = Guess(second_opinion.OFF_TOPIC_CLASS, "username", 10_000)
    at_step = _asked("profile", ("profile",))
    assert interpret.gate(at_step, lambda: sure) == at_step
    command = interpret.Reading("start", Understanding("question"), "en", interpret.DM)
    assert interpret.gate(command, lambda: sure) == command
    myth = interpret.Reading(
        None, Understanding("myth", ["posts"], ["posts_move_automatically"], 0.9), "en", PUBLIC
    )
    assert interpret.gate(myth, lambda: sure) == myth


@pytest.mark.parametrize(
    "text",
    [
        # Written for this test (not rows of any set): the tables read a subject in each.
        "can I move my twitter followers to bluesky",
        "does threads let you export your followers",
    ],
)
def test_the_real_model_reads_another_services_question_as_off_topic(text: str) -> None:
    assert _tables(text, PUBLIC).understanding.kind == "question"
    got = read(text, where=PUBLIC, locale="en")
    assert got.command is None and got.understanding.kind == "unknown"


def test_at_a_step_the_models_command_needs_less_than_in_a_dm() -> None:
    """ "I'm afraid I can't find where to make this alias. Where is it?" at the alias step
    asks how: at a step the model's command second_opinion.COMMAND_AT_A_STEP ahead is
    taken over the tables' question; in a DM outside a walkthrough it still needs
    second_opinion.COMMAND."""
    assert second_opinion.COMMAND_AT_A_STEP < second_opinion.COMMAND
    at_step = _asked("alias", ("alias",))
    sure = Guess("!how", "alias", second_opinion.COMMAND_AT_A_STEP)
    got = interpret.gate(at_step, lambda: sure)
    assert got.command == "how" and got.guessed
    unsure = Guess("!how", "alias", second_opinion.COMMAND_AT_A_STEP - 1)
    assert interpret.gate(at_step, lambda: unsure) == at_step
    in_dm = _asked(interpret.DM, ("alias",))
    status = Guess("!status", "alias", second_opinion.COMMAND - 1)
    assert interpret.gate(in_dm, lambda: status) == in_dm


_FIRST_ASKED = (
    "suppose i change my mind after 2 months can i go back to old server? "
    "also is there a limit how many ppl i can follow"
)


@pytest.mark.parametrize(
    ("margin", "score", "subjects"),
    [
        (
            second_opinion.ASKED_FIRST_MARGIN,
            second_opinion.ASKED_FIRST,
            ["follow_limit", "move_back"],
        ),
        (second_opinion.ASKED_FIRST_MARGIN - 1, second_opinion.ASKED_FIRST, ["follow_limit"]),
        (second_opinion.ASKED_FIRST_MARGIN, second_opinion.ASKED_FIRST - 1, ["follow_limit"]),
    ],
)
def test_the_clauses_before_an_added_one_are_scored_alone_too(
    margin: int, score: int, subjects: list[str]
) -> None:
    """Where a clause an adding word opens asks too, the clauses before it are read alone
    as well: the tables often read only the added clause's subject (round 16-33's "can i
    go back to old server? also is there a limit how many ppl i can follow" was the
    follow limit alone). Their subject is added at second_opinion.ASKED_FIRST, that far
    ahead of its runner-up there (ASKED_FIRST_MARGIN)."""
    first = "suppose i change my mind after 2 months can i go back to old server"
    said = Guess("move_back", "cooldown", margin, {"move_back": score, "cooldown": 0})
    whole = Guess("follow_limit", "_unknown", 0, {"follow_limit": 0})
    got = interpret.gate(
        _question("follow_limit"), lambda: whole, _FIRST_ASKED, _clause_model({first: said})
    )
    assert got.understanding.subjects == subjects


def test_an_enumerations_items_are_each_scored_alone() -> None:
    """ "two things: 1) ... 2) ...", "(a) ... and (b) ...": each item is asked, whatever
    word opens it (round 53's "If we move, (a) do the DMs come over and (b) do mentions of
    the old handle still reach us?")."""
    text = "two things: 1) do my blocks carry over 2) how do I get the csv in the first place"
    items = ("do my blocks carry over", "how do i get the csv in the first place")
    assert interpret._asked_parts(text, "en") == ("two things", items, items)
    item = "how do i get the csv in the first place"
    said = Guess("csv_export", "import", 900, {"csv_export": 900, "import": 0})
    whole = Guess("blocks", "_unknown", 0, {"blocks": 0})
    got = interpret.gate(_question("blocks"), lambda: whole, text, _clause_model({item: said}))
    assert got.understanding.subjects == ["blocks", "csv_export"]
    lettered = "If we move, (a) do the DMs come over and (b) do mentions still reach us?"
    assert interpret._asked_parts(lettered, "en")[1] == (
        "do the dms come over and",
        "do mentions still reach us",
    )
    assert interpret._asked_parts("1) alone here", "en")[1] == ()
    assert interpret._asked_parts("my blocks :) do they move", "en")[1] == ()


def test_an_adding_word_inside_a_clause_opens_a_question_for_the_clauses_alone() -> None:
    """ "how long does the move take and how long till followers show up": no comma, but
    the adding word opens a question, read alone by _asked_too; _second_subject, which
    adds the whole message's best other subject, still needs a clause of its own."""
    text = "how long does the move take and how long till followers show up"
    assert interpret._asked_parts(text, "en") == (
        "how long does the move take",
        ("and how long till followers show up",),
        (),
    )
    assert interpret._added_clauses(text, "en") == []
    # No question word after it: one thing asked ("my posts and my follows").
    assert interpret._asked_parts("do my posts and my follows move", "en")[1] == ()


class _Scores:
    """A model that gives every message these scores (its best class first)."""

    def __init__(self, scores: dict[str, int], margin: int = 300) -> None:
        self.scores, self.margin = scores, margin

    def guess(self, cleaned: str) -> Guess:
        labels = list(self.scores)
        return Guess(labels[0], labels[1], self.margin, dict(self.scores))


_MARK = second_opinion.MYTH_MARK


@pytest.mark.parametrize(
    ("text", "locale", "scores", "subjects", "myths"),
    [
        # Two myths of one subject: the one the model scores below zero and MYTH_DROP
        # below the other is a phrase matched beside the claim.
        (
            "my avatar and header come over with the move so the profile bit is done",
            "en",
            {"profile": 900, _MARK + "avatar_header_transferred": 500},
            ["profile"],
            ["avatar_header_transferred"],
        ),
        # Two subjects: the follows' myth and the follows go, where the model reads neither.
        (
            "Abonnements passent automatiquement, les blocages aussi",
            "fr",
            {"blocks": 400, _MARK + "blocks_move_automatically": 400, "follows": -100},
            ["blocks"],
            ["blocks_move_automatically"],
        ),
        # The follows read asked (0 or more): both stay.
        (
            "Abonnements passent automatiquement, les blocages aussi",
            "fr",
            {"blocks": 400, _MARK + "blocks_move_automatically": 400, "follows": 0},
            ["blocks", "follows"],
            ["blocks_move_automatically", "follows_move_automatically"],
        ),
    ],
)
def test_a_myth_the_model_reads_as_unstated_beside_another_is_dropped(
    text: str,
    locale: str,
    scores: dict[str, int],
    subjects: list[str],
    myths: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Of two myths the tables read, one the model scores below zero and
    second_opinion.MYTH_DROP below the other is dropped, with its own subject where no
    kept myth has it and the model does not read it asked."""
    tables = _tables(text, PUBLIC, locale).understanding
    assert tables.kind == "myth" and len(tables.myths) == 2
    best = max(scores[_MARK + myth] for myth in tables.myths if _MARK + myth in scores)
    for myth in tables.myths:
        scores.setdefault(_MARK + myth, best - second_opinion.MYTH_DROP)
    monkeypatch.setattr(second_opinion, "model", lambda: _Scores(scores))
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale=locale).understanding
    assert (got.kind, sorted(got.subjects), sorted(got.myths)) == ("myth", subjects, myths)
    # A myth the model scores a point nearer the best stays.
    unstated = [m for m in tables.myths if m not in myths]
    for myth in unstated:
        scores[_MARK + myth] += 1
    got = read(text, where=PUBLIC, locale=locale).understanding
    assert sorted(got.myths) == sorted(tables.myths)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Abonnements et blocages passent automatiquement", "fr"),
        ("my blocks and mutes move over automatically, right?", "en"),
    ],
)
def test_myths_named_side_by_side_are_never_dropped_as_unstated(
    text: str, locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Myths whose subjects are named side by side in one list ("follows and blocks move
    automatically") are one claim about each: the tables' reading stands, however low the
    model scores one of them (Understanding.listed, bot/interpret.py _drop_unstated)."""
    tables = _tables(text, PUBLIC, locale).understanding
    assert tables.kind == "myth" and len(tables.myths) == 2 and tables.listed
    first, second = tables.myths
    scores = {
        _MARK + first: 400,
        _MARK + second: 400 - 2 * second_opinion.MYTH_DROP,
        interpret._myth_subject(second, locale) or "": -100,
    }
    monkeypatch.setattr(second_opinion, "model", lambda: _Scores(scores))
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale=locale).understanding
    assert sorted(got.myths) == sorted(tables.myths)
    assert sorted(got.subjects) == sorted(tables.subjects)


@pytest.mark.parametrize(
    ("where", "label", "margin", "command", "kind"),
    [
        (PUBLIC, "_greeting", second_opinion.SAID_KIND, None, "greeting"),
        (interpret.DM, "_greeting", second_opinion.SAID_KIND, None, "greeting"),
        (PUBLIC, "_thanks", second_opinion.SAID_KIND, None, "thanks"),
        (interpret.DM, "_thanks", second_opinion.SAID_KIND, None, "thanks"),
        (PUBLIC, "_greeting", second_opinion.SAID_KIND - 1, None, "unknown"),
        (PUBLIC, "!help", second_opinion.SAID_KIND, "help", "unknown"),
        (PUBLIC, "!help", second_opinion.SAID_KIND - 1, None, "unknown"),
        # In a DM a command needs COMMAND, as every command the model names there.
        (interpret.DM, "!help", second_opinion.COMMAND - 1, None, "unknown"),
        # Off topic stays off topic; at a step the step's own words decide.
        (PUBLIC, "_unknown", 10_000, None, "unknown"),
        ("export", "_greeting", 10_000, None, "unknown"),
    ],
)
def test_a_dead_end_the_model_reads_as_a_greeting_thanks_or_help_is_that(
    where: str,
    label: str,
    margin: int,
    command: str | None,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A message the tables know nothing of ("Adieu! Vous allez bien?", "grax crack",
    "what can this bot even do") that the model reads as a greeting or thanks, or in
    public as asking for help, second_opinion.SAID_KIND ahead of every other class."""
    assert _tables(_UNKNOWN, where).understanding.kind == "unknown"
    model = _Scores({label: 500, "posts": 500 - margin}, margin)
    monkeypatch.setattr(second_opinion, "model", lambda: model)
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(_UNKNOWN, where=where, locale="en")
    assert (got.command, got.understanding.kind) == (command, kind)


@pytest.mark.parametrize(
    ("text", "myth"),
    [("blocks??", "blocks_move_automatically"), ("MUTES", "mutes_move_automatically")],
)
def test_a_bare_name_is_never_read_as_a_claim(
    text: str, myth: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thing's bare name ("blocks??", "MUTES") asks about it: one word states no claim,
    however surely the model scores the thing's myth (bot/interpret.py _stated_myth)."""
    tables = _tables(text, PUBLIC, "en").understanding
    assert tables.kind == "question" and len(tables.subjects) == 1
    (subject,) = tables.subjects
    monkeypatch.setattr(
        second_opinion, "model", lambda: _Scores({_MARK + myth: 2000, subject: 100}, margin=1900)
    )
    monkeypatch.setenv(second_opinion.SETTING, "on")
    got = read(text, where=PUBLIC, locale="en").understanding
    assert (got.kind, got.subjects, got.myths) == ("question", [subject], [])


def _computed_labels(source: str) -> list[str]:
    """Names a test binds to a conditional expression ("expected = {...} if ... else
    {...}") and then asserts a reading equal to."""
    import ast

    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef):
            continue
        computed = {
            target.id
            for node in ast.walk(function)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.IfExp)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        found.extend(
            f"{function.name}: {side.id}"
            for node in ast.walk(function)
            if isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)
            for side in (node.test.left, *node.test.comparators)
            if isinstance(side, ast.Name) and side.id in computed
        )
    return found


def test_no_probe_computes_the_label_it_asserts() -> None:
    """bench/probe_rows.py takes a probe's label from a parameter or a literal only, so a
    label computed in the test ("{'mutes', 'blocks'} if 'bloqués' in text else ...") is
    silently never learned: the model then overruled "et les muets, je les perds ?" (a
    probe of tests/test_understanding_fr_round82.py) as posts. Give it as a parameter."""
    assert _computed_labels(
        "def t(text):\n"
        "    expected = {'a'} if 'x' in text else {'b'}\n"
        "    assert subjects_of(text) == expected\n"
    ) == ["t: expected"]
    tests = Path(__file__).parent
    found = {
        path.name: names
        for path in sorted(tests.glob("test_understanding*.py"))
        if (names := _computed_labels(path.read_text(encoding="utf-8")))
    }
    assert found == {}
