"""Instructions per first-contact read, per locale, counted by callgrind: a cost that does
not move with the machine's load (bench/read_cost.py's CPU µs swing by a third between
quiet runs on a shared host), so a speed-up of a few percent can be seen at all.

Each locale runs in its own process under `valgrind --tool=callgrind --instr-atstart=no`:
everything the bot loads at start is loaded uninstrumented (bench/read_cost.py load()),
a sample of the tuning rows is read once to warm the caches, then instrumentation is
switched on (callgrind_control) for a second pass over the same rows. Hash seeds are
fixed, so the count repeats to about 0.01%.

    PYTHONPATH=$PWD python bench/read_instructions.py [--locale all|en|...] [--every 7]
                                                      [--rows 200]

Needs valgrind (Debian's package). About 30 s a locale. Prints the instructions per read
(millions) per locale; compare two trees by running it with each on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_COUNTED = re.compile(r"Collected : (\d+)")


def _child(locale: str, every: int, count: int) -> None:
    """Inside valgrind: load, warm, then count one pass."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import read_cost

    from bot import second_opinion

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from question_set import first_contact, tuning_rows

    read_cost.load()
    second_opinion.configure(True)
    rows = tuning_rows(locale)[::every][:count]
    for row in rows:
        first_contact(row)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    for row in rows:
        first_contact(row)
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)
    print(f"rows {len(rows)}")


def count(locale: str, every: int, rows: int) -> tuple[float, int]:
    """Millions of instructions per read of `locale`'s sample, and the sample's size."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={scratch}/callgrind.out",
                sys.executable,
                __file__,
                "--child",
                locale,
                "--every",
                str(every),
                "--rows",
                str(rows),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    counted = int(_COUNTED.search(done.stderr).group(1))  # type: ignore[union-attr]
    read = int(re.search(r"rows (\d+)", done.stdout).group(1))  # type: ignore[union-attr]
    return counted / read / 1e6, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default="all")
    parser.add_argument("--every", type=int, default=7, help="every Nth tuning row")
    parser.add_argument("--rows", type=int, default=200, help="at most this many rows")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.every, args.rows)
        return
    locales = ["en", "de", "fr", "es", "ja"] if args.locale == "all" else [args.locale]
    figures = {code: count(code, args.every, args.rows) for code in locales}
    print(
        "instructions per read (millions): "
        + "  ".join(f"{code} {m:.3f}" for code, (m, _) in figures.items())
        + f"  (rows: every {args.every}th tuning row, at most {args.rows})"
    )


if __name__ == "__main__":
    main()
