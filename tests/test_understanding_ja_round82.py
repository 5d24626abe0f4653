"""Japanese messages of session 47 (ja-de), classes chosen on rounds 79–81's tuning halves:
the export asked of the lists and the import asked beside it ("ブックマークってエクスポート
できる？あとインポートは…") are the two steps, csv_export and import, the lists only saying
which (the export alone asked of a list stays the list's); and Tohoku's voiced "どご" (どこ)
in "where am I" at a walkthrough step; and what others see asked, then the refollow claim
in a question "あと" adds. The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


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


@pytest.mark.parametrize(
    "text",
    [
        "移行したら相手の画面ではどう表示されるの？あとフォロワーはみんなフォローし直さなきゃいけないんでしょ？",
        "引っ越し後って旧アカはどう見えるんかな。それとフォロワーには全員フォローし直してもらうんだよね？",
        "移ったら他の人からはどう見えるん？あとフォロワーさんは手動でフォローし直しやろ？",
    ],
)
def test_what_others_see_then_the_refollow_claim_added(text: str) -> None:
    """What others see asked, then the refollow claim put forward in a question an adding
    word ("あと", "それと") opens: both asked (LABELS.md), though the what-others-see rule
    takes the followers off as whom others are."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "myth"
    assert set(got.understanding.subjects) == {"what_others_see", "followers"}
    assert set(got.understanding.myths) == {"followers_must_refollow"}
