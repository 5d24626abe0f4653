"""Japanese classes of non-standard writing seen failing in rounds 12-14's tuning halves
(Kansai, Hakata and Tohoku forms, net slang, learners and code-switching with English):
each case is the tuner's own phrasing, not a row of the question sets, read at first
contact, so reverting the normalising fix makes it fail."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("おわた", "alias", "done"),
        ("終わた", "import", "done"),
        ("でけた", "profile", "done"),
        ("でけたで", "export", "done"),
        ("ぜんぶでけました", "move", "done"),
    ],
)
def test_ja_slang_and_kansai_done(text: str, where: str, command: str) -> None:
    """Net slang "おわた" (終わった) and Kansai "でけた" (できた) report the step done."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("どげんすると？", "alias", "how"),
        ("これなんばすればよかと", "move", "how"),
        ("わがんね", "import", "how"),
        ("なじょすんの？", "profile", "how"),
        ("具体的になにすればいいの", "export", "how"),
        ("これってどういう作業？", "archive", "how"),
        ("ここは具体的にどうするん", "alias", "how"),
    ],
)
def test_ja_dialect_and_plain_asks_how(text: str, where: str, command: str) -> None:
    """Hakata "どげん" / "なんば…よか", Tohoku "わがんね" / "なじょ" ask how, and so does
    asking what the step concretely involves ("具体的に", "どういう作業")."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("もう送ってこんで", "move", "stop"),
        ("メッセージもう送らんでよか", "dm", "stop"),
        ("DMはもういらんけん", "dm", "stop"),
        ("dmもうええわ", "alias", "stop"),
        ("リマインドもう送ってこんといて", "dm", "stop"),
    ],
)
def test_ja_dialect_stop(text: str, where: str, command: str) -> None:
    """Western "こんで" / "らんで" (こないで / らないで) and the DMs named as what is not
    wanted any more ("DMいらん") ask the bot to stop writing."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("一個前に戻ってくれん？", "profile", "back"),
        ("さっきの手順に戻してくれへん？", "import", "back"),
        ("さっきんとこに戻して", "export", "back"),
        ("前のステップに戻してもらえん？", "alias", "back"),
    ],
)
def test_ja_dialect_requests_to_go_back(text: str, where: str, command: str) -> None:
    """Kansai/Kyushu "くれん？" / "くれへん？" / "もらえん？" are "くれない？" (a request, not a
    question about moving back), and "さっきん" is "さっきの"."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("投稿は新しい鯖に勝手に移るんやろ？", "posts_move_automatically"),
        ("ブロックって自動で引き継がれるんやんな？", "blocks_move_automatically"),
        ("フォローしてる人は勝手にコピーされるっちゃろ？", "follows_move_automatically"),
        ("エイリアスは古いアカウントで作るんだべ？", "alias_on_old_account"),
        ("エイリアスは引っ越し元で作るとやろ？", "alias_on_old_account"),
        ("ミュートも自動で移ったじゃろ？", "mutes_move_automatically"),
    ],
)
def test_ja_dialect_tags_that_confirm_a_claim(text: str, myth: str) -> None:
    """Kansai "やろ？" / "やんな？", Hakata "っちゃろ？" / "とやろ？", Tohoku "だべ？" and
    western "じゃろ？" are "でしょ？" / "よね？": a claim asked to be confirmed is the claim."""
    assert myth in myths_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーはついてきてくれるんやろか",
        "ブクマって持っていけるとやろか",
        "リストは引き継げるんだべか",
    ],
)
def test_ja_dialect_wondering_is_still_a_question(text: str) -> None:
    """ "やろか" / "だべか" wonder ("だろうか"): a question, no claim."""
    assert subjects_of(text)


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("alias作ったらfollowersのmoveがstartするよね", "alias_starts_transfer"),
        ("aliasはold accountで作るんですよね", "alias_on_old_account"),
        ("followsは自動でnew accountにcopyされる", "follows_move_automatically"),
        ("エイリアス作った瞬間にフォロワーのtransferがstartします", "alias_starts_transfer"),
        ("エイリアスを作れば followers はすぐ移動しますね", "alias_starts_transfer"),
    ],
)
def test_ja_claims_with_english_words(text: str, myth: str) -> None:
    """Claims mixing English words ("start", "copy", "old account", "transfer") and
    "フォロワーは移動します" after the alias state the myth as the Japanese words do."""
    assert myth in myths_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "slurpを使えば過去の投稿を新しいアカウントにコピーできるって本当？",
        "MastodonContentMoverで投稿を移せるって聞いたけどほんま？",
        "ツールで昔のトゥートを新垢にコピーできるらしいけど、どうやるの",
        "スクリプトで投稿を新しい鯖に自動で移せるってマジ？",
    ],
)
def test_ja_a_tool_that_copies_posts_is_no_myth(text: str) -> None:
    """A tool that re-posts copies of the posts (repost_tools) is true: no claim that the
    posts move by themselves."""
    assert subjects_of(text) == {"repost_tools"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーが7割くらいしか来てない、引っ越しに対応してないサーバがあるってこと？",
        "一部のフォロワーだけ来ない…未対応の鯖があるから？",
        "移行に対応してないサーバーのフォロワーってどうなるの",
        "半分くらいしか移ってない、非対応のインスタンスのせいかな",
    ],
)
def test_ja_servers_that_do_not_support_the_move_lower_the_count(text: str) -> None:
    """Followers missing because some servers do not support the move is the lower count
    (follower_count_lower), not how long they take."""
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("粉丝は新しいサーバーに自動で来てくれますか", {"followers"}),
        ("关注的人は新しい账号に自动で移りますか", {"follows"}),
        ("嘟文は新しい实例に移せる？", {"posts"}),
        ("屏蔽したアカウントは迁移できますか", {"blocks"}),
        ("书签を新しい实例に移すことはできますか", {"bookmarks"}),
        ("私信は引っ越し先で見られますか", {"direct_messages"}),
        ("别名はどちらの账户で设置しますか", {"alias"}),
    ],
)
def test_ja_chinese_words_carried_over_by_learners(text: str, subjects: set[str]) -> None:
    """Chinese words written by learners (粉丝, 关注, 嘟文, 账号, 屏蔽, 迁移, 书签, 实例, 私信,
    别名, 设置) are the Japanese words they stand for."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "フォロワーは自動でついてくる？それと何日くらいかかる？",
            {"followers", "follower_timing"},
        ),
        (
            "フォロワーって勝手に移るの？移るとしたらどれくらいで？",
            {"followers", "follower_timing"},
        ),
        (
            "ふぉろわーさんは移ってくれる？あと、どのくらい時間かかるん？",
            {"followers", "follower_timing"},
        ),
        (
            "フォロワーさんは放っておいても来る？全員そろうまで何日？",
            {"followers", "follower_timing"},
        ),
    ],
)
def test_ja_whether_followers_come_then_how_long_asks_both(text: str, subjects: set[str]) -> None:
    """Two questions: whether the followers come along, then (in a sentence of its own
    that does not name them again) how long it takes: both subjects, the first is not
    turned into the second."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("stopして", "dm", "stop"),
        ("backして", "import", "back"),
        ("restartでお願い", "alias", "restart"),
        ("finishしました", "profile", "done"),
        ("howするの？", "alias", "how"),
        ("DLしました", "download", "downloaded"),
        ("アーカイブDL済", "download", "done"),
    ],
)
def test_ja_english_command_words_with_japanese_verbs(text: str, where: str, command: str) -> None:
    """An English command word used as a Japanese verb ("stopして", "backして", "DLした")
    is the Japanese word: the command, not an unknown word."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("あとでする", "move", "not_yet"),
        ("明日にする", "alias", "not_yet"),
        ("いまから", "export", "not_yet"),
        ("まだやらない", "import", "not_yet"),
        ("これなに", "archive", "how"),
        ("ちんぷんかんぷん", "alias", "how"),
        ("通知うざい", "dm", "stop"),
        ("とまれ", "dm", "stop"),
        ("引っ越しおねがい", "dm", "start"),
        ("移行のサポートお願いできますか", "dm", "start"),
    ],
)
def test_ja_terse_step_answers_and_commands(text: str, where: str, command: str) -> None:
    """Terse everyday answers: later ("あとでする", "明日にする", "いまから"), lost
    ("これなに", "ちんぷんかんぷん"), fed up ("通知うざい", "とまれ"), and the move asked for
    ("引っ越しおねがい")."""
    assert command_of(text, where) == command
