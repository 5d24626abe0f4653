"""Japanese messages of session 46 (ja-de), a class chosen on round 78's tuning half: the
downloaded zip itself taken to the new account ("zip ... 新しい方に/新しいアカウント/新しい
サーバ" with an upload or import word), asked whether or not, puts the claim forward that
posts can be imported (posts_can_be_imported, the posts its subject), at the download step
and in public alike, as German's "das zip ... auf dem neuen konto hochladen"; and a thing
heard of set against another with "は" ("投稿は移らないって聞いたけど、フォロワーは？"): both
asked. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize("where", ["download", "public"])
@pytest.mark.parametrize(
    "text",
    [
        "このzip新しいアカウントにアップロードできる？",
        "zipって新しいサーバーにアップできる？",
        "zipファイルを新しい鯖に読み込ませられる？",
        "ダウンロードしたzipを新しい方にアップロードできるのかな",
    ],
)
def test_the_zip_taken_to_the_new_account_is_the_import_myth(text: str, where: str) -> None:
    assert myths_of(text, where) == {"posts_can_be_imported"}


def test_the_archive_alone_asked_whether_stays_a_question() -> None:
    assert subjects_of("アーカイブを新しいアカウントにインポートできますか") == {"archive"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ブックマークは移せるらしいけど、リストはどうなの？", {"bookmarks", "lists"}),
        ("フォロワーは移るって書いてあったけど、リストは？", {"followers", "lists"}),
        ("投稿は移らないそうですが、フォロワーは？", {"posts", "followers"}),
        (
            "フォロワーは引き継げるって聞いたけど、ブックマークはどうなる？",
            {"followers", "bookmarks"},
        ),
    ],
)
def test_a_thing_heard_of_set_against_another(text: str, subjects: set[str]) -> None:
    """A name before "は" in a clause telling what was heard ("って聞いた", "らしい",
    "書いてあった", "そう"), then a name before "は" asked: the contrast asks both."""
    assert subjects_of(text) == subjects


def test_a_thing_understood_stays_the_story() -> None:
    text = "フォロワーは自動で移るのはわかった、ブロックとミュートはどうなる？"
    assert subjects_of(text) == {"blocks", "mutes"}
