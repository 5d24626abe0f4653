"""The gate's thresholds varied one at a time, at first contact (session 44).

    python bench/gate_variants.py --block 66 76 --choose 71 76 r66.json ... r76.json \
        [--model /tmp/block.bin] [--vary NAMED=300,400,600 AT_A_STEP=600,700 ...]

One model trained without rounds FIRST..LAST (bench/train_second_opinion.py --block: nor
their held-out halves, nor the probes written once FIRST had landed; saved to --model and
reused when the file is there), the rounds' first-contact readings
(bench/first_contact_readings.py) gated by today's bot/interpret.py. Prints the gate as it
is against the tables (fixed/broken per set, locale and where: public, dm, step), then each
variant (a bot/second_opinion.py constant set to a value) against the gate as it is, on the
choosing rounds and on the others (the confirming set).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_second_opinion as t  # noqa: E402

from bot import second_opinion  # noqa: E402
from bot.interpret import clean, gate  # noqa: E402
from bot.second_opinion import from_bytes  # noqa: E402


def place(row: dict) -> str:
    where = row.get("where", "public")
    return where if where in ("public", "dm") else "step"


def load(args) -> tuple[list[tuple[dict, object]], object]:
    rows = t.all_rows()
    labels = t.label_set(rows)
    first, last = args.block
    model_path = Path(args.model)
    if model_path.is_file():
        model = from_bytes(model_path.read_bytes())
    else:
        data = t.build(t.blocked(rows, first, last)[1], labels)
        model_path.write_bytes(data)
        model = from_bytes(data)
    by_key = {
        (r["text"], r.get("where", "public")): r for r in rows if r["group"].startswith("round ")
    }
    pairs = []
    for path in args.readings:
        for item, reading in t.first_contact(Path(path)):
            row = by_key[item["text"], item["where"]]
            pairs.append((row, reading))
    return pairs, model


def outcomes(pairs, guess, clause) -> list[bool]:
    return [
        t.is_right(row, gate(reading, lambda r=row: guess(r["text"]), row["text"], clause))
        for row, reading in pairs
    ]


def tally(pairs, before: list[bool], after: list[bool], sets) -> str:
    cells = []
    for name, keep in sets:
        fixed, broken = Counter(), Counter()
        for (row, _), b, a in zip(pairs, before, after, strict=True):
            if not keep(row) or a == b:
                continue
            for key in ("all", row["locale"], place(row)):
                (fixed if a else broken)[key] += 1
        keys = ["all", *t.LOCALES, "public", "dm", "step"]
        parts = [f"{k} +{fixed[k]}/-{broken[k]}" for k in keys if fixed[k] or broken[k]]
        cells.append(f"{name}: " + (", ".join(parts) or "no change"))
    return "   ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--block", nargs=2, type=int, required=True)
    parser.add_argument("--choose", nargs=2, type=int, required=True)
    parser.add_argument("--model", default="/tmp/gate-block.bin")
    parser.add_argument("--vary", nargs="*", default=[])
    parser.add_argument("readings", nargs="+")
    args = parser.parse_args()
    pairs, model = load(args)
    guess = functools.cache(lambda text: model.guess(clean(text)))
    clause = functools.cache(model.guess)
    lo, hi = args.choose

    def chosen(row: dict) -> bool:
        return lo <= t.round_of(row["group"]) <= hi

    sets = [("choose", chosen), ("confirm", lambda row: not chosen(row))]
    tables = [t.is_right(row, reading) for row, reading in pairs]
    base = outcomes(pairs, guess, clause)
    for name, keep in sets:
        part = [
            (b, a, row) for (row, _), b, a in zip(pairs, tables, base, strict=True) if keep(row)
        ]
        for locale in (*t.LOCALES, "all"):
            sel = [(b, a) for b, a, row in part if locale in ("all", row["locale"])]
            print(
                f"{name} {locale:<4} tables {sum(b for b, _ in sel)}/{len(sel)} -> gate "
                f"{sum(a for _, a in sel)}"
            )
    print("gate against the tables: " + tally(pairs, tables, base, sets))
    for spec in args.vary:
        # NAME=v1,v2,... one value at a time, or NAME=v+OTHER=w+... all at once
        for variant in (
            [spec]
            if "+" in spec
            else [f"{spec.split('=')[0]}={v}" for v in spec.split("=")[1].split(",")]
        ):
            changes = [part.split("=") for part in variant.split("+")]
            saved = {name: getattr(second_opinion, name) for name, _ in changes}
            for name, value in changes:
                setattr(second_opinion, name, type(saved[name])(value))
            try:
                after = outcomes(pairs, guess, clause)
            finally:
                for name, value in saved.items():
                    setattr(second_opinion, name, value)
            was = "+".join(f"{name} {saved[name]}" for name, _ in changes)
            print(f"{was} -> {variant}: " + tally(pairs, base, after, sets))


if __name__ == "__main__":
    main()
