"""Append a writer's rows to the question sets as round N, each in the half the split rule says.

    python tests/data/add_round.py 9 WRITTEN.toml [--half heldout|tuning|both] [--dry-run]

Why a script: the split rule (LABELS.md) must decide every row's half, never a hand, and
the held-out half of a round is committed on its own before anything of the round is
tuned on: `--half heldout` appends only those rows (commit them), then `--half tuning`.
Rows already in either half or the old sets (same text, same place) are skipped, and a row
that breaks the label contract stops the run before anything is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from question_set import HELD_OUT, TUNING, is_held_out, load_rows, old_rows  # noqa: E402
from test_question_sets import row_problems  # noqa: E402

ORDER = ("text", "where", "subjects", "command", "kind", "myths", "note")


def toml_value(value: object) -> str:
    """TOML basic strings and arrays of them (JSON escapes are valid TOML basic strings)."""
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def row_line(row: dict) -> str:
    keys = [k for k in ORDER if k in row]
    return "  { " + ", ".join(f"{k} = {toml_value(row[k])}" for k in keys) + " },\n"


def append(path: Path, rows: list[dict]) -> None:
    """Insert rows before the closing bracket of `rows = [ ... ]`, one line each."""
    text = path.read_text(encoding="utf-8")
    end = text.rstrip().rfind("]")
    path.write_text(text[:end] + "".join(map(row_line, rows)) + text[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round", type=int)
    parser.add_argument("written", type=Path)
    parser.add_argument("--half", choices=(HELD_OUT, TUNING, "both"), default="both")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    written = tomllib.loads(args.written.read_text(encoding="utf-8"))
    locale = written["locale"]
    known = {
        (row["text"], row.get("where", "public"))
        for row in [*load_rows(HELD_OUT, locale), *load_rows(TUNING, locale), *old_rows(locale)]
    }
    problems = {row.get("text"): row_problems(row) for row in written["rows"]}
    problems = {text: p for text, p in problems.items() if p}
    if problems:
        for text, found in problems.items():
            print(f"{text!r}: {found}", file=sys.stderr)
        return 1
    fresh: dict[str, list[dict]] = {HELD_OUT: [], TUNING: []}
    skipped = 0
    for row in written["rows"]:
        key = (row["text"], row.get("where", "public"))
        if key in known:
            skipped += 1
            continue
        known.add(key)
        row = {**row, "note": f"round {args.round}"}
        fresh[HELD_OUT if is_held_out(row["text"]) else TUNING].append(row)
    for half, rows in fresh.items():
        if args.half in (half, "both") and not args.dry_run:
            append(HERE / half / f"{locale}.toml", rows)
    counts = ", ".join(f"{half} {len(rows)}" for half, rows in fresh.items())
    print(f"{locale} round {args.round}: {counts}, {skipped} already present")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
