"""tests/data/sealed/measure.sh opens only the judge it is asked for: sealing the next judge
before measuring the last one (session 51) must stop it before it commits anything."""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "data" / "sealed" / "measure.sh"

pytestmark = pytest.mark.skipif(
    not (shutil.which("sha256sum") and shutil.which("xz")), reason="needs coreutils, xz"
)


def _repository(tmp_path: Path, folder: str) -> Path:
    """A throwaway checkout holding only a sealed judge whose folder is `folder`."""
    root = tmp_path / "repo"
    sealed = root / "tests" / "data" / "sealed"
    sealed.mkdir(parents=True)
    shutil.copy(SCRIPT, sealed / "measure.sh")
    with tarfile.open(sealed / "next-judge.tar.xz", "w:xz") as tar:
        info = tarfile.TarInfo(f"{folder}/en.toml")
        body = b'locale = "en"\nrows = []\n'
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    subprocess.run(
        "sha256sum tests/data/sealed/next-judge.tar.xz > tests/data/sealed/next-judge.sha256",
        shell=True,
        cwd=root,
        check=True,
    )
    return root


def _measure(
    root: Path, round_: str, out: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", "tests/data/sealed/measure.sh", round_, str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
    )


def test_a_judge_sealed_for_another_round_is_not_opened(tmp_path):
    root = _repository(tmp_path, "judge91")
    run = _measure(root, "90", tmp_path)
    assert run.returncode == 2
    assert "holds judge91, not judge90" in run.stderr
    assert "OPENING=judge91" in run.stderr


def test_opening_names_the_folder_meant(tmp_path):
    """With OPENING naming the folder, the script goes past the check (and here stops at
    add_round.py, which this throwaway checkout does not have)."""
    root = _repository(tmp_path, "judge90")
    opened = tmp_path / "opened"
    opened.mkdir()
    env = {"PATH": "/usr/bin:/bin", "OPENING": "judge90", "PYTHON": "false"}
    # The script's mktemp -d inside tmp_path: the judge it opens is made read-only, so one
    # opened under the system's /tmp would be left there by every run of the suite.
    run = _measure(root, "91", tmp_path, env | {"TMPDIR": str(opened)})
    assert "nothing opened" not in run.stderr
    assert run.returncode != 2
    assert [p.name for p in opened.glob("*/*")] == ["judge90"]
