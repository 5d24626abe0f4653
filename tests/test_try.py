"""The newcomer's path: `python -m bot try` with piped input answers like a member's client shows."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from bot.sandbox import POLL, STRETCH, Patience


def test_try_answers_piped_lines():
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "try"],
        input="do my posts move?\n!does my follow list move?\nmove\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    direct = [line for line in lines if line.startswith("helper (direct): @you ")]
    public = [line for line in lines if line.startswith("helper (unlisted): @you ")]
    assert len(direct) == 2 and len(public) == 1, result.stdout
    assert "posts" in direct[0].lower()
    assert "Following list" in result.stdout  # the follows answer names the import type
    assert "Which way are you going?" in result.stdout
    assert "(no reply)" not in result.stdout
    assert time.monotonic() - started < 30


def run_try(lines: list[str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "try", *args],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


WHOLE_MOVE = ["move", "DIRECTION", "you@new.example", "done", "done", "requested", "done"]
WHOLE_MOVE += ["done", "done", "ok", "downloaded"]


@pytest.mark.parametrize("direction", ["1", "2"])
def test_try_walks_a_whole_move_to_the_end(direction):
    """The fake servers do what the member says: the alias appears when they say they made
    it, the move when they say they moved; so every step shows, checks included."""
    out = run_try([direction if line == "DIRECTION" else line for line in WHOLE_MOVE])
    assert "now lists" in out and "as an alias of" in out  # the sandbox made the alias
    assert "I can see the alias" in out and "I can see the move" in out
    assert "What may be in the way" not in out
    last = out.strip().splitlines()[-1]
    assert last.startswith("helper (direct): @you You're done!"), out
    assert ("30 days" in last) == (direction == "1")


def test_try_in_japanese_tags_statuses_and_reaches_the_end():
    lines = ["引っ越し", "1", "you@new.example", "完了しました", "完了", "リクエストしました"]
    lines += ["完了", "完了", "完了", "OK", "ダウンロードしました"]
    out = run_try(lines, "--language", "ja")
    assert out.count("(posted with language ja)") == len(lines)  # as the fake stored them
    assert "エイリアスを確認できました" in out
    assert out.strip().splitlines()[-1].startswith("helper (direct): @you 完了です！"), out


def test_a_too_long_line_gets_the_servers_answer_not_a_traceback():
    out = run_try(["x" * 3000, "move"])
    assert "refused it: Validation failed: Text character limit of 500 exceeded" in out
    assert "Which way are you going?" in out  # and the session goes on


class Ticks:
    """Time for Patience, moved by hand: the loop's time and the process's CPU time."""

    def __init__(self) -> None:
        self.now = self.cpu = 0.0


def test_a_wait_counts_the_idle_time_only_and_still_ends():
    """A hang (the process idle, the looks on time) uses up a wait's timeout at the pace of
    real time; a loaded machine (looks back late, or the process at work: its CPU time
    grows) does not; and a process busy forever still ends the wait, after STRETCH times
    the timeout."""
    ticks = Ticks()

    def wait(look: float, work: float) -> float:
        """Seconds of real time until a 1 s Patience is spent, each look taking `look` of
        them with `work` seconds of CPU time used meanwhile."""
        ticks.now = ticks.cpu = 0.0
        patience = Patience(1.0, now=lambda: ticks.now, cpu=lambda: ticks.cpu)
        while True:
            ticks.now += look
            ticks.cpu += work
            if patience.spent():
                return ticks.now

    assert wait(look=POLL, work=0.0) == pytest.approx(1.0, abs=2 * POLL)  # a hang
    assert wait(look=0.05, work=0.0) == pytest.approx(2.5, abs=0.1)  # late: 2 POLL counted
    assert wait(look=POLL, work=0.006) == pytest.approx(2.5, abs=0.1)  # working 60% of the time
    assert wait(look=POLL, work=POLL) == pytest.approx(STRETCH * 1.0, abs=2 * POLL)  # busy


def test_a_wait_whose_process_spins_ends_after_a_timeout_of_cpu_time():
    """A test stuck in a busy loop (a worker spinning, the looks back on time) is never idle:
    its wait used to end only after STRETCH timeouts (5 minutes for the default). With a
    `busy` bound it ends once the process has used that much CPU time, and says so, while
    a loaded machine (looks late, little CPU time) and a hang still count as before."""
    ticks = Ticks()

    def wait(look: float, work: float) -> tuple[float, str]:
        ticks.now = ticks.cpu = 0.0
        patience = Patience(1.0, busy=1.0, now=lambda: ticks.now, cpu=lambda: ticks.cpu)
        while True:
            ticks.now += look
            ticks.cpu += work
            if patience.spent():
                return ticks.now, str(patience)

    spun, said = wait(look=POLL, work=POLL)
    assert spun == pytest.approx(1.0, abs=2 * POLL)  # not STRETCH * 1.0
    assert "busy 1.0 s" in said
    assert wait(look=POLL, work=0.0)[0] == pytest.approx(1.0, abs=2 * POLL)  # a hang
    assert wait(look=0.05, work=0.0)[0] == pytest.approx(2.5, abs=0.1)  # a loaded machine
