"""Japanese messages of session 49 (ja-de), classes chosen on rounds 84–85's tuning halves:
thanks for the guidance given in keigo ("ご案内いただき、ありがとうございました", "ご案内
くださり…") is thanks, while "ご案内いただけますか" still asks to be walked through; and a
member's own saved things ("資料として何百件も保存しているので") said after a question ask
nothing of the bot's data erased: "保存している" is the bot's only with whose it is
("ボットが保存している", "保存しているデータ"), or what was given it ("ボットに登録した私の
データ"); and what is to be done on the new account's side ("新アカ側でも何かやることある？")
asks about the alias, with "…それとも古い方だけ？" about the move too. The phrasings are the tuner's own; none is a
row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize("where", ["dm", "followers"])
@pytest.mark.parametrize(
    "text",
    [
        "ご案内いただきありがとうございました",
        "丁寧なご案内ありがとうございました！",
        "分かりやすくご案内いただき、本当に助かりました。ありがとうございます",
        "ご案内くださりありがとうございました",
        "ご丁寧にご案内いただきまして、ありがとうございました",
    ],
)
def test_thanks_for_the_guidance_given(text: str, where: str) -> None:
    assert command_of(text, where) is None


@pytest.mark.parametrize(
    "text",
    [
        "引っ越しの手順をご案内お願いします",
        "お手数ですが、移行の手順を一つずつご案内いただけますでしょうか",
    ],
)
def test_guidance_asked_in_keigo_still_starts(text: str) -> None:
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ブックマークは移せますか。仕事の資料を何百件も保存しているので心配です。", "bookmarks"),
        ("ブックマークは移せますか。何百件も保存しているんです。", "bookmarks"),
        (
            "お気に入りって新しい方に持っていけますか。イラストを千件くらい保存してるんです",
            "boosts_favourites",
        ),
    ],
)
def test_own_saved_things_after_a_question(text: str, subject: str) -> None:
    assert command_of(text, "public") is None
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "ボットが保存しているデータを消して",
        "あなたが保存してる私の情報を削除してください",
        "保存している情報を全部消してほしい",
    ],
)
def test_the_bots_kept_data_erased_still_forgets(text: str) -> None:
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    "text",
    [
        "ボットに登録した私のデータを削除していただけますか",
        "このボットに登録した情報、全部消してもらえる？",
    ],
)
def test_what_was_given_the_bot_erased_forgets(text: str) -> None:
    assert command_of(text, "dm") == "forget"


def test_signing_up_to_the_bot_erases_nothing() -> None:
    assert command_of("このボットに登録するにはどうすればいい？", "public") != "forget"


@pytest.mark.parametrize(
    "text",
    [
        "移行先のアカウントでも何か設定が必要ですか",
        "新しいアカウントの側でやっておく設定ってある？",
    ],
)
def test_the_new_accounts_side_is_the_alias(text: str) -> None:
    assert subjects_of(text) == {"alias"}


@pytest.mark.parametrize(
    "text",
    [
        "新アカ側でも何かやることある？それとも旧アカだけ？",
        "新しいアカウント側で何か設定が必要ですか、それとも古いアカウントだけでいいですか",
        "移行って新しいアカウントの側でも何か設定いる？それとも古い方だけでいいの？",
    ],
)
def test_the_new_side_or_only_the_old_one(text: str) -> None:
    assert subjects_of(text) == {"alias", "move"}
