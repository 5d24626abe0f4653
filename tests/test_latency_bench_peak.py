"""bench/latency.py's peak RSS is the bot's: read before the bench sums up its own figures.

The median and the 99th percentile sort every latency into a list of floats (~1.5 MB for
a full --varied run), and the bot's peak sits within about a megabyte of the 80 MB bar, so
a peak read after them measured the bench. Here the median is made to take 400 MB more
than the process's peak so far, in a process of its own: the printed peak must not hold it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import asyncio, json, resource, statistics, sys
sys.path.insert(0, sys.argv[1])
import latency

# A process started from a large one (a pytest worker) inherits its peak through fork and
# exec: the ballast is made larger than that and than the bot's, whatever they are.
ballast_mb = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024) + 400
real_median = statistics.median

def heavy_median(values):
    ballast = b"x" * (ballast_mb << 20)  # written, so every page is resident
    return real_median(values) + len(ballast) * 0

statistics.median = heavy_median
figures = asyncio.run(latency.run(5, 2))
print(json.dumps(
    {"answered": figures["answered"], "peak": figures["peak_rss_mb"], "ballast": ballast_mb}
))
"""


def test_the_bot_peak_is_read_before_the_bench_sums_up(tmp_path: Path) -> None:
    # A file, not -c: importing bench/latency.py starts the script again under -OO.
    child = tmp_path / "child.py"
    child.write_text(_CHILD)
    done = subprocess.run(
        [sys.executable, str(child), str(ROOT / "bench")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["answered"] == 5
    # The bot and its tables are 400 MB under the ballast, which alone would be the peak.
    assert figures["peak"] < figures["ballast"], figures
