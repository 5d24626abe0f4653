"""Japanese classes round 21's tuning rows (and rounds 17-19's leftovers) showed failing at
first contact: two things asked side by side where one ("ブースト", "お気に入り") may also
describe posts ("いいねした投稿"); a claim put up for confirmation with "ってほんま/ほんと/
マジ？" or Kansai "…のやろ？"; the bot's data named with the Latin "bot" or "保持"; the
move named by its button or its procedure, and "after the alias?" asking when to move.
Each case is the tuner's own phrasing, not a row of the question sets, read at first
contact."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "投稿は移せないし、ブーストも消えるの？",
        "写真は持っていけないし、いいねも消えちゃうの？",
        "自分の投稿は残るの？ブーストも？",
        "トゥートって全部置いていくん？お気に入りも消える？",
        "過去の投稿は持っていけないし、お気に入りも消えるんか",
        "投稿とブーストって新しい方に移る？",
    ],
)
def test_ja_posts_and_boosts_side_by_side_are_both_asked(text: str) -> None:
    """Posts and boosts named apart (joined by "し", "も", "と" or in two sentences) are
    two things asked; only "いいねした投稿" makes the posts the boosts' own."""
    assert subjects_of(text) == {"posts", "boosts_favourites"}


@pytest.mark.parametrize(
    "text", ["いいねした投稿は移る？", "ブーストした投稿って新しいアカウントでも見られる？"]
)
def test_ja_posts_that_are_boosted_are_the_boosts(text: str) -> None:
    assert subjects_of(text) == {"boosts_favourites"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("リストは移せないってほんま？", "lists_cannot_transfer"),
        ("リストって引き継げないってほんと？", "lists_cannot_transfer"),
        ("投稿って自動で移るってマジ？", "posts_move_automatically"),
        ("ブロックは自動で引き継がれるってホント？", "blocks_move_automatically"),
        ("フォロワーは自分でフォローし直さなあかんのやろ？", "followers_must_refollow"),
        ("アーカイブのリンクって48時間で消えるのやろ？", "download_within_48_hours"),
    ],
)
def test_ja_a_claim_put_up_for_confirmation_states_it(text: str, myth: str) -> None:
    """ "…ってほんま/ほんと/ホント/マジ？" and Kansai "…のやろ？" ask to confirm what is
    said before them: the claim is made ("って本当？" already was)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "このbotが保持してるデータ全部消して",
        "あなたが保持している私のデータを削除してください",
        "botが溜めてる俺のデータ消しといて",
        "このbotのとこにある私のデータ全部消して",
        "botが記録した僕の情報、削除お願い",
        "botが把握してる俺の情報を消去して",
    ],
)
def test_ja_the_data_the_bot_keeps_named_with_bot_is_forget(text: str) -> None:
    """The Latin "bot" (or "あなた") beside a verb of keeping says whose data: forget."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(("text", "command"), [("データを消して", "clarify_delete")])
def test_ja_data_with_no_owner_still_asks_which(text: str, command: str) -> None:
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    "text",
    [
        "フォロワー移動のボタンって、エイリアス作った後に押すの？",
        "引っ越しの開始はエイリアスの前？後？",
        "Move followersはaliasの後？",
        "エイリアスを設定してから引っ越しボタンを押せばいい？",
        "旧アカで引っ越しを始めるのはエイリアスより先？",
        "移行の手続きってエイリアスのあとでやるの？",
    ],
)
def test_ja_when_to_move_after_the_alias_asks_about_the_move(text: str) -> None:
    """The move's button or procedure asked about with the alias as the time ("aliasの後？",
    "エイリアスより先？", "設定してから"): the move is asked, the alias says when."""
    assert subjects_of(text) == {"move"}
