"""Trouble said to be none beside a step's report (session 50, the lead): "no problems",
"0 errors", "keine Fehler" deny the trouble, not the step. The phrasings are the lead's
own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("zip downloaded, 0 errors", "download", "downloaded"),
        ("downloaded the archive, no problems", "download", "downloaded"),
        ("done, zero issues", "alias", "done"),
        ("alias set up, no issues at all", "alias", "done"),
        ("archiv heruntergeladen, keine fehler", "download", "downloaded"),
        ("erledigt, keine Fehler", "alias", "done"),
        ("archive téléchargée, aucune erreur", "download", "downloaded"),
        ("descargado, sin problemas", "download", "downloaded"),
    ],
)
def test_no_trouble_beside_a_report_did_the_step(text: str, where: str, command: str) -> None:
    """A report with its trouble denied ("no problems", "0 errors"): the step is done;
    the "no" or "0" is of the trouble, and "error" named so is no problem told."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("not downloaded yet, no problem", "download", "not_yet"),
        ("0 csv downloaded yet", "export", "not_yet"),
        ("noch nicht erledigt, kein Problem", "alias", "not_yet"),
        ("done but there is an error", "alias", "how"),
    ],
)
def test_a_denied_step_or_real_trouble_stays(text: str, where: str, command: str) -> None:
    """The step itself denied beside "no problem", or trouble told: as before."""
    assert command_of(text, where) == command
