"""Train the second opinion (bot/second_opinion.py) and measure it honestly.

Reads the tuning rows (tests/data/tuning/<locale>.toml, grouped by their
`note = "round N"`, rows without one being round 1), the old tests/data/questions*.toml
(one more group), the tuners' probes (tests/data/probes.toml, written from the tests by
bench/probe_rows.py: one more group, trained on in every fold but never tested on, so the
figures stay the writers' rounds') and the retired held-out halves (the rounds through
tests/question_set.py's RETIRED_THROUGH: each measured once at first contact, then trained
on; never printed, never a test fold). A fresh round's held-out half is never read.

    pip install -e '.[train]'                       # numpy, scipy, scikit-learn
    python bench/train_second_opinion.py            # cross-validate, print figures
    python bench/train_second_opinion.py --write    # also write replies/second_opinion.bin
    python bench/train_second_opinion.py --no-cv --check   # is the shipped file what it makes?

Training needs scikit-learn (the `train` extra); the bot reads the file with the
standard library alone.

Cross-validation leaves one group out (train on the other rounds, test on round N's tuning
half; the fold never trains on round N's held-out half either): the nearest thing to a
fresh round written by new people. `--retired none` leaves every held-out half out of
the folds (the figures before the halves were retired). Probes written from a round's rows
are paraphrases of them: `--probes prior` trains each fold only on the probes written
before its round landed (the honest lower bound of what the probes add), `--probes none`
on none (the figures before the probes were training data). It prints, per locale, the model's
accuracy alone and its precision at each margin (how far its best class is ahead), which
is what bot/interpret.py's gate thresholds are chosen from; with --gate, also how the gate
would change the bot's readings of the tuning rows (cross-validated model predictions, the
tables as they are now).

Deterministic: a fixed seed for liblinear's order of examples, crc32 feature hashing, and
integer quantisation, so the same rows always give the same bytes
(`--check`; the model's `made_of` lets tests/test_second_opinion.py tell a stale one fast).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import math
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from question_set import (  # noqa: E402
    LOCALES,
    TUNING,
    held_out_rows,
    is_right,
    load_rows,
    old_rows,
    read_row,
    round_number,
    tuning_rows,
)

from bot import second_opinion  # noqa: E402
from bot.interpret import Reading, clean, gate  # noqa: E402
from bot.second_opinion import MODEL, encode, features, from_bytes  # noqa: E402
from bot.understand import Understanding  # noqa: E402

SEED = 20261130
# The SVMs' cost of a training error (liblinear's C): 1 and 3 measured alike
# leave-one-round-out once quantised (83.7 / 83.8%), 0.3 was 1.6 points worse, 0.1 6.5;
# at 1 the gate's drop (DROP, TOP) could not keep every tuners' probe in
# tests/test_understanding*.py, at 3 it does.
C = 3.0
# The (feature, class) weights kept, largest first: the size of the file and of the bot's
# memory (about 2 bytes each plus 8 a feature). 200,000 to all 1.5 million measured alike
# leave-one-round-out (session 16); at first contact through the tables and gate
# (bench/model_variants.py, a model trained without the newest rounds reading their tuning
# halves) 400,000 read more than 200,000 each time: rounds 79-81 +10 (of 1,601), 76-78 +6,
# 82-83 +5/-1 (sessions 47-48), for 1.3 MB more of the bot's memory.
PAIRS = 400_000
OLD = "old questions"
PROBES = "probes"
RETIRED = "retired held-out"
PROBE_FILE = ROOT / "tests" / "data" / "probes.toml"
STEPS = ROOT / "replies" / "walkthrough" / "steps.toml"


def label_of(row: dict) -> list[str]:
    """The classes a row is: its subjects (as said out of context: `alone`), or a command,
    greeting, thanks or off topic."""
    if "command" in row:
        return ["!" + row["command"].split(":")[0]]
    kind = row.get("kind", "question")
    subjects = row.get("alone") or row.get("subjects")
    if kind in ("question", "myth") and subjects:
        # A stated myth is a class of its own too (second_opinion.MYTH_MARK): the gate
        # may add it where the tables read only a question.
        return list(subjects) + [second_opinion.MYTH_MARK + m for m in row.get("myths", [])]
    return ["_" + kind]


@functools.cache
def stands_for() -> dict[str, tuple[str, frozenset[str]]]:
    """Each step's own subject and the subjects that, asked alone at it, mean that one
    (replies/walkthrough/steps.toml `stands_for`)."""
    steps = tomllib.loads((STEPS).read_text(encoding="utf-8"))["steps"]
    return {
        step: (spec["subject"], frozenset(spec["stands_for"]))
        for step, spec in steps.items()
        if spec.get("stands_for")
    }


def out_of_context(row: dict) -> dict:
    """A row asked at a step, labelled the step's own subject where the words alone ask
    one it stands for, as the model learns it: that one (`alone`). The model reads no
    context and never names a subject at a step (bot/interpret.py's gate), so "how long
    does this usually take?" asked while followers arrive taught it that "how long" is
    follower_timing, read so in public and in a DM, where it is the duration. Which one
    the words ask is the tables' reading in a DM, the reading the step itself maps
    (bot/interpret.py, steps.toml `stands_for`)."""
    step = stands_for().get(row.get("where", "public"))
    if (
        step is None
        or row.get("subjects") != [step[0]]
        or row.get("kind", "question") != "question"
    ):
        return row
    said = tables_reading({"text": row["text"], "where": "dm"}).understanding
    if said.kind != "question" or len(said.subjects) != 1 or said.subjects[0] not in step[1]:
        return row
    return {**row, "alone": list(said.subjects)}


def all_rows() -> list[dict]:
    """Every tuning row with its locale and group (round), the probes, and the retired
    held-out rows (group RETIRED, with their round); a fresh held-out row is never read."""
    rows = []
    for locale in LOCALES:
        for row in load_rows(TUNING, locale):
            note = str(row.get("note", ""))
            group = note if note.startswith("round ") else "round 1"
            rows.append({**row, "locale": locale, "group": group})
        for row in old_rows(locale):
            rows.append({**row, "locale": locale, "group": OLD})
    return [out_of_context(row) for row in rows + probe_rows() + retired_rows()]


def retired_rows() -> list[dict]:
    """The held-out halves of the retired rounds: training rows only, never tested on or
    printed. Session 15: leave-one-round-out with them (each fold without its own round's
    half) read the tested rounds' tuning rows better (README)."""
    return [
        {**row, "locale": locale, "group": RETIRED, "round": round_number(row)}
        for locale in LOCALES
        for row in held_out_rows(locale, retired=True)
    ]


def probe_rows() -> list[dict]:
    """The tuners' probes (bench/probe_rows.py), those not already a tuning row's text."""
    if not PROBE_FILE.is_file():
        return []
    known = {row["text"] for locale in LOCALES for row in tuning_rows(locale)}
    with PROBE_FILE.open("rb") as handle:
        probes = tomllib.load(handle)["rows"]
    return [{**row, "group": PROBES} for row in probes if row["text"] not in known]


def round_of(group: str) -> int:
    """A group's round number; the old sets, older than round 1, are 0."""
    return int(group.split()[1]) if group.startswith("round ") else 0


def trained_on(row: dict, group: str, probes: str, retired: str = "others") -> bool:
    """Whether the fold testing on `group` trains on a row: never its own group's rows nor
    its round's held-out half; of the other retired halves all ("others") or none; of the
    probes all, none, or those written before the group's round landed."""
    if row["group"] == group:
        return False
    if row["group"] == RETIRED:
        return retired == "others" and row["round"] != round_of(group)
    if row["group"] != PROBES:
        return True
    return probes == "all" or (probes == "prior" and row["after"] < round_of(group))


def matrix(rows: list[dict]) -> tuple[list[int], object]:
    """The rows' features as a sparse 0/1 matrix, each row scaled to unit length (the bot
    divides a message's sums by the square root of its feature count the same way), and
    the feature id of each column (sorted)."""
    import numpy as np
    from scipy import sparse

    feats = [features(clean(r["text"])) for r in rows]
    ids = sorted(set().union(*feats))
    column = {f: n for n, f in enumerate(ids)}
    indices, starts, values = [], [0], []
    for row in feats:
        indices.extend(sorted(column[f] for f in row))
        values.extend([1 / math.sqrt(len(row))] * len(row))
        starts.append(len(indices))
    shape = (len(rows), len(ids))
    return ids, sparse.csr_matrix((np.array(values), indices, starts), shape=shape)


def train(
    rows: list[dict], labels: list[str], seed: int = SEED
) -> tuple[list[int], object, object]:
    """One linear support vector machine per class (liblinear's dual coordinate descent,
    numpy and scikit-learn at training time only), each row a positive of every class it
    is: a row with two subjects makes both score high, which the gate needs (it drops a
    subject far below the best of the tables' subjects). Over the perceptron it replaced:
    leave-one-round-out 77.4% -> 83.7% (README bench table). Returns the feature ids, the
    weights (features x classes) and each class's bias."""
    import numpy as np
    from sklearn.svm import LinearSVC

    ids, x = matrix(rows)
    number = {name: n for n, name in enumerate(labels)}
    weights = np.zeros((len(ids), len(labels)))
    bias = np.full(len(labels), -1.0)  # a class no training row is: never the best
    classes = [frozenset(label_of(r)) for r in rows]  # once, not once a class (84 of them)
    for label, c in number.items():
        y = np.array([label in these for these in classes], dtype=int)
        if not y.any():
            continue
        svm = LinearSVC(C=C, dual=True, max_iter=5000, random_state=seed).fit(x, y)
        weights[:, c] = svm.coef_[0]
        bias[c] = svm.intercept_[0]
    return ids, weights, bias


def quantise(ids: list[int], weights, bias) -> tuple[dict[int, list[tuple[int, int]]], dict]:
    """int8 weights on one scale for all, only the PAIRS largest kept (size: the rest
    hardly move a score), and the scale and biases in model units (second_opinion.UNIT)."""
    import numpy as np

    size = np.abs(weights)
    keep = size >= np.partition(size.ravel(), -PAIRS)[-PAIRS] if size.size > PAIRS else size > 0
    step = float(size.max()) / 127 or 1.0
    q = np.clip(np.round(weights / step), -127, 127).astype(int)
    pairs: dict[int, list[tuple[int, int]]] = {}
    for n, c in zip(*np.nonzero(keep & (q != 0)), strict=True):
        pairs.setdefault(ids[n], []).append((int(c), int(q[n, c])))
    scale = {
        "step": step * second_opinion.UNIT,
        "bias": [round(float(b) * second_opinion.UNIT) for b in bias],
    }
    return pairs, scale


def made_of(rows: list[dict], labels: list[str]) -> str:
    """What a model is made of, in 16 hex digits: this script's source, the classes, and
    each row's features and labels in order. Training is deterministic, so the same inputs
    make the same bytes: the model keeps this in its settings and the bot's own venv tells
    a stale model in seconds, without numpy or a retraining (tests/test_second_opinion.py;
    retraining took 40 s to 2 min of CI's five). `--check` retrains and compares bytes."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(json.dumps(labels).encode())
    for row in rows:
        feats = sorted(features(clean(row["text"])))
        digest.update(json.dumps([feats, sorted(label_of(row))]).encode())
    return digest.hexdigest()[:16]


def build(rows: list[dict], labels: list[str]) -> bytes:
    settings = {
        "learner": "linear svm",
        "C": C,
        "pairs": PAIRS,
        "seed": SEED,
        "rows": len(rows),
        "made_of": made_of(rows, labels),
    }
    pairs, scale = quantise(*train(rows, labels))
    return encode(labels, {**settings, **scale}, pairs)


def label_set(rows: list[dict]) -> list[str]:
    return sorted({x for r in rows for x in label_of(r)})


def cross_validate(
    rows: list[dict], labels: list[str], probes: str = "all", retired: str = "others"
) -> list[tuple[dict, object]]:
    """(row, the model's guess) for every writers' tuning row, from a model trained without
    its group (the probes and retired held-out rows are never a test fold: the tuners'
    words, not members', and rows nobody may read the readings of)."""
    results = []
    for group in sorted({r["group"] for r in rows} - {PROBES, RETIRED}):
        train_rows = [r for r in rows if trained_on(r, group, probes, retired)]
        model = from_bytes(build(train_rows, labels))
        for r in rows:
            if r["group"] == group:
                results.append((r, model.guess(clean(r["text"]))))
        tested = sum(r["group"] == group for r in rows)
        print(f"  fold {group}: {tested} rows, trained on {len(train_rows)}", file=sys.stderr)
    return results


def blocked(rows: list[dict], first: int, last: int) -> tuple[set[str], list[dict]]:
    """The groups of rounds first..last, and the rows a model is trained on without them:
    not their tuning rows, their held-out halves, nor the probes written once round
    `first` had landed (what every fold of those rounds would train on: trained_on,
    probes "prior")."""
    groups = {
        r["group"]
        for r in rows
        if r["group"] not in (PROBES, RETIRED) and first <= round_of(r["group"]) <= last
    }
    return groups, [r for r in rows if all(trained_on(r, group, "prior") for group in groups)]


def block(
    rows: list[dict], labels: list[str], first: int, last: int
) -> tuple[list[tuple[dict, object]], object]:
    """(row, the model's guess) for every writers' tuning row of rounds first..last, and
    the model trained without them (blocked). One training (a fold's cost) where the
    gate reads with the model itself: a message's clauses are scored one by one."""
    groups, kept = blocked(rows, first, last)
    model = from_bytes(build(kept, labels))
    tested = [r for r in rows if r["group"] in groups]
    print(f"  block rounds {first}-{last}: {len(tested)} rows", file=sys.stderr)
    return [(r, model.guess(clean(r["text"]))) for r in tested], model


MARGINS = (0, 100, 200, 300, 400, 500, 600, 800, 1000)


def report(results: list[tuple[dict, object]]) -> None:
    print("Leave-one-round-out: the model alone (top class right)")
    for locale in (*LOCALES, "all"):
        part = [(r, g) for r, g in results if locale in ("all", r["locale"])]
        right = sum(g.label in label_of(r) for r, g in part)
        exact = sum([g.label] == label_of(r) for r, g in part)
        print(
            f"  {locale:<4} {right:>5}/{len(part):<5} = {right / len(part):6.1%}   "
            f"(exact label set {exact / len(part):6.1%})"
        )
        by_group = Counter()
        for r, g in part:
            by_group[r["group"], g.label in label_of(r)] += 1
        cells = []
        for group in sorted({r["group"] for r, _ in part}):
            n = by_group[group, True] + by_group[group, False]
            cells.append(f"{group} {by_group[group, True] / n:5.1%}")
        print("       " + ", ".join(cells))
    print("\nPrecision when the model names a SUBJECT, by margin (rows at or above it):")
    head = "".join(f"{'>=' + str(m):>14}" for m in MARGINS)
    print(f"  {'':<4}{head}")
    for locale in (*LOCALES, "all"):
        cells = []
        for m in MARGINS:
            part = [
                (r, g)
                for r, g in results
                if locale in ("all", r["locale"]) and g.margin >= m and g.label[0] not in "_!"
            ]
            right = sum(g.label in label_of(r) for r, g in part)
            cells.append(
                f"{right:>5}/{len(part):<4}" + (f"{right / len(part):4.0%}" if part else "  - ")
            )
        print(f"  {locale:<4}" + "".join(f"{c:>14}" for c in cells))


def tables_reading(row: dict):
    """How the bot reads a row with the tables alone (first contact, as the tests do)."""
    saved = second_opinion.configure(False)
    try:
        return read_row({k: v for k, v in row.items() if k not in ("locale", "group")})
    finally:
        second_opinion.configure(saved)


def case_of(reading: Reading) -> str:
    u = reading.understanding
    if reading.command is not None:
        return "command"
    if u.kind == "unknown":
        return "dead end"
    return "clarify" if u.clarify else u.kind


def simulate(pairs: list[tuple[dict, object, Reading]], title: str, clause=None) -> None:
    """How the gate would change these readings: per locale, rows fixed, broken, changed
    and still wrong, by what the tables had given (dead end, clarify, a subject). `clause`
    guesses one cleaned clause (the --block model's: a fold's guesses are whole messages
    only, so without it the gate adds no subject a clause asks)."""
    print(f"\nThe gate on {title} (cross-validated guesses):")
    for locale in (*LOCALES, "all"):
        tally: Counter[str] = Counter()
        before = after = total = 0
        for row, guess, reading in pairs:
            if locale not in ("all", row["locale"]):
                continue
            gated = gate(reading, lambda g=guess: g, row["text"], clause)
            was, now = is_right(row, reading), is_right(row, gated)
            total += 1
            before += was
            after += now
            if gated != reading:
                outcome = "fixed" if now and not was else "BROKE" if was else "still wrong"
                tally[f"{case_of(reading)} {outcome}"] += 1
        if not total:  # a round without rows in this locale
            continue
        changes = ", ".join(f"{k} {v}" for k, v in sorted(tally.items())) or "no change"
        print(
            f"  {locale:<4} {before:>4}/{total:<4} {before / total:6.1%} -> "
            f"{after:>4} {after / total:6.1%}   {changes}"
        )


def first_contact(path: Path) -> list[tuple[dict, Reading]]:
    """Readings saved from the tables as they were when a round landed (JSON, see
    --first-contact): the honest bar for the gate, as the current tables were tuned on
    these rows."""
    saved = json.loads(path.read_text(encoding="utf-8"))
    return [
        (
            item,
            Reading(
                item["command"],
                Understanding(
                    item["kind"],
                    item["subjects"],
                    item["myths"],
                    item["confidence"],
                    yes_no=item["yes_no"],
                    clarify=item["clarify"],
                    ranked=item["ranked"],
                    named=item.get("named", False),
                    evidence=item["evidence"],
                    length=item["length"],
                ),
                item["locale"],
                item["rwhere"],
            ),
        )
        for item in saved
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write replies/second_opinion.bin")
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument(
        "--check",
        action="store_true",
        help="retrain and exit 1 unless replies/second_opinion.bin is byte for byte the result",
    )
    parser.add_argument("--gate", action="store_true", help="simulate the gate on the tables")
    parser.add_argument(
        "--probes",
        choices=("all", "prior", "none"),
        default="all",
        help="the probes each fold trains on: all, those written before its round, none",
    )
    parser.add_argument(
        "--retired",
        choices=("others", "none"),
        default="others",
        help="the retired held-out halves each fold trains on: all but its round's, or none",
    )
    parser.add_argument(
        "--block",
        nargs=2,
        type=int,
        metavar=("FIRST", "LAST"),
        help="test on rounds FIRST..LAST with one model trained without them (not per round)",
    )
    parser.add_argument(
        "--first-contact",
        nargs="*",
        default=[],
        help="JSON readings of a round by the tables as they were when it landed",
    )
    args = parser.parse_args()
    rows = all_rows()
    labels = label_set(rows)
    probes = sum(r["group"] == PROBES for r in rows)
    retired = sum(r["group"] == RETIRED for r in rows)
    print(
        f"{len(rows) - probes - retired} tuning rows, {probes} probes, {retired} retired "
        f"held-out rows, {len(labels)} classes",
        file=sys.stderr,
    )
    if args.block or not args.no_cv:
        clause = None
        if args.block:
            results, model = block(rows, labels, *args.block)
            clause = model.guess
        else:
            results = cross_validate(rows, labels, args.probes, args.retired)
        report(results)
        if args.gate:
            simulate([(r, g, tables_reading(r)) for r, g in results], "the tables as they are")
        guesses = {(r["text"], r.get("where", "public")): (r, g) for r, g in results}
        pooled = []
        for path in args.first_contact:
            pairs = []
            for item, reading in first_contact(Path(path)):
                row, guess = guesses[item["text"], item["where"]]
                pairs.append((row, guess, reading))
            simulate(pairs, f"first-contact readings {path}", clause)
            pooled += pairs
        if len(args.first_contact) > 1:
            simulate(pooled, f"all {len(args.first_contact)} first-contact readings", clause)
    if args.check:
        same = build(rows, labels) == MODEL.read_bytes()
        print(f"{MODEL.relative_to(ROOT)} is {'' if same else 'NOT '}what this script makes")
        if not same:
            sys.exit(1)
    if args.write:
        data = build(rows, labels)
        MODEL.write_bytes(data)
        print(f"wrote {MODEL.relative_to(ROOT)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
