"""Japanese messages of session 47 (ja-de), classes chosen on rounds 79–81's tuning halves:
the export asked of the lists and the import asked beside it ("ブックマークってエクスポート
できる？あとインポートは…") are the two steps, csv_export and import, the lists only saying
which (the export alone asked of a list stays the list's); and Tohoku's voiced "どご" (どこ)
in "where am I" at a walkthrough step. The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "ミュートとブロックってエクスポートできるの？あとインポートはどこでするの",
        "ブックマークってエクスポートできるん？あとインポートの画面はどこ？",
        "フォローリストってエクスポートできますか。それとインポートの方法も知りたいです",
        "リストとブックマーク、エクスポートできる？あとインポートは統合でいいの？",
    ],
)
def test_the_export_and_the_import_asked_of_the_lists(text: str) -> None:
    assert subjects_of(text) == {"csv_export", "import"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ブックマークってエクスポートできる？", {"bookmarks"}),
        ("CSVをインポートしたい", {"import"}),
    ],
)
def test_the_export_or_the_csv_alone(text: str, subjects: set[str]) -> None:
    """A list's export asked alone is about the list; a CSV in hand taken to the import
    asks the import."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize("where", ["alias", "import", "move"])
@pytest.mark.parametrize(
    "text",
    ["いまどごまで来たっけ", "どごまでやったべ", "今どごまで進んだんだっけ", "いまどごだっけ"],
)
def test_tohoku_where_am_i(text: str, where: str) -> None:
    """Tohoku voices the "こ" of "どこ": "どごまで" is "how far"."""
    assert command_of(text, where) == "status"
