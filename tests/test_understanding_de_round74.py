"""German classes of session 41 (eu), chosen on the tuning halves of rounds 58-73, round 73
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kann ich das zip auf dem neuen konto hochladen?", "download"),
        ("lässt sich die zip datei beim neuen server einspielen?", "archive"),
        ("kann man das backup auf der neuen instanz importieren?", "public"),
        ("die sicherung spiel ich dann auf dem neuen konto ein, geht das?", "export"),
    ],
)
def test_the_zip_or_backup_taken_to_the_new_account_is_the_myth(text: str, where: str) -> None:
    """The zip, backup or "Sicherung" itself uploaded to the new account, asked whether or
    not: that the posts can be imported is the claim put forward (LABELS: "can i upload my
    archive to restore my posts?")."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


def test_importing_my_posts_asked_whether_stays_a_question() -> None:
    assert subjects_of("kann ich meine beiträge auf dem neuen konto importieren?") == {"posts"}
