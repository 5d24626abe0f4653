"""How well and how fast the bot understands members: accuracy, confusions, time.

Runs tests/data/questions.toml through bot.understand.understand() and prints:
- accuracy overall, on the tuning part and on the held-out part (a quarter of the
  rows, chosen by a hash of the text, never used to tune replies/intents);
- the confusion table between subjects: expected vs predicted, off-diagonal only
  ("(none)" stands for no subject, e.g. an off-topic message or a missed subject);
- the mean and p99 time per question for understand() and compose_answer(), each
  question run `--repeat` times on one core.

    python bench/answers.py [--repeat 50] [--locale en]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answers import compose_answer  # noqa: E402
from bot.understand import Understanding, lexicon, understand  # noqa: E402
from replies.knowledge import knowledge  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "questions.toml"
NONE = "(none)"


def is_held_out(text: str) -> bool:
    return hashlib.sha1(text.encode()).digest()[0] % 4 == 0


def is_correct(row: dict, got: Understanding) -> bool:
    kind = row.get("kind", "question")
    if got.kind != kind or set(got.subjects) != set(row["subjects"]):
        return False
    return kind != "myth" or set(got.myths) == set(row.get("myths", []))


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


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--locale", default="en")
    args = parser.parse_args()

    with QUESTIONS.open("rb") as handle:
        rows = tomllib.load(handle)["questions"]
    started = time.perf_counter()
    lexicon(args.locale)
    knowledge(args.locale)
    load_ms = (time.perf_counter() - started) * 1000
    results = [understand(row["text"], args.locale) for row in rows]

    print(f"Question set: {len(rows)} phrasings ({QUESTIONS.relative_to(ROOT)})")
    for name, keep in (
        ("all", lambda r: True),
        ("tuning part", lambda r: not is_held_out(r["text"])),
        ("held-out part", lambda r: is_held_out(r["text"])),
    ):
        part = [(r, u) for r, u in zip(rows, results, strict=True) if keep(r)]
        correct = sum(is_correct(r, u) for r, u in part)
        print(f"  accuracy, {name:<13} {correct:>3}/{len(part):<3} = {correct / len(part):.1%}")

    print("\nConfusions (expected -> predicted, off-diagonal only):")
    pairs = confusions(rows, results)
    if not pairs:
        print("  none")
    width = max((len(want) for want, _ in pairs), default=0)
    for (want, have), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {want:<{width}} -> {have:<22} {count}")
    wrong_kinds = Counter(
        (r.get("kind", "question"), u.kind)
        for r, u in zip(rows, results, strict=True)
        if r.get("kind", "question") != u.kind
    )
    print("\nKind confusions (expected -> predicted):")
    for (want, have), count in sorted(wrong_kinds.items()) or []:
        print(f"  {want} -> {have}: {count}")
    if not wrong_kinds:
        print("  none")

    texts = [row["text"] for row in rows]
    understood = {text: understand(text, args.locale) for text in texts}
    understand_times = timings(texts, args.repeat, lambda t: understand(t, args.locale))
    compose_times = timings(
        texts,
        args.repeat,
        lambda t: compose_answer(understood[t], locale=args.locale, mention="@alice@example.org"),
    )
    print(
        f"\nTime per question ({args.repeat} runs each, one core; tables loaded in {load_ms:.0f} ms):"
    )
    for name, samples in (("understand()", understand_times), ("compose_answer()", compose_times)):
        print(
            f"  {name:<17} mean {statistics.mean(samples) * 1e6:7.1f} µs"
            f"   p99 {percentile(samples, 0.99) * 1e6:7.1f} µs"
        )


if __name__ == "__main__":
    main()
