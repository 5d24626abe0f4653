"""English classes of session 43 (en-multi): public messages asking about two subjects at
once, chosen on the tuning halves of rounds 58-75. The phrasings are the tuner's own; none
is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "difference between export and archive?",
        "export vs archive whats the diff",
        "is the export the same thing as the archive",
        "whats the difference between the archive and the export",
        "archive or export, which one do i need",
        "do i need the export or the archive or both",
    ],
)
def test_export_compared_with_archive(text: str) -> None:
    """ "export vs archive?": the Export page compared with the archive asks about both,
    though the bare word "export" only hints at the page (intents/en.toml: the rule adding
    csv_export beside the archive compared)."""
    assert subjects_of(text, "public") == {"archive", "csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "alias first then move?",
        "alias first, then the move, or the reverse?",
        "do i need both the alias and the move?",
        "do i need the alias AND the move or only one",
        "is the alias and the move the same thing or two steps",
        "do i have to do the alias and also the move",
    ],
)
def test_alias_and_move_named_as_two_steps(text: str) -> None:
    """ "alias first, then the move, or the reverse?", "do I need the alias AND the move?":
    the two steps named together ask about both; "or the reverse" is the other order, no
    old account reversed (intents/en.toml: the order rule's cues)."""
    assert subjects_of(text, "public") == {"alias", "move"}
