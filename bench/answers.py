"""How well and how fast the bot understands members: accuracy, dead ends, confusions, time.

Scores bot.interpret.read(), the classifier the bot acts on, over every row type of the
question sets (questions, myths, commands, answers inside the walkthrough via `where`),
each row read as a first contact: an untagged status from a member the bot has never
met, so the text alone decides the language. Prints, per locale:
- tuning accuracy (tests/data/tuning/<locale>.toml and the old tests/data/questions*.toml);
- held-out accuracy (tests/data/heldout/<locale>.toml) and how many on-topic held-out
  messages were a dead end ("I don't know"); held-out rows are never printed, only
  these figures, so nobody tunes on them by reading this report; the fresh rounds' rows
  and the retired rounds' (measured once, then trained on by the second opinion:
  tests/question_set.py RETIRED_THROUGH) apart, so no figure mixes trained-on rows with
  fresh ones;
- rows of each later round (note = "round 2", "round 3", ...) apart: their first contact;
- how often the reply would be in the row's own language (held-out, figure only);
- the confusion between subjects and between commands, on tuning rows only, and every
  miss by kind (another subject, one subject missing or added, wrong command, dead end);
- time per message for read() and compose_answer(): the first call for each text, and the
  mean of repeated calls (caches warm).

    python bench/answers.py [--repeat 20] [--locale all|en|de|fr|es|ja]
                            [--tuning-only] [--misses]

--tuning-only leaves the held-out half unread (not even its figures), for tuners between
landings: a decision taken on a held-out total is tuning on it. --misses prints the tuning rows
the bot gets wrong, with what it read, so a tuner sees the classes of failure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figures import percentile  # noqa: E402 - bench/ is on sys.path as a script

from bot import language, ranking, second_opinion  # noqa: E402
from bot.answers import compose_answer  # noqa: E402
from bot.interpret import Reading, book  # noqa: E402
from bot.understand import lexicon  # noqa: E402
from replies.knowledge import knowledge  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from question_set import (  # noqa: E402 - the scoring the accuracy tests use
    HELD_OUT,
    LOCALES,
    first_contact_locale,
    is_dead_end,
    is_on_topic,
    is_retired,
    is_right,
    load_rows,
    read_row,
    tuning_rows,
)

NONE = "(none)"
FRESH = "held-out, fresh"
RETIRED = "held-out, retired (trained on)"


def subject_confusions(rows: list[dict], results: list[Reading]) -> Counter[tuple[str, str]]:
    """(expected, predicted) subject pairs that differ: a miss paired with each extra."""
    pairs: Counter[tuple[str, str]] = Counter()
    for row, got in zip(rows, results, strict=True):
        if "command" in row or got.command is not None:
            continue
        expected, predicted = set(row.get("subjects", [])), set(got.understanding.subjects)
        missed = sorted(expected - predicted) or [NONE]
        extra = sorted(predicted - expected) or [NONE]
        if missed == [NONE] and extra == [NONE]:
            continue
        for want in missed:
            for have in extra:
                pairs[(want, have)] += 1
    return pairs


def label(row: dict) -> str:
    return f"command {row['command']}" if "command" in row else row.get("kind", "question")


def got_label(got: Reading) -> str:
    return f"command {got.command}" if got.command else got.understanding.kind


def kind_confusions(rows: list[dict], results: list[Reading]) -> Counter[tuple[str, str]]:
    """(expected, predicted) for rows whose command or kind was wrong."""
    pairs: Counter[tuple[str, str]] = Counter()
    for row, got in zip(rows, results, strict=True):
        if not is_right(row, got) and label(row) != got_label(got):
            pairs[(label(row), got_label(got))] += 1
    return pairs


def miss_kinds(rows: list[dict], results: list[Reading]) -> Counter[str]:
    """What kind of miss each wrong reading is, so a figure says how wrong, not only how often.

    A reply that answers the asked subject plus one more, or one of two asked subjects, is
    still a miss here (the label asks for exactly its subjects), but it is a lesser one
    than an answer about something else.
    """
    kinds: Counter[str] = Counter()
    for row, got in zip(rows, results, strict=True):
        if is_right(row, got):
            continue
        if is_dead_end(row, got):
            kinds["dead end"] += 1
        elif label(row) != got_label(got):
            kinds["wrong command or kind"] += 1
        else:
            expected, predicted = set(row.get("subjects", [])), set(got.understanding.subjects)
            if expected == predicted:
                kinds["right subjects, wrong myth"] += 1
            elif predicted < expected:
                kinds["one of its subjects missing"] += 1
            elif expected < predicted:
                kinds["its subjects plus another"] += 1
            elif expected & predicted:
                kinds["subjects overlap"] += 1
            else:
                kinds["another subject"] += 1
    return kinds


def share(correct: int, total: int) -> str:
    return f"{correct:>3}/{total:<3} = {correct / total:6.1%}" if total else "  (no rows yet)"


def timed(items: list, work) -> list[float]:
    samples = []
    for item in items:
        started = time.perf_counter()
        work(item)
        samples.append(time.perf_counter() - started)
    return samples


def report(
    locale: str, repeat: int, tuning_only: bool = False, misses: bool = False
) -> dict[str, tuple[int, int]]:
    """Print one locale's figures; return (right, total) per part."""
    started = time.perf_counter()
    for code in LOCALES:  # a message may be read with any locale's tables, as in the bot
        lexicon(code)
        knowledge(code)
        ranking.prepare(lexicon(code))  # built at start, as bot/web/app.py does
    book()
    language.load()
    if second_opinion.enabled():  # loaded at start too (bot/web/app.py): a one-off cost
        second_opinion.model()  # counted in the first call's mean made it look 10 µs slower
    load_ms = (time.perf_counter() - started) * 1000

    tuning = tuning_rows(locale)
    held = [] if tuning_only else load_rows(HELD_OUT, locale)
    # Time the first read of each text before anything is cached for it.
    first = timed(tuning, read_row)
    tuning_got = [read_row(r) for r in tuning]
    held_got = [read_row(r) for r in held]
    # Fresh rounds' rows, and retired ones (measured once, now the model's training rows).
    parts = {
        FRESH: [(r, g) for r, g in zip(held, held_got, strict=True) if not is_retired(r)],
        RETIRED: [(r, g) for r, g in zip(held, held_got, strict=True) if is_retired(r)],
    }

    figures = {"tuning": (sum(map(is_right, tuning, tuning_got)), len(tuning))}
    for name, pairs in parts.items():
        figures[name] = (sum(is_right(r, g) for r, g in pairs), len(pairs))
        on_topic = [(r, g) for r, g in pairs if is_on_topic(r)]
        figures["dead ends, " + name] = (sum(is_dead_end(r, g) for r, g in on_topic), len(on_topic))
    # The reply language is the detector's and the tables', never the model's: all rows.
    spoken = [r for r in held if len(r["text"]) >= 12]
    figures["reply language"] = (
        sum(first_contact_locale(r["text"]) == locale for r in spoken),
        len(spoken),
    )

    print(
        f"[{locale}] {len(tuning)} tuning rows, {len(held)} held-out rows "
        f"({len(parts[FRESH])} fresh, {len(parts[RETIRED])} retired)"
    )
    print(f"  {'accuracy, tuning':<43}{share(*figures['tuning'])}")
    if not tuning_only:
        for name in parts:
            print(f"  {'accuracy, ' + name:<43}{share(*figures[name])}")
            dead = figures["dead ends, " + name]
            print(f"  {'dead ends, ' + name:<43}{share(*dead)} of on-topic rows")
        spoke = figures["reply language"]
        print(f"  {'reply language, held-out (all)':<43}{share(*spoke)} (12+ characters)")
    # Rows written in a later round (note = "round N") were unseen until they landed: the
    # figures of each round apart show that round's first contact next to the older rows'.
    for name, pairs in (("tuning", list(zip(tuning, tuning_got, strict=True))), *parts.items()):
        rounds: dict[str, list[bool]] = {}
        for r, g in pairs:
            note = str(r.get("note", ""))
            rounds.setdefault(note if note.startswith("round ") else "round 1", []).append(
                is_right(r, g)
            )
        if len(rounds) > 1 or name != "tuning":
            for which, marks in sorted(rounds.items()):
                print(f"    {name + ', ' + which + ' rows':<46}{share(sum(marks), len(marks))}")

    for name, pairs in (("tuning", list(zip(tuning, tuning_got, strict=True))), *parts.items()):
        if pairs:
            rows, got = zip(*pairs, strict=True)
            kinds = miss_kinds(list(rows), list(got))
            print(
                f"  {name} misses by kind: "
                + (", ".join(f"{what} {count}" for what, count in kinds.most_common()) or "none")
            )
    if misses:
        print("\n  Tuning rows read wrong (text | expected | read as):")
        for row, got in zip(tuning, tuning_got, strict=True):
            if not is_right(row, got):
                want = row.get("command") or f"{row.get('kind', 'question')}{row.get('subjects')}"
                u = got.understanding
                have = got.command or f"{u.kind}{u.subjects}{u.myths or ''}"
                print(f"    {row['text']!r} @{row.get('where', 'public')} | {want} | {have}")
    print("\n  Subject confusions, tuning rows (expected -> predicted):")
    pairs = subject_confusions(tuning, tuning_got)
    width = max((len(want) for want, _ in pairs), default=0)
    for (want, have), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        print(f"    {want:<{width}} -> {have:<22} {count}")
    if not pairs:
        print("    none")
    print("\n  Command/kind confusions, tuning rows (expected -> predicted):")
    kinds = kind_confusions(tuning, tuning_got)
    for (want, have), count in sorted(kinds.items(), key=lambda item: (-item[1], item[0])):
        print(f"    {want} -> {have}: {count}")
    if not kinds:
        print("    none")

    repeated = []
    for _ in range(repeat):
        repeated.extend(timed(tuning, read_row))
    composed = {r["text"]: g for r, g in zip(tuning, tuning_got, strict=True) if g.command is None}
    compose_times = timed(
        list(composed),
        lambda t: compose_answer(composed[t].understanding, locale=locale, mention="@a@b.example"),
    )
    print(f"\n  Time per message (all tables and the detector loaded in {load_ms:.0f} ms):")
    for name, samples in (
        ("read(), first call", first),
        (f"read(), repeated x{repeat}", repeated),
        ("compose_answer()", compose_times),
    ):
        if samples:
            print(
                f"    {name:<24} mean {statistics.mean(samples) * 1e6:7.1f} µs"
                f"   p99 {percentile(samples, 0.99) * 1e6:7.1f} µs"
            )
    print()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--locale", default="all", help="a locale code, or all (default)")
    parser.add_argument("--tuning-only", action="store_true", help="never read held-out rows")
    parser.add_argument("--misses", action="store_true", help="print the tuning rows read wrong")
    args = parser.parse_args()

    locales = list(LOCALES) if args.locale == "all" else [args.locale]
    summary = {
        locale: report(locale, args.repeat, args.tuning_only, args.misses) for locale in locales
    }
    parts = ("tuning",) if args.tuning_only else ("tuning", FRESH, RETIRED, "dead ends, " + FRESH)
    print("Per locale: " + " / ".join(parts) + (" (of on-topic rows):" if len(parts) > 1 else ":"))
    for locale, figures in summary.items():
        cells = [share(*figures[name]) for name in parts]
        print(f"  {locale}  " + "   ".join(cells))


if __name__ == "__main__":
    main()
