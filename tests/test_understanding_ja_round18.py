"""Japanese classes round 16's and 18's tuning rows showed failing at first contact: a step
reported done with a problem after it ("やったけどエラーが出る") asks how, "まあいいや" lets
go (it skips nothing), and dialect forms of a claim ("古か方で作るっちゃろ", "…んちゃうん",
"…やんか") state it. Each case is the tuner's own phrasing, not a row of the question sets,
read at first contact."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of

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
