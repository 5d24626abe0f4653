"""Train the second opinion (bot/second_opinion.py) and measure it honestly.

Reads ONLY the tuning rows (tests/data/tuning/<locale>.toml, grouped by their
`note = "round N"`, rows without one being round 1) and the old tests/data/questions*.toml
(one more group). Never the held-out half.

    python bench/train_second_opinion.py            # cross-validate, print figures
    python bench/train_second_opinion.py --write    # also write replies/second_opinion.bin

Cross-validation leaves one group out (train on the other rounds, test on round N): the
nearest thing to a fresh round written by new people. It prints, per locale, the model's
accuracy alone and its precision at each margin (how far its best class is ahead), which
is what bot/interpret.py's gate thresholds are chosen from; with --gate, also how the gate
would change the bot's readings of the tuning rows (cross-validated model predictions, the
tables as they are now).

Deterministic: a fixed seed for the order of examples, crc32 feature hashing, and integer
quantisation, so the same rows always give the same bytes (tests/test_second_opinion.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from question_set import LOCALES, TUNING, is_right, load_rows, old_rows, read_row  # noqa: E402

from bot import second_opinion  # noqa: E402
from bot.interpret import Reading, clean, gate  # noqa: E402
from bot.second_opinion import MODEL, encode, features, from_bytes  # noqa: E402
from bot.understand import Understanding  # noqa: E402

SEED = 20261130
EPOCHS = 12
PRUNE = 2  # int8 weights smaller than this are dropped (size; they hardly move a score)
OLD = "old questions"


def label_of(row: dict) -> list[str]:
    """The classes a row is: its subjects, or a command, greeting, thanks or off topic."""
    if "command" in row:
        return ["!" + row["command"].split(":")[0]]
    kind = row.get("kind", "question")
    if kind in ("question", "myth") and row.get("subjects"):
        return list(row["subjects"])
    return ["_" + kind]


def all_rows() -> list[dict]:
    """Every tuning row with its locale and group (round), held-out rows never read."""
    rows = []
    for locale in LOCALES:
        for row in load_rows(TUNING, locale):
            note = str(row.get("note", ""))
            group = note if note.startswith("round ") else "round 1"
            rows.append({**row, "locale": locale, "group": group})
        for row in old_rows(locale):
            rows.append({**row, "locale": locale, "group": OLD})
    return rows


def train(rows: list[dict], labels: list[str], seed: int = SEED) -> dict[int, dict[int, float]]:
    """An averaged multi-class perceptron where every class of a row must beat every other
    class: a row with two subjects promotes each of them that does not score above the best
    wrong class. The gate weighs the tables' subjects against each other with these scores
    (bot/interpret.py drops one far below the best), so both subjects a row asks must score
    high, not only whichever wins."""
    number = {name: n for n, name in enumerate(labels)}
    examples = [(features(clean(r["text"])), [number[x] for x in label_of(r)]) for r in rows]
    weights: dict[int, dict[int, float]] = defaultdict(dict)
    totals: dict[int, dict[int, float]] = defaultdict(dict)  # time-weighted updates
    order = list(range(len(examples)))
    shuffle = random.Random(seed)
    clock = 1
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for n in order:
            feats, gold = examples[n]
            scores = _scores(weights, feats, len(labels))
            wrong = max(
                (c for c in range(len(labels)) if c not in gold), key=lambda c: (scores[c], -c)
            )
            for right in gold:
                if scores[right] > scores[wrong]:
                    continue
                for f in feats:
                    row_w, row_t = weights[f], totals[f]
                    row_w[right] = row_w.get(right, 0.0) + 1
                    row_t[right] = row_t.get(right, 0.0) + clock
                    row_w[wrong] = row_w.get(wrong, 0.0) - 1
                    row_t[wrong] = row_t.get(wrong, 0.0) - clock
            clock += 1
    return {f: {c: w - totals[f][c] / clock for c, w in row.items()} for f, row in weights.items()}


def _scores(weights: dict[int, dict[int, float]], feats: list[int], size: int) -> list[float]:
    scores = [0.0] * size
    for f in feats:
        row = weights.get(f)
        if row:
            for c, w in row.items():
                scores[c] += w
    return scores


def quantise(weights: dict[int, dict[int, float]]) -> dict[int, list[tuple[int, int]]]:
    """int8 weights on one scale for all; small ones pruned, empty buckets dropped."""
    top = max((abs(w) for row in weights.values() for w in row.values()), default=1.0) or 1.0
    pairs: dict[int, list[tuple[int, int]]] = {}
    for f in sorted(weights):
        kept = []
        for c in sorted(weights[f]):
            q = round(weights[f][c] * 127 / top)
            if abs(q) >= PRUNE:
                kept.append((c, max(-127, min(127, q))))
        if kept:
            pairs[f] = kept
    return pairs


def build(rows: list[dict], labels: list[str]) -> bytes:
    settings = {"epochs": EPOCHS, "prune": PRUNE, "seed": SEED, "rows": len(rows)}
    return encode(labels, settings, quantise(train(rows, labels)))


def label_set(rows: list[dict]) -> list[str]:
    return sorted({x for r in rows for x in label_of(r)})


def cross_validate(rows: list[dict], labels: list[str]) -> list[tuple[dict, object]]:
    """(row, the model's guess) for every row, from a model trained without its group."""
    results = []
    for group in sorted({r["group"] for r in rows}):
        train_rows = [r for r in rows if r["group"] != group]
        model = from_bytes(build(train_rows, labels))
        for r in rows:
            if r["group"] == group:
                results.append((r, model.guess(clean(r["text"]))))
        print(f"  fold {group}: {sum(r['group'] == group for r in rows)} rows", file=sys.stderr)
    return results


MARGINS = (0, 20, 40, 60, 80, 120, 160, 200, 250)


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


def simulate(pairs: list[tuple[dict, object, Reading]], title: str) -> None:
    """How the gate would change these readings: per locale, rows fixed, broken, changed
    and still wrong, by what the tables had given (dead end, clarify, a subject)."""
    print(f"\nThe gate on {title} (cross-validated guesses):")
    for locale in (*LOCALES, "all"):
        tally: Counter[str] = Counter()
        before = after = total = 0
        for row, guess, reading in pairs:
            if locale not in ("all", row["locale"]):
                continue
            gated = gate(reading, lambda g=guess: g)
            was, now = is_right(row, reading), is_right(row, gated)
            total += 1
            before += was
            after += now
            if gated != reading:
                outcome = "fixed" if now and not was else "BROKE" if was else "still wrong"
                tally[f"{case_of(reading)} {outcome}"] += 1
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
    parser.add_argument("--gate", action="store_true", help="simulate the gate on the tables")
    parser.add_argument(
        "--first-contact",
        nargs="*",
        default=[],
        help="JSON readings of a round by the tables as they were when it landed",
    )
    args = parser.parse_args()
    rows = all_rows()
    labels = label_set(rows)
    print(f"{len(rows)} tuning rows, {len(labels)} classes", file=sys.stderr)
    if not args.no_cv:
        results = cross_validate(rows, labels)
        report(results)
        if args.gate:
            simulate([(r, g, tables_reading(r)) for r, g in results], "the tables as they are")
        for path in args.first_contact:
            guesses = {(r["text"], r.get("where", "public")): (r, g) for r, g in results}
            pairs = []
            for item, reading in first_contact(Path(path)):
                row, guess = guesses[item["text"], item["where"]]
                pairs.append((row, guess, reading))
            simulate(pairs, f"first-contact readings {path}")
    if args.write:
        data = build(rows, labels)
        MODEL.write_bytes(data)
        print(f"wrote {MODEL.relative_to(ROOT)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
