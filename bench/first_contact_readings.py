"""How the phrase tables read a round's tuning rows when that round first landed.

The tables today were tuned on every tuning row, so their readings of them say nothing
about fresh wording. The readings of the tables as they were just before a round's rows
were committed do: that is the round's first contact. bench/train_second_opinion.py
--first-contact takes the JSON this writes and measures the gate against it.

    python bench/first_contact_readings.py <commit before the round> "round N" out.json

Only the code and tables are taken from that commit (`git archive` of bot/, replies/,
storage/ and tests/question_set.py into a temporary directory: never tests/data); the rows
are the round's rows of today's tuning files (tests/data/tuning only, never held-out).
First-contact commits used for the README figures (the parent of each round's first
tuning-row commit): round 2 dfb1d83^, round 3 9c39e42^, round 4 7e5003b^, round 5 7fa7850^,
round 6 d484140^, round 7 924660b^ (both committed the rows alone).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

# Runs inside the old checkout: reads each row as the tests did then (first contact).
_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/tests")
from question_set import read_row
out = []
for r in json.load(sys.stdin):
    g = read_row({k: v for k, v in r.items() if k not in ("locale", "group")})
    u = g.understanding
    out.append({"text": r["text"], "where": r.get("where", "public"), "locale": r["locale"],
                "command": g.command, "kind": u.kind, "subjects": list(u.subjects),
                "myths": list(u.myths), "confidence": u.confidence,
                "yes_no": getattr(u, "yes_no", False), "clarify": getattr(u, "clarify", False),
                "ranked": getattr(u, "ranked", False), "evidence": getattr(u, "evidence", 0),
                "length": getattr(u, "length", 0), "named": getattr(u, "named", False),
                "rwhere": g.where})
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def main() -> None:
    commit, group, target = sys.argv[1:4]
    from train_second_opinion import all_rows

    rows = [r for r in all_rows() if r["group"] == group]
    with tempfile.TemporaryDirectory() as old:
        archive = subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "archive",
                commit,
                "bot",
                "replies",
                "storage",
                "tests/question_set.py",
            ],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, old],
            input=json.dumps(rows, ensure_ascii=False).encode("utf-8"),
            check=True,
            capture_output=True,
            # The tables alone: a commit that had the second opinion would use its own.
            env={**os.environ, "BOT_SECOND_OPINION": "off"},
        )
    Path(target).write_bytes(done.stdout)
    print(f"{group}: {len(rows)} rows read by the tables of {commit}")


if __name__ == "__main__":
    main()
