"""How well and how fast the bot understands members: accuracy, confusions, time.

Runs each locale's question set (tests/data/questions.toml for English,
tests/data/questions.<locale>.toml for the others) through bot.understand.understand()
and prints, per locale:
- accuracy overall, on the tuning part and on the held-out part (a quarter of the
  rows, chosen by a hash of the text, never used to tune replies/intents);
- the confusion table between subjects: expected vs predicted, off-diagonal only
  ("(none)" stands for no subject, e.g. an off-topic message or a missed subject);
- the mean and p99 time per question for understand() and compose_answer(), each
  question run `--repeat` times on one core.
A summary table of every locale's accuracy ends the report.

    python bench/answers.py [--repeat 50] [--locale all|en|de|fr|es|ja]
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

from bot.answers import compose_answer  # noqa: E402
from bot.understand import Understanding, lexicon, understand  # noqa: E402
from replies.knowledge import knowledge  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from question_set import (  # noqa: E402 - the scoring the accuracy tests use
    is_correct,
    is_held_out,
    load_questions,
    locales_with_questions,
    question_file,
)

NONE = "(none)"


def confusions(rows: list[dict], results: list[Understanding]) -> Counter[tuple[str, str]]:
    """(expected, predicted) subject pairs that differ: a miss paired with each extra."""
    pairs: Counter[tuple[str, str]] = Counter()
    for row, got in zip(rows, results, strict=True):
        expected, predicted = set(row["subjects"]), set(got.subjects)
        missed = sorted(expected - predicted) or [NONE]
        extra = sorted(predicted - expected) or [NONE]
        if missed == [NONE] and extra == [NONE]:
            continue
        for want in missed:
            for have in extra:
                pairs[(want, have)] += 1
    return pairs


def timings(texts: list[str], repeat: int, work) -> list[float]:
    """Seconds per call, every text `repeat` times."""
    samples: list[float] = []
    for text in texts:
        for _ in range(repeat):
            started = time.perf_counter()
            work(text)
            samples.append(time.perf_counter() - started)
    return samples


def accuracy(rows: list[dict], results: list[Understanding], keep) -> tuple[int, int]:
    part = [(r, u) for r, u in zip(rows, results, strict=True) if keep(r)]
    return sum(is_correct(r, u) for r, u in part), len(part)


def report(locale: str, repeat: int) -> dict[str, tuple[int, int]]:
    """Print one locale's figures; return its (correct, total) per part."""
    path = question_file(locale)
    rows = load_questions(locale)
    started = time.perf_counter()
    lexicon(locale)
    knowledge(locale)
    load_ms = (time.perf_counter() - started) * 1000
    results = [understand(row["text"], locale) for row in rows]

    print(f"[{locale}] Question set: {len(rows)} phrasings ({path.relative_to(ROOT)})")
    parts = {
        "all": lambda r: True,
        "tuning part": lambda r: not is_held_out(r["text"]),
        "held-out part": lambda r: is_held_out(r["text"]),
    }
    figures = {}
    for name, keep in parts.items():
        correct, total = accuracy(rows, results, keep)
        figures[name] = (correct, total)
        share = correct / total if total else 1.0
        print(f"  accuracy, {name:<13} {correct:>3}/{total:<3} = {share:.1%}")

    print("\n  Confusions (expected -> predicted, off-diagonal only):")
    pairs = confusions(rows, results)
    if not pairs:
        print("    none")
    width = max((len(want) for want, _ in pairs), default=0)
    for (want, have), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        print(f"    {want:<{width}} -> {have:<22} {count}")
    wrong_kinds = Counter(
        (r.get("kind", "question"), u.kind)
        for r, u in zip(rows, results, strict=True)
        if r.get("kind", "question") != u.kind
    )
    print("\n  Kind confusions (expected -> predicted):")
    for (want, have), count in sorted(wrong_kinds.items()):
        print(f"    {want} -> {have}: {count}")
    if not wrong_kinds:
        print("    none")

    texts = [row["text"] for row in rows]
    understood = {text: understand(text, locale) for text in texts}
    understand_times = timings(texts, repeat, lambda t: understand(t, locale))
    compose_times = timings(
        texts,
        repeat,
        lambda t: compose_answer(understood[t], locale=locale, mention="@alice@example.org"),
    )
    print(
        f"\n  Time per question ({repeat} runs each, one core; tables loaded in {load_ms:.0f} ms):"
    )
    for name, samples in (("understand()", understand_times), ("compose_answer()", compose_times)):
        print(
            f"    {name:<17} mean {statistics.mean(samples) * 1e6:7.1f} µs"
            f"   p99 {percentile(samples, 0.99) * 1e6:7.1f} µs"
        )
    print()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--locale", default="all", help="a locale code, or all (default)")
    args = parser.parse_args()

    locales = locales_with_questions() if args.locale == "all" else [args.locale]
    summary = {locale: report(locale, args.repeat) for locale in locales}
    if len(summary) > 1:
        print("Accuracy per locale (all / tuning / held-out):")
        for locale, figures in summary.items():
            cells = []
            for name in ("all", "tuning part", "held-out part"):
                correct, total = figures[name]
                share = correct / total if total else 1.0
                cells.append(f"{correct:>3}/{total:<3} {share:6.1%}")
            print(f"  {locale}  " + "   ".join(cells))


if __name__ == "__main__":
    main()
