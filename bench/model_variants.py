"""Trainer settings varied, each read at first contact through today's tables and gate.

    python bench/model_variants.py FIRST LAST NAME:SETTING=VALUE[,SETTING=VALUE] ...
    python bench/model_variants.py 79 81 pairs400:PAIRS=400000 c1:C=1.0

One model per variant (bench/train_second_opinion.py's constants, PAIRS or C, set to the
values given), each trained without rounds FIRST..LAST (`blocked`: nor their held-out
halves, nor the probes written once FIRST had landed), then those rounds' tuning rows read
by bot/interpret.py as it is with that model in place of the shipped one. Where the tables
were never tuned on the rounds (a retirement's newest rounds, before any tuner reads them)
that is their first contact, the honest test of a change to the model alone; older rounds
confirm it with fewer rows to move. Prints, per locale, the rows read right by the shipped
settings ("plain") and by each variant, with the rows gained and lost (counts only: these
are tuning rows, but nothing here needs to show them). Models are kept in /tmp by name,
rounds and what they are made of (rows, trainer, settings), and reused. Session 47's figures: docs/rounds.md section 3.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import question_set  # noqa: E402
import train_second_opinion as trainer  # noqa: E402

from bot import second_opinion  # noqa: E402

SETTINGS = ("C", "PAIRS")


def parse(spec: str) -> tuple[str, dict[str, float | int]]:
    """ "pairs400:PAIRS=400000,C=3.0" -> ("pairs400", {"PAIRS": 400000, "C": 3.0})."""
    name, _, settings = spec.partition(":")
    values: dict[str, float | int] = {}
    for setting in filter(None, settings.split(",")):
        key, _, value = setting.partition("=")
        if key not in SETTINGS:
            raise SystemExit(f"{key}: not one of {', '.join(SETTINGS)}")
        values[key] = float(value) if "." in value else int(value)
    return name, values


def readings(model: second_opinion.Model, rows: list[dict]) -> dict[tuple[str, str, str], bool]:
    """Whether each row is read right with `model` as the bot's second opinion."""
    shipped = second_opinion.model
    second_opinion.model = lambda: model  # type: ignore[assignment]
    try:
        right = {}
        for row in rows:
            plain = {k: v for k, v in row.items() if k not in ("locale", "group", "alone")}
            key = (row["locale"], row["text"], row.get("where", "public"))
            right[key] = question_set.is_right(plain, question_set.read_row(plain))
        return right
    finally:
        second_opinion.model = shipped  # type: ignore[assignment]


def main() -> None:
    first, last = int(sys.argv[1]), int(sys.argv[2])
    variants = [("plain", {}), *map(parse, sys.argv[3:])]
    rows = trainer.all_rows()
    labels = trainer.label_set(rows)
    groups, kept = trainer.blocked(rows, first, last)
    tested = [row for row in rows if row["group"] in groups]
    shipped = {key: getattr(trainer, key) for key in SETTINGS}
    results = {}
    for name, values in variants:
        for key, value in {**shipped, **values}.items():
            setattr(trainer, key, value)
        # Named by what it is made of (rows, trainer, settings), not only by the name given:
        # a model kept from before a retirement added rows is not read again as today's.
        made = trainer.made_of(kept, labels) + repr(sorted({**shipped, **values}.items()))
        path = Path(f"/tmp/model-variant-{name}-{first}-{last}-{zlib.crc32(made.encode()):08x}.bin")
        if not path.is_file():
            path.write_bytes(trainer.build(kept, labels))
        results[name] = readings(second_opinion.from_bytes(path.read_bytes()), tested)
        print(f"{name}: {path.stat().st_size:,} bytes", file=sys.stderr, flush=True)
    base = results["plain"]
    for name, got in results.items():
        parts = []
        for locale in trainer.LOCALES:
            keys = [key for key in base if key[0] == locale]
            gained = sum(got[k] and not base[k] for k in keys)
            lost = sum(base[k] and not got[k] for k in keys)
            before, after = sum(base[k] for k in keys), sum(got[k] for k in keys)
            parts.append(f"{locale} {before}->{after}/{len(keys)} (+{gained}/-{lost})")
        print(f"{name}: " + " | ".join(parts))


if __name__ == "__main__":
    main()
