"""CPU time of reading one message, per locale, and a digest of every reading.

Reads every tuning row of each locale as a first contact (tests/question_set.py
read_row(): the language detector, then bot.interpret.read()), first once to warm the
caches, then `--repeat` times timed with the process's CPU clock (not the wall clock: the
machine is shared). Prints the mean CPU µs per read per locale, and a SHA-256 digest of
every reading (reply locale, command, kind, subjects, myths, yes_no, confidence, ...) with
the second opinion on and off: a speed-up must leave the digest unchanged.

    PYTHONPATH=$PWD python bench/read_cost.py [--repeat 3] [--locale all|en|...] [--every 1]
                                              [--no-digest]

The code read is the one on PYTHONPATH, so the same script measures another worktree:
`cd /work/main && PYTHONPATH=$PWD python /path/to/bench/read_cost.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import bot
from bot import language, ranking, second_opinion
from bot.interpret import book
from bot.understand import lexicon
from replies.knowledge import knowledge

sys.path.insert(0, str(Path(bot.__file__).resolve().parent.parent / "tests"))
from question_set import LOCALES, first_contact, tuning_rows


def load() -> None:
    """Everything the running bot loads at start (bot/web/app.py), so no read pays it."""
    for code in LOCALES:
        lexicon(code)
        knowledge(code)
        ranking.prepare(lexicon(code))
    book()
    language.load()
    second_opinion.model()


def digest(rows_by_locale: dict[str, list[dict]]) -> str:
    """SHA-256 over every row's reply locale and full reading (repr: every field)."""
    sha = hashlib.sha256()
    for locale, rows in rows_by_locale.items():
        for row in rows:
            sha.update(repr((locale, row["text"], first_contact(row))).encode())
    return sha.hexdigest()[:16]


def cost(rows: list[dict], repeat: int) -> float:
    """Mean CPU µs of one first-contact read, caches warm: the least of `repeat` passes'
    means, as the pass least slowed by other processes on shared cores (CPU time still
    grows when they evict our caches)."""
    for row in rows:
        first_contact(row)
    means = []
    clock = time.process_time_ns
    for _ in range(repeat):
        started = clock()
        for row in rows:
            first_contact(row)
        means.append((clock() - started) / len(rows))
    return min(means) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--locale", default="all")
    parser.add_argument("--every", type=int, default=1, help="time every Nth row only")
    parser.add_argument("--no-digest", action="store_true")
    args = parser.parse_args()
    locales = list(LOCALES) if args.locale == "all" else [args.locale]
    load()
    rows = {code: tuning_rows(code) for code in locales}
    second_opinion.configure(True)
    figures = {code: cost(rows[code][:: args.every], args.repeat) for code in locales}
    print("mean CPU µs per read: " + "  ".join(f"{c} {v:6.1f}" for c, v in figures.items()))
    if args.no_digest:
        return
    on = digest(rows)
    second_opinion.configure(False)
    off = digest(rows)
    print(f"digest: second opinion on {on}, off {off}")


if __name__ == "__main__":
    main()
