"""Japanese classes found with round 8's probes (the tuner's own phrasings, not rows of the
question sets): each case stands for a class of phrasing the tables missed."""

from __future__ import annotations

import pytest

from bot.interpret import read


def subjects_of(text: str, where: str = "public") -> tuple[str | None, list[str]]:
    reading = read(text, where=where, locale="ja")
    return reading.command, reading.understanding.subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # how, where or a wish with the export or import verb: the list only says which file
        ("フォローリストのCSVを取り出したい", "csv_export"),
        ("ミュートとかブロックのCSVってどこでもらえる？", "csv_export"),
        ("ブロックリストをファイルで書き出したい", "csv_export"),
        ("フォローリストを新アカにインポートしたい", "import"),
        ("ブロックリストを取り込む方法を教えてください", "import"),
        ("リストのCSVを新しい鯖で読み込みたい", "import"),
        # whether a list can be exported or imported asks about the list
        ("ミュートってエクスポートできるの？", "mutes"),
        ("リストもインポートできる？", "lists"),
    ],
)
def test_a_list_wanted_as_a_file_is_the_export_or_import(text: str, subject: str) -> None:
    assert subjects_of(text) == (None, [subject])
