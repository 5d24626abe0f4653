"""Japanese DMs and walkthrough-step messages of session 42 (ja-steps), classes chosen on
the commands and step answers round 74 read worst: blunt or dialect orders to stop and the
words of cancelling a service ("やめれ", "だまれ", "キャンセル", "配信停止"), keigo and plain
ways to end the guide ("案内を終了してください", "終わりにします"), "is that all, anything
else to do?" and Kansai "次どないする" (where am I, what's next), keigo and slang for "I don't
get it" ("ご教示ください", "意味不明", "なんのこっちゃ"), polite declines and Kansai "-へん"
negatives at a step ("見送ります", "遠慮します", "いりまへん", "できてへん"), and a language
asked for as a wish ("日本語希望"). The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("やめてくれ", "dm"),
        ("やめれ", "dm"),
        ("やめちくり", "alias"),
        ("だまれ", "dm"),
        ("うっさい", "dm"),
        ("しつこい", "dm"),
        ("もう黙ってて", "export"),
        ("もうええて", "dm"),
    ],
)
def test_blunt_and_dialect_orders_to_stop(text: str, where: str) -> None:
    """Hokkaido "やめれ", slang "やめちくり", "だまれ", "うっさい", "しつこい" (shut up, you
    nag) and Kansai "もうええて" (enough): stop messaging me, as "うるさい" does."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("キャンセル", "dm"),
        ("キャンセルで", "alias"),
        ("キャンセルしたい", "dm"),
        ("配信停止", "dm"),
        ("配信解除お願いします", "dm"),
        ("案内を終了してください", "dm"),
        ("今日はこれで終わりにします", "profile"),
        ("もうやめてもらえますか", "dm"),
        ("もう話しかけないで", "dm"),
        ("もうメッセージ送ってこなくて結構です", "dm"),
        ("しばらくそっとしといて", "dm"),
    ],
)
def test_cancelling_and_ending_the_guide_is_stop(text: str, where: str) -> None:
    """The words of a service cancelled or unsubscribed ("キャンセル", "配信停止", "配信解除")
    and the guide ended, asked politely or not ("案内を終了", "終わりにします", "やめてもらえ
    ますか", "送ってこなくて結構です"): stop, as English "cancel", "unsubscribe", "end"."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("他にやることある？", "followers"),
        ("ほかにすることは？", "followers"),
        ("あとは待つだけ？", "followers"),
        ("これで全部？", "import"),
        ("これで終わりですか", "followers"),
        ("次はどないしたらええの", "export"),
        ("次どないすんねん", "alias"),
        ("次はどうすればいいですか", "alias"),
        ("次のステップは何ですか", "dm"),
        ("次の手順は？", "dm"),
        ("現在地", "dm"),
        ("現状は？", "dm"),
    ],
)
def test_is_that_all_and_whats_next_are_status(text: str, where: str) -> None:
    """ "Anything else to do / is that all / only waiting now?" and "what next" in Kansai
    ("次どない") or keigo ("次のステップは何ですか"), "現在地" / "現状は": where am I, what's
    next, not the step done or a question."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("方法をご教示ください", "alias"),
        ("ご教示いただけますでしょうか", "alias"),
        ("手順を詳しくお願いします", "alias"),
        ("意味不明", "alias"),
        ("なんのこっちゃ", "move"),
        ("どがんすればよか", "alias"),
        ("どうすっぺ", "alias"),
        ("どういう形式で？", "ask_new_handle"),
        ("どんな形式で書けばいい", "ask_new_handle"),
    ],
)
def test_keigo_slang_and_dialect_how(text: str, where: str) -> None:
    """Business keigo "ご教示ください" (please instruct me), "詳しくお願いします", slang "意味
    不明", "なんのこっちゃ" (what on earth), Kyushu "どがんすれば" and Tohoku "どうすっぺ" (how
    do I), and "in what form?" at a handle: how, about the step itself."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("今回は見送ります", "profile", "skip"),
        ("見送りで", "archive", "skip"),
        ("遠慮しときます", "profile", "skip"),
        ("遠慮します", "export", "skip"),
        ("結構です", "profile", "skip"),
        ("必要ありません", "profile", "skip"),
        ("いりまへん", "profile", "skip"),
        ("そんなん要らへんわ", "export", "skip"),
        ("やらんでええ", "profile", "skip"),
        ("飛ばそう", "profile", "skip"),
        ("パスパス", "export", "skip"),
        ("できてへん", "alias", "not_yet"),
        ("まだでけてへん", "import", "not_yet"),
        ("完璧", "export", "done"),
        ("対応済みです", "alias", "done"),
        ("やったずら", "export", "done"),
    ],
)
def test_polite_declines_kansai_negatives_and_reports(text: str, where: str, command: str) -> None:
    """A polite decline ("見送ります", "遠慮します", "結構です", "必要ありません") and Kansai
    "いりまへん" / "要らへん" / "やらんでええ" skip; Kansai "-てへん" (haven't) is not yet;
    "完璧", business "対応済み" and Shizuoka "やったずら" report the step done."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("日本語希望", "dm"),
        ("日本語希望です", "alias"),
        ("日本語おなしゃす", "dm"),
        ("日本語しか読めないです", "alias"),
    ],
)
def test_japanese_wished_for_is_a_language_request(text: str, where: str) -> None:
    """A language wished for ("日本語希望") or begged in slang ("おなしゃす"), or the only
    one read: answer in Japanese."""
    assert command_of(text, where) == "language:ja"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("英語希望", "dm", "language:en"),
        ("ドイツ語希望です", "alias", "language:de"),
        ("フランス語希望", "dm", "language:fr"),
    ],
)
def test_any_language_wished_for(text: str, where: str, command: str) -> None:
    """ "X語希望" (X wished for), the way a form or a profile asks for a language: a request
    for it, as "X語お願い" is."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("あとやることは？", "followers"),
        ("まだやることある？", "followers"),
        ("残りのステップは？", "dm"),
        ("残りの手順おしえて", "dm"),
        ("やることリスト見せて", "dm"),
        ("今なにしとるとこ？", "dm"),
        ("何処まで進んだ？", "dm"),
        ("ステータス確認", "dm"),
    ],
)
def test_whats_left_and_where_am_i_are_status(text: str, where: str) -> None:
    """What is left to do ("あとやること", "残りのステップ", "やることリスト"), western "何
    しとるとこ" (what am I in the middle of) and "何処まで" in kanji: status, even with the
    not-yet word "まだ" in "まだやることある？"."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("もう勘弁して", "dm"),
        ("勘弁してくれや", "dm"),
        ("いいかげんにしてよ", "dm"),
        ("ええかげんにせえ", "dm"),
        ("もうたくさん", "dm"),
        ("構わないでください", "dm"),
        ("お断りします", "dm"),
        ("もう送るな", "dm"),
        ("DM送ってくんな", "dm"),
        ("通知すんな", "dm"),
        ("おしまい", "dm"),
    ],
)
def test_exasperation_refusal_and_the_prohibitive_are_stop(text: str, where: str) -> None:
    """Exasperation ("勘弁して", "いい加減にして", Kansai "ええかげんにせえ", "もうたくさん"),
    a refusal ("お断りします", "構わないで"), the prohibitive "-な" ("送るな", "送ってくん
    な", "通知すんな") and "おしまい" (that's the end): stop messaging me."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("リマインダー解除", "dm"),
        ("通知解除して", "dm"),
        ("リマインダー解除で", "alias"),
        ("もうメッセいらん", "dm"),
        ("通知いらんけん", "dm"),
        ("今日はこのへんで", "alias"),
        ("今日はこの辺にしときます", "profile"),
    ],
)
def test_reminders_cancelled_or_left_for_today_are_stop(text: str, where: str) -> None:
    """Reminders or notices "解除" (cancelled, as a subscription is) or western "いらん" (not
    wanted), and "今日はこのへんで" (that's it for today): stop, not a question about
    notifications or a skip."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ここで行き詰まってる", "move", "how"),
        ("ハマってます", "alias", "how"),
        ("つまずいてる", "export", "how"),
        ("うまくいかない", "alias", "how"),
        ("うまくできないです", "import", "how"),
        ("全然増えん", "followers", "not_yet"),
        ("フォロワー増えへん", "followers", "not_yet"),
    ],
)
def test_stuck_is_how_and_no_more_followers_is_not_yet(text: str, where: str, command: str) -> None:
    """Stuck ("行き詰まって", "ハマって", "つまずいて", "うまくいかない") at a step is how, as
    English "I'm stuck"; western "増えん" / Kansai "増えへん" (not going up) at followers is
    not yet, as "増えとらん"."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("かたづいた", "export", "done"),
        ("片付いたよ", "profile", "done"),
        ("未了です", "alias", "not_yet"),
        ("未実行", "move", "not_yet"),
        ("しばし待たれよ", "alias", "not_yet"),
        ("暫し待たれよ", "profile", "not_yet"),
    ],
)
def test_cleared_away_done_and_forms_and_archaic_not_yet(
    text: str, where: str, command: str
) -> None:
    """ "片付いた" (cleared away) reports the step done; forms Japanese "未了" / "未実行" (not
    yet finished / run) and the archaic "待たれよ" (wait, sir) put it off."""
    assert command_of(text, where) == command
