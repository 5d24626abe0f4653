"""Per-row readings of one code tree, and what changed between two trees' readings.

Tuners judge a change by the rows it gains and loses in every locale, and a session's end
by how its start and end read the same rows (a round's rows at first contact, every tuning
row, the reply language). `answers.py` prints totals; this keeps each row's reading so two
runs can be set side by side. The working notes that did this were lost with a machine
twice, so it lives here.

    python bench/compare_readings.py read TREE OUT.json [--data DIR] [--half tuning|heldout|both]
                                     [--note "round 69"]
    python bench/compare_readings.py diff BEFORE.json AFTER.json [--lang] [--show]

`read` runs TREE's own code (its tests/question_set.py: first_contact, is_right) in a child
process on the rows of DIR (default TREE/tests/data), so an old commit's worktree reads
today's rows. BOT_SECOND_OPINION passes through. `diff` prints per locale and half how many
rows each run read right (with `--lang`: rows of 12+ characters answered in their own
language) and the gains and losses; `--show` lists the tuning rows gained and lost, never a
held-out row.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

LOCALES = ("en", "de", "fr", "es", "ja")

# Runs inside TREE: its question_set reads DATA's rows as the bot did then.
_CHILD = r"""
import json, sys
from pathlib import Path
tree, data, half, note, out = sys.argv[1:6]
sys.path.insert(0, tree + "/tests")
import question_set as q
q.DATA = Path(data)
found = []
for locale in q.LOCALES:
    rows = []
    if half in ("tuning", "both"):
        rows += [("tuning", row) for row in q.tuning_rows(locale)]
    if half in ("heldout", "both"):
        rows += [("heldout", row) for row in q.load_rows(q.HELD_OUT, locale)]
    for which, row in rows:
        if note and row.get("note") != note:
            continue
        lang, got = q.first_contact(row)
        found.append({"locale": locale, "half": which, "text": row["text"],
                      "where": row.get("where", "public"), "right": bool(q.is_right(row, got)),
                      "dead": bool(q.is_dead_end(row, got)), "lang": lang})
with open(out, "w", encoding="utf-8") as handle:
    json.dump(found, handle, ensure_ascii=False)
"""


def read(tree: Path, out: Path, data: Path, half: str, note: str) -> None:
    """Write every chosen row's reading by TREE's code to OUT."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    child = [sys.executable, "-c", _CHILD, str(tree), str(data), half, note, str(out)]
    subprocess.run(child, check=True, cwd=tree, env=env)


def diff(before: list[dict], after: list[dict], *, lang: bool, show: bool) -> None:
    """Per locale and half: rows right before and after, gained and lost."""

    def key(row: dict) -> tuple[str, str, str, str]:
        return row["locale"], row["half"], row["text"], row["where"]

    def right(row: dict) -> bool:
        return row["lang"] == row["locale"] if lang else row["right"]

    def kept(rows: list[dict]) -> dict:
        return {key(row): row for row in rows if not lang or len(row["text"]) >= 12}

    old, new = kept(before), kept(after)
    both = old.keys() & new.keys()
    for locale in LOCALES:
        for half in ("heldout", "tuning"):
            keys = sorted(k for k in both if k[0] == locale and k[1] == half)
            if not keys:
                continue
            gained = [k for k in keys if right(new[k]) and not right(old[k])]
            lost = [k for k in keys if right(old[k]) and not right(new[k])]
            then, now = sum(right(old[k]) for k in keys), sum(right(new[k]) for k in keys)
            print(
                f"{locale} {half}: {then} -> {now} of {len(keys)} (+{len(gained)} / -{len(lost)})"
            )
            if show and half == "tuning":
                for sign, changed in (("+", gained), ("-", lost)):
                    for k in changed:
                        print(f"   {sign} {k[2][:100]!r} at {k[3]}")


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    reading = verbs.add_parser("read")
    reading.add_argument("tree", type=Path)
    reading.add_argument("out", type=Path)
    reading.add_argument("--data", type=Path)
    reading.add_argument("--half", choices=("tuning", "heldout", "both"), default="tuning")
    reading.add_argument("--note", default="")
    comparing = verbs.add_parser("diff")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--lang", action="store_true")
    comparing.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.verb == "read":
        tree = args.tree.resolve()
        read(
            tree,
            args.out.resolve(),
            (args.data or tree / "tests" / "data").resolve(),
            args.half,
            args.note,
        )
    else:
        diff(_load(args.before), _load(args.after), lang=args.lang, show=args.show)


if __name__ == "__main__":
    main()
