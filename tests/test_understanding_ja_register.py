"""Japanese in every register: keigo and formal kanji spellings (御, 有難う),
casual greetings and thanks, conditional claims, and which subject a sentence asks about.

Each case stands for a class of phrasing the tables missed; the phrasings are the tuner's
own (not rows of the question sets)."""

from __future__ import annotations

import pytest

from bot.interpret import read


def reading_of(text: str, where: str = "public"):
    return read(text, where=where, locale="ja")


@pytest.mark.parametrize(
    "text",
    [
        "ご丁寧にご回答下さり、誠に有難う御座います。",
        "御親切に有難うございました",
        "御礼申し上げます",
        "あざまる〜",
        "助かった！",
    ],
)
def test_thanks_in_any_register(text: str) -> None:
    assert reading_of(text).understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text", ["やっほー", "ヤッホー！", "おっす〜", "こんちわ！", "よろしくお願いします！"]
)
def test_casual_greetings(text: str) -> None:
    assert reading_of(text).understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # keigo asks
        ("エイリアスの作り方についてお伺いしたく存じます", ["alias"]),
        ("CSVを新しいアカウントへ取り込む手順をご教示頂けますでしょうか", ["import"]),
        ("新しいサーバーに於いても引続きフォローした状態となりますか", ["follows"]),
        # a new account named is no fresh start; starting over with one is
        ("移行後、フォロー中の人は新規アカウントでもそのままですか", ["follows"]),
        ("引っ越すより新規アカウントで始めたほうが楽？", ["whether_to_move"]),
        # the import verb in any form, with a how-word beside the item
        ("フォローリストのCSVを新アカで読み込む手順が知りたい", ["import"]),
        ("フォローリストを新アカへ取り込む手順を知りたい", ["import"]),
        # pinned posts are shown on the profile: the profile only says where
        ("プロフィールに固定してある投稿は、新しいプロフィールにも出ますか", ["pinned_posts"]),
    ],
)
def test_the_asked_subject_in_formal_or_long_phrasings(text: str, subjects: list[str]) -> None:
    reading = reading_of(text)
    assert (reading.command, reading.understanding.subjects) == (None, subjects)


def test_how_the_move_is_going_said_as_its_condition() -> None:
    assert reading_of("followerの移行具合どう？", where="dm").command == "progress"
    assert reading_of("引っ越しの調子はどうですか").understanding.subjects == ["move_progress"]


def test_a_claim_after_a_conditional_clause_is_a_myth() -> None:
    reading = reading_of("バックアップを新アカでインポートすれば、過去のトゥートも全部戻せますよね")
    assert reading.understanding.kind == "myth"
    assert reading.understanding.myths == ["posts_can_be_imported"]


@pytest.mark.parametrize(
    ("text", "where"),
    [("profile updateしたよ！", "profile"), ("プロフィール更新しました", "profile")],
)
def test_a_short_report_of_the_step_did_it(text: str, where: str) -> None:
    assert reading_of(text, where=where).command == "done"


def test_a_ka_inside_a_word_asks_nothing() -> None:
    """ "わかりました" is cut わ|か|り|ました: its "か" is no question, so the story sentence
    before the question names nothing asked."""
    reading = reading_of("リストの件はわかりました。ブックマークはどうなりますか")
    assert reading.understanding.subjects == ["bookmarks"]
    assert reading_of("すっかり忘れてたけど、ミュートは移る？").understanding.subjects == ["mutes"]


def test_lost_said_in_kana_is_the_lists_myth() -> None:
    reading = reading_of("引っ越すとリストが全部なくなるってブログに書いてあった")
    assert (reading.understanding.kind, reading.understanding.myths) == (
        "myth",
        ["lists_cannot_transfer"],
    )


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a polite preamble's "ご連絡" is no mail reaching the old account
        ("突然のご連絡で恐縮ですがエイリアスの作成方法を教えていただけますか", ["alias"]),
        # "一から知りたい" is from the beginning, not a fresh start
        ("引っ越しの手順を一から教えてほしいです", ["move"]),
        # which account does what, to move the followers: the alias and the move
        ("フォロワーを移すには、新旧どっちのアカウントで何をするんですか", ["alias", "move"]),
        # the closing is the story; how to move is asked
        ("サーバーが閉鎖されることになりました。移行手順を教えてください", ["move"]),
    ],
)
def test_preambles_and_stories_give_way_to_the_question(text: str, subjects: list[str]) -> None:
    assert sorted(reading_of(text).understanding.subjects) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("えっと、今なにやってるとこだっけ", "import", "status"),
        ("このサーバーを出て別のところに行きます", "choose_direction", "away"),
        ("englishで話してもらえますか", "dm", "language:en"),
    ],
)
def test_commands_said_around_the_step(text: str, where: str, command: str) -> None:
    assert reading_of(text, where=where).command == command


def test_two_days_is_the_archive_myth_only_beside_the_archive() -> None:
    assert reading_of(
        "エクスポートしたファイルは2日以内に落とさないと消されるらしい"
    ).understanding.myths == ["download_within_48_hours"]
    story = reading_of("引っ越して2日経つのにフォロワーが半分しか来てない")
    assert (story.understanding.kind, story.understanding.subjects) == (
        "question",
        ["follower_timing"],
    )


def test_thousands_of_follows_ask_the_follow_limit() -> None:
    assert reading_of("フォロー数千人いるけど全部インポートできる？").understanding.subjects == [
        "follow_limit"
    ]


def test_slang_in_hiragana() -> None:
    assert reading_of("ぶくまは？").understanding.subjects == ["bookmarks"]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("移行ボタンぽちりました", "move", "done"),
        ("このステップはパスしたいです", "profile", "skip"),
        ("リマインドはもういらないかな", "dm", "stop"),
        ("旧アカのアドレスってどこに入力すればいい？", "alias", "how"),
    ],
)
def test_step_words_in_slang_and_plain_talk(text: str, where: str, command: str) -> None:
    assert reading_of(text, where=where).command == command


def test_the_question_after_a_story_clause_wins() -> None:
    """Japanese asks mid-clause ("ブックマークはどうなるんでしょう"): どうなる, でしょう ask
    wherever they stand, so the story's items give way."""
    reading = reading_of(
        "ミュートとかブロックは自分でやり直すつもりだけど、リストはどうなるんでしょう"
    )
    assert reading.understanding.subjects == ["lists"]
    reading = reading_of(
        "CSVは全部落とせました。これを新しいアカウントに入れるにはどうしたらいい？"
    )
    assert reading.understanding.subjects == ["import"]


def test_a_count_in_the_thousands_right_after_japanese() -> None:
    """ "フォロー9000人": the digits follow a katakana letter, which the count pattern took
    for a word going on; the thousands then ask the follow limit."""
    reading = reading_of("フォロー9000人いるんだけどインポートで全部入る？")
    assert reading.understanding.subjects == ["follow_limit"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # everyday metaphors and rarer words for the move's things
        ("引っ越したら消えちゃうものってある？", ["overview"]),
        ("アカウントの住所変更ってどうやるの", ["move"]),
        ("新しい住処をどこにするかで悩んでます", ["choose_server"]),
        ("思い出のトゥートを全部保管しておきたい", ["archive"]),
        ("引っ越しの知らせって相手に飛ぶの？", ["notifications"]),
        ("ついてきてくれてる人たちはそのまま？", ["followers"]),
    ],
)
def test_everyday_words_for_the_move(text: str, subjects: list[str]) -> None:
    assert reading_of(text).understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # "どのような扱い" alone is no old account: the locked account is what is asked
        (
            "鍵アカウントの場合、フォロワーの引き継ぎはどのような扱いになりますか",
            ["locked_account"],
        ),
        # how long to wait after the alias is the duration
        ("エイリアスの作成後、どのくらい待てば旧アカから移れる？", ["duration"]),
        # a server one can no longer connect to is gone
        (
            "前のサーバーにもう接続できないんですが、フォロワーを移す方法はありますか",
            ["old_server_gone"],
        ),
        # spoken "どうなんの" is "どうなるの"
        ("旧垢ってさ、引っ越ししたらどうなんの", ["old_account"]),
    ],
)
def test_formal_and_spoken_round_seven_classes(text: str, subjects: list[str]) -> None:
    assert reading_of(text).understanding.subjects == subjects


def test_polite_help_and_a_later_time_at_a_step() -> None:
    assert reading_of("こちらではどのようなことをお願いできますか", where="dm").command == "help"
    assert reading_of("また今度やる", where="export").command == "not_yet"
