"""German classes of session 54 (de54): subjects lost beside another. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "welche csvs kann ich exportieren? sind lesezeichen auch drin?",
            {"csv_export", "bookmarks"},
        ),
        (
            "Welche CSV-Dateien gibt es beim Export? Sind die Filter dabei?",
            {"csv_export", "filters"},
        ),
        (
            "was für dateien gibt es im export? sind die blockierten auch dabei?",
            {"csv_export", "blocks"},
        ),
        ("was für csvs krieg ich da? sind die mutes auch dabei?", {"csv_export", "mutes"}),
        ("wo ist der export für meine listen?", {"csv_export"}),
    ],
)
def test_which_files_beside_a_list_asked_apart(text: str, subjects: set[str]) -> None:
    """Which CSVs or files the export has, asked in a question of its own beside whether one
    list is among them: both asked (LABELS: two questions), where a list named with the
    export alone asks about that list."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Angepinnte Toots und die Hashtags auf meinem Profil, muss ich das neu machen?",
            {"pinned_posts", "profile"},
        ),
        (
            "die hashtags im profil und die angehefteten beiträge, kommt das mit?",
            {"pinned_posts", "profile"},
        ),
        (
            "Gepinnte Posts und die Hashtags oben im Profil – wie krieg ich die rüber?",
            {"pinned_posts", "profile"},
        ),
        ("meine angepinnten beiträge oben im profil, kommen die mit?", {"pinned_posts"}),
    ],
)
def test_hashtags_in_the_profile_beside_pinned_posts(text: str, subjects: set[str]) -> None:
    """ "Hashtags im Profil" are the profile's featured hashtags: the profile is asked beside
    the pinned posts, where posts pinned "im Profil" only say where they are pinned."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Alias hab ich auf dem neuen gesetzt, was mach ich jetzt auf dem alten?",
        "alias ist auf dem neuen angelegt, was mach ich jetzt auf dem alten?",
        "den alias hab ich gesetzt, was muss ich jetzt beim alten tun?",
        "alias aufm neuen erstellt. was muss ich jetzt auf dem alten tun?",
    ],
)
def test_the_alias_done_what_now_on_the_old_one(text: str) -> None:
    """The alias made on the new account, then what to do now on the old one: the next step,
    starting the move there, not the alias."""
    assert subjects_of(text) == {"move"}
