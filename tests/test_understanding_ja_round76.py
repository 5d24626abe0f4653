"""Japanese messages of session 43 (ja43), classes chosen on round 75's tuning half and the
rows round 75's retraining lost: western and old-Kansai ways of asking not to be sent
anything ("送らんといとくなはれ", "送らんとって", "送らんどいて", Kyushu "送らんごとして",
"連絡せんで", "よこさんといて"), Kansai and casual "ほんで" / "そんで" opening a second
question (the alias, then how long the followers take), which account the followers' move
is done on asked in keigo (the move, not the followers), and "フォロー中のリスト" (the list of
whom one follows: the follows, not Lists). The phrasings are the tuner's own; none is a row
of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("もう送らんといとくれやす", "dm"),
        ("もう連絡せんといとくれ", "import"),
        ("メッセージ送らんとってください", "dm"),
        ("リマインダー送らんとってや", "alias"),
        ("通知送らんどいてんか", "dm"),
        ("リマインダーもう送らないどいて", "dm"),
        ("もう送らんごとしてください", "dm"),
        ("もう連絡せんでください", "dm"),
        ("もうDMよこさんといてな", "dm"),
        ("DMしないでおくんなはれ", "dm"),
    ],
)
def test_dialect_ways_of_asking_not_to_be_sent_anything_are_stop(text: str, where: str) -> None:
    """ "Don't send (me anything)" in the forms western Japan and old Kansai say it: -んといて
    with おく run in ("送らんといとくれ(やす)"), -んとって, -んどいて / -ないどいて (= -ないで
    おいて), Kyushu -んごと(して), "せんで" (= しないで), "よこさんといて", "DMしないで":
    stop, as "送らないで" is."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "エイリアスはどっちのアカウントで作るんや？そんでフォロワーが移るまでどれくらい？",
        "エイリアスは新しい方で作ればええんか？ほんで引っ越したらフォロワーは何日くらいで来るん？",
        "エイリアスってどこで作るん？そんでフォロワーが全部来るまでどのくらいかかるん？",
        "エイリアスって新しい方？ほんでフォロワーが移り終わるまでどんくらいかかるん？",
    ],
)
def test_honde_and_sonde_open_a_second_question(text: str) -> None:
    """Kansai and casual "ほんで" / "そんで" (and then) open a question of its own as "あと"
    does: the alias asked first stays beside how long the followers take."""
    assert subjects_of(text) == {"alias", "follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワー移行の手続きは旧アカウントと新アカウントのどちらで行えばよいですか",
        "フォロワーの移行手続きはどちらのアカウントから実行すればよろしいでしょうか",
        "フォロワーの引っ越しって旧垢と新垢どっちでやるん？",
        "フォロワーの移行はどちらのアカウントから実行すればよろしいでしょうか",
        "お世話になります。フォロワーの移行はどっちのアカウントでやるのでしょうか",
    ],
)
def test_which_account_the_followers_move_is_done_on_is_the_move(text: str) -> None:
    """Which account the followers' move (手続き) is carried out on is the move: where
    "Move followers" is pressed, not what becomes of the followers."""
    assert subjects_of(text) == {"move"}


def test_the_followers_asked_apart_from_which_account_stay() -> None:
    """The followers asked in a question of their own stay beside the move."""
    assert subjects_of("フォロワーは自動で移る？あと移行はどっちのアカウントからやるの？") == {
        "followers",
        "move",
    }


@pytest.mark.parametrize(
    "text",
    [
        "フォロー中のリストは引っ越し先に持っていけますか",
        "フォローのリストって移る？",
        "フォロー中リストも自動で移行されるんでしょうか",
    ],
)
def test_the_list_of_whom_one_follows_is_the_follows(text: str) -> None:
    """ "フォロー中のリスト" (the list of accounts one follows) is the follows, not Lists."""
    assert subjects_of(text) == {"follows"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("もうやめにするわ", "import"),
        ("いったん終わりにさせてください", "dm"),
        ("もうやめっぺ", "move"),
        ("リマインダー切って", "dm"),
        ("リマインダーはオフにしといて", "alias"),
        ("案内はもう要りません", "dm"),
        ("配信やめて", "dm"),
        ("もうええけん", "dm"),
    ],
)
def test_deciding_to_quit_and_switching_reminders_off_are_stop(text: str, where: str) -> None:
    """ "やめにする" / "終わりにさせて" (deciding to quit), Ibaraki and Tohoku "やめっぺ",
    reminders switched off ("リマインダー切って", "オフ"), the guide or the delivery no longer
    wanted ("案内は要りません", "配信やめて") and Hiroshima "もうええけん": stop."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("で、次は？", "alias"),
        ("じゃ、次は？", "export"),
        ("そんで次は？", "import"),
        ("次はどがんすると？", "move"),
        ("あとは待っとけばいいと？", "followers"),
        ("待つだけでよか？", "followers"),
        ("あとは待っとくだけでよか？", "followers"),
    ],
)
def test_and_next_and_only_waiting_now_are_status(text: str, where: str) -> None:
    """ "で、次は？" (and next?) after "で", "じゃ" or "そんで", Saga and Nagasaki "次はどがん"
    (how next), and "just wait now?" in Kyushu and casual forms ("待っとけばいいと", "待つ
    だけでよか"): where am I, what's next."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where", "language"),
    [
        ("返事は英語がええな", "dm", "en"),
        ("フランス語がよか", "dm", "fr"),
        ("ドイツ語でよろしく", "alias", "de"),
        ("スペイン語で頼めます？", "export", "es"),
    ],
)
def test_a_language_wished_for_in_dialect_is_asked_for(
    text: str, where: str, language: str
) -> None:
    """A language's name, then Kansai "がええ" or Kyushu "がよか" (as "英語がいい"), "でよろしく"
    or "で頼め": answer me in it."""
    assert command_of(text, where) == f"language:{language}"
