"""Japanese classes round 16's and 18's tuning rows showed failing at first contact: a step
reported done with a problem after it ("やったけどエラーが出る") asks how, "まあいいや" lets
go (it skips nothing), and dialect forms of a claim ("古か方で作るっちゃろ", "…んちゃうん",
"…やんか") state it. Each case is the tuner's own phrasing, not a row of the question sets,
read at first contact."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of

from bot.walkthrough import says_never_mind


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("やったけどエラーが出る", "alias"),
        ("やってみたけどエラーになる", "alias"),
        ("やったんだけど失敗した", "move"),
        ("やってみたけどうまくいかへん", "import"),
        ("やったけど何も変わらない", "import"),
        ("言われた通りにやったけどエラー出た", "alias"),
        ("入力したけど弾かれる", "alias"),
        ("やりましたがファイルが空です", "export"),
    ],
)
def test_ja_a_step_done_with_a_problem_asks_how(text: str, where: str) -> None:
    """ "やった / やってみた / 入力した" then "けど / が" and what went wrong: tried, and it failed:
    how to do the step, not done."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("やった", "alias", "done"),
        ("やったよ！次は？", "alias", "done"),
        ("やってみたらできた", "import", "done"),
    ],
)
def test_ja_a_step_done_without_a_problem_is_still_done(
    text: str, where: str, command: str
) -> None:
    """The same words without a problem after them still report the step done."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("まあいいや", "alias"),
        ("まぁいいや", "import"),
        ("まあいっか", "export"),
        ("まあいいや", "dm"),
    ],
)
def test_ja_maa_iiya_lets_go_and_skips_nothing(text: str, where: str) -> None:
    """ "まあいいや" ("oh well, never mind") lets go of what the member was saying: no
    order (the "いいや" in it is no "skip this"), the walkthrough's never-mind turn."""
    assert command_of(text, where) is None
    assert says_never_mind(text)


@pytest.mark.parametrize(
    ("text", "where"),
    [("まあいいや、次いこ", "export"), ("まあいいや、これは飛ばそう", "export")],
)
def test_ja_maa_iiya_then_an_order_is_the_order(text: str, where: str) -> None:
    """ "まあいいや" before "次いこ" / "飛ばそう": the skip said after it holds."""
    assert command_of(text, where) == "skip"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("エイリアスって古い方で作るんでしょ？", "alias_on_old_account"),
        ("エイリアスは古か方のアカウントで作るでしょ？", "alias_on_old_account"),
        ("エイリアスって古か方で作るとやろ？", "alias_on_old_account"),
        ("投稿は自動で移るんちゃうん？", "posts_move_automatically"),
        ("ブロックも勝手に移るんやんか", "blocks_move_automatically"),
        ("フォローしてる人は自動で移るんちゃうの？", "follows_move_automatically"),
    ],
)
def test_ja_dialect_claims_are_stated(text: str, myth: str) -> None:
    """Hakata "古か" (古い), "古い方で" (on the old one), Kansai "…んちゃうん / んちゃうの"
    ("isn't it so?") and "…やんか" (じゃん): a claim taken for granted is stated."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("はじめからやりたい", "alias"),
        ("初めからやりたいです", "move"),
        ("はじめからお願いできますか", "import"),
        ("お手数ですが最初からお願いできますか", "move"),
        ("間違えたので、もう一回はじめからやりたい", "ask_new_handle"),
    ],
)
def test_ja_from_the_beginning_wished_or_asked_restarts(text: str, where: str) -> None:
    """ "はじめから / 最初から" with "やりたい" or "お願い(できますか)": start over."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("アーカイブは要りません", "archive"),
        ("CSVは要らないです", "export"),
        ("インポートは結構です", "import"),
        ("ここはスルーで", "alias"),
        ("スルーします", "import"),
        ("このステップは省かせていただきます", "export"),
        ("こちらは割愛します", "profile"),
    ],
)
def test_ja_a_step_declined_in_keigo_or_slang_skips(text: str, where: str) -> None:
    """ "要りません", "Xは結構です", "スルーで", "省かせていただきます", "割愛します": the step is
    declined, politely or casually: skip."""
    assert command_of(text, where) == "skip"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("やめときます", "move", "stop"),
        ("やめときますわ", "alias", "stop"),
        ("もうええわ", "dm", "stop"),
        ("今日はもうやめとく", "export", "stop"),
        ("今日はここまでにします", "import", "stop"),
        ("いったん中止で", "alias", "stop"),
        ("プロフィールは後回しにします", "profile", "not_yet"),
        ("これは今日はやめて明日やる", "export", "not_yet"),
    ],
)
def test_ja_quitting_for_now_stops_and_putting_off_is_not_yet(
    text: str, where: str, command: str
) -> None:
    """ "やめときます(わ)", Kansai "もうええわ", "今日はここまで", "中止で" stop (as "enough for
    today" does); "後回し" and "today no, tomorrow yes" put the step off."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "ブロックとミュート、新しい方にどうやって入れるの",
        "みゅーとした人たち あたらしいほうに どうやっていれるの",
        "ドメインブロックを新しい方にどうやって入れればいい？",
        "ミュートしてる人たちを新しいアカウントに入れるにはどうすればいい？",
        "ブロックしてる人のリストを新しいアカウントにどうやって入れる？",
    ],
)
def test_ja_putting_a_list_into_the_new_account_is_import(text: str) -> None:
    """A list put ("入れる", in kana "いれる") into the new one (新しい方 / あたらしいほう) is
    the import; "…してる人のリスト" is the people of that list, not the lists feature."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("フォロー全部引き継ぎたいんだが", {"follows"}),
        ("フォロー全部引き継ぎたいんやけど", {"follows"}),
        ("ブロックも持っていきたいんやが", {"blocks"}),
    ],
)
def test_ja_a_wish_closed_by_daga_or_kansai_yakedo_asks(text: str, subjects: set[str]) -> None:
    """ "…たいんだが", Kansai "…たいんやけど / たいんやが": a wish that asks how, as
    "…たいんだけど" does; it claims nothing."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("すきっぷ", "alias", "skip"),
        ("すきっぷで", "export", "skip"),
        ("プロフィールいじった", "profile", "done"),
        ("自己紹介更新した", "profile", "done"),
        ("アイコン変更した", "profile", "done"),
        ("エイリアス追加した", "alias", "done"),
    ],
)
def test_ja_kana_skip_and_plain_past_reports(text: str, where: str, command: str) -> None:
    """ "すきっぷ" typed in hiragana is "スキップ"; the step's own subject with a plain past
    ("いじった", "更新した", "変更した", "追加した") reports it done."""
    assert command_of(text, where) == command
