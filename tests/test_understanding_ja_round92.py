"""Japanese messages of session 52 (ja52), classes chosen on rounds 91's and 87–90's tuning
halves: a deletion said with no word of whose, typed in kana without "を" ("データぜんぶけして"),
with its "全部" put after the verb ("データ消したい ぜんぶ") or with the English verb
("全部deleteしてください"), is the deletion asked about (clarify_delete), as its kanji forms
were; a last sentence that opens with "why" and lost its "?" after a question marked with one
("写真は持っていけないの？どうして") asks why too, beside the question before it; and "何と
表示" (formal "what does it say") is what others see, as "何て表示" was; a claim closed by
"that's fine, right?" in Tosa "えいろ" or western "いいやろ"/"ええやろ" ("自動で移るき、なにもせんで
えいろ？") is put forward for a yes, as "いいでしょ？" was; how to export ("エクスポートのやり
方", one word to the cutter) is the export, beside the import too; and what the bot holds
("ボットがもってる") erased is forget. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of

from bot.understand import understand


@pytest.mark.parametrize("where", ["public", "dm", "move"])
@pytest.mark.parametrize(
    "text",
    [
        "データぜんぶけして",
        "ぜんぶけしたい",
        "データ消したい ぜんぶ",
        "アカウント削除したい ぜんぶ",
        "アカウントけしたい",
        "全部deleteしてください",
        "アカウントをdeleteしたい",
        "データをdeleteして",
    ],
)
def test_a_deletion_in_kana_or_english_is_asked_about(text: str, where: str) -> None:
    assert command_of(text, where) == "clarify_delete"


@pytest.mark.parametrize(
    "text", ["古いアカウントけしたらどうなる", "古いアカウントはけしてもいい？"]
)
def test_deleting_the_old_account_asked_stays_a_question(text: str) -> None:
    assert subjects_of(text) == {"delete_old_account"}


def test_a_why_left_unmarked_after_a_posts_question() -> None:
    assert subjects_of("写真は持っていけないの？どうして") == {"posts", "why_no_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "投稿って移らないの？なんで移らないの",
        "動画は置いていくしかないの？なぜ",
        "イラストって移せないの？？なんで",
        "昔の投稿は消えちゃうの？ どうしてなの",
        "投稿は持っていけないの？どうして",
    ],
)
def test_a_why_left_unmarked_after_a_posts_question_by_the_tables(text: str) -> None:
    """The tables read both; the second opinion as trained at round 91's retirement still
    keeps one of them here, until it is retrained with these phrasings."""
    assert set(understand(text, "ja").subjects) == {"posts", "why_no_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "前のプロフィールには何と出るの？",
        "古いアカウントのページには何と表示されるんですか",
        "旧アカのプロフィール、移行後はなんと表示されますか？",
    ],
)
def test_what_it_says_formally_is_what_others_see(text: str) -> None:
    assert subjects_of(text) == {"what_others_see"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ミュートは自動で移るき、なにもせんでえいろ？", "mutes_move_automatically"),
        ("ミュートは自動で移るから、なにもせんでいいやろ？", "mutes_move_automatically"),
        ("フォローしてる人は自動で移るき、なんもせんでええやろ？", "follows_move_automatically"),
        ("投稿も自動で移るから、何もせんでいいやろ？", "posts_move_automatically"),
        ("ブロックは勝手についてくるき、そのままでえいろ？", "blocks_move_automatically"),
    ],
)
def test_a_claim_closed_by_its_fine_right_is_the_myth(text: str, myth: str) -> None:
    assert myths_of(text) == {myth}


@pytest.mark.parametrize("where", ["public", "dm"])
@pytest.mark.parametrize(
    "text", ["ボットがもってるデータぜんぶけして", "ボットが持ってる私の情報を消してください"]
)
def test_what_the_bot_holds_erased_is_forget(text: str, where: str) -> None:
    """What the bot holds ("ボットがもってる") is its own data, whatever deletion word
    follows: forget, not the deletion asked about."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("エクスポートのやり方を教えて", {"csv_export"}),
        ("エクスポート方法を教えて", {"csv_export"}),
        ("エクスポートのやり方とインポートのやり方を知りたい", {"csv_export", "import"}),
        ("エクスポートの仕方と、インポートの仕方も教えて", {"csv_export", "import"}),
        ("エクスポートする方法とインポートする方法は？", {"csv_export", "import"}),
    ],
)
def test_how_to_export_is_the_export(text: str, subjects: set[str]) -> None:
    """ "エクスポートのやり方" is one word to the cutter (`export_asked` names it), so the
    export is named by it whole, beside the import or alone."""
    assert subjects_of(text) == subjects
