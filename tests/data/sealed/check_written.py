"""A writer's file against the label contract (LABELS.md), for writers of a sealed round.

    python check.py FILE.toml [CHECKOUT]

Copied outside the repository for writers (docs/writer-brief.md), so they never open the
checkout (CHECKOUT, default /work/main): it imports only the contract's checker, never a
row. Prints each row's problems and the file's duplicates, then the counts.
"""

import sys
import tomllib
from collections import Counter
from pathlib import Path

LOCALES = ("en", "de", "fr", "es", "ja")


def main() -> int:
    checkout = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/main")
    sys.path.insert(0, str(checkout / "tests"))
    from test_question_sets import row_problems  # the contract's checker; rows are not read

    data = tomllib.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    rows = data.get("rows", [])
    bad = 0
    if data.get("locale") not in LOCALES:
        print(f"the file's top-level locale must be one of {' '.join(LOCALES)}")
        bad += 1
    for row in rows:
        if problems := row_problems(row):
            bad += 1
            print(repr(row.get("text"))[:80], problems)
    seen = Counter((row.get("text"), row.get("where", "public")) for row in rows)
    duplicates = [key for key, count in seen.items() if count > 1]
    for key in duplicates:
        print("duplicate:", key)
    print(f"{len(rows)} rows, {bad} problems, {len(duplicates)} duplicates")
    return 1 if bad or duplicates else 0


if __name__ == "__main__":
    raise SystemExit(main())
