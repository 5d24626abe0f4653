"""Japanese is written without spaces and in several scripts: how bot/understand.py copes.

Each case stands for a class of spellings, not for one message (the phrasings are the
tuner's own, not rows of the question sets): a phrase written once in
replies/intents/ja.toml must match every way members write the same words.
"""

from __future__ import annotations

import pytest

from bot.interpret import read
from bot.understand import Lexicon, lexicon, understand


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # long-vowel mark dropped (サーバ = サーバー), as many people and older UIs write it
        ("サーバの選び方が分からない", "choose_server"),
        # slang folded to the tables' words: 鯖 / インスタンス = サーバ, 垢 / アカ = アカウント
        ("鯖の選び方が分からない", "choose_server"),
        ("旧垢へのリプは届く？", "old_account_mentions"),
        # spoken contraction: してる = している
        ("フォローしてるハッシュタグは引き継がれる？", "followed_hashtags"),
        # kanji and kana spellings of one verb: 引越し / お引越し / ひっこし = 引っ越し
        ("お引越しのやり方", "move"),
        ("ひっこしのやり方", "move"),
        # トゥート / ポスト = 投稿, and the posts a subject is made of are not a second subject
        ("固定したトゥートはどうなる", "pinned_posts"),
        ("いいねしたポストって移せる？", "boosts_favourites"),
        # common misspellings and kana for kanji: フォローワー, エリアス, うつる = 移る
        ("フォローワーはうつる？", "followers"),
        ("エリアスってどこで作る？", "alias"),
    ],
)
def test_every_spelling_of_a_word_reads_alike(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "移ります" is cut whole; the phrase "ハッシュタグ .. 移" matches its stem
        ("ハッシュタグは移りますか？", "followed_hashtags"),
        # "届かない" is cut whole; "メンション .. 届" matches its stem
        ("メンションは届かないの？", "old_account_mentions"),
    ],
)
def test_a_phrase_matches_a_word_with_any_kana_ending(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


def test_a_stem_never_stands_for_a_word_of_kana_alone() -> None:
    lex = lexicon("ja")
    assert "引っ越" in lex._stems("引っ越せ")
    assert lex._stems("かもしれない") == frozenset()  # no "か" (a question word) in it


def test_a_statement_with_kara_is_not_read_as_a_question() -> None:
    # "から" (because) must not be cut into the question particle "か" and "ら".
    got = understand("ミュートも自動で移行されるから大丈夫", "ja")
    assert (got.kind, got.myths) == ("myth", ["mutes_move_automatically"])


def test_a_variant_whose_target_folds_further_is_refused() -> None:
    lex = lexicon("ja")
    with pytest.raises(ValueError, match="folded further"):
        lex._compile_variants({"鯖": "サーバー", "サーバー": "サーバ"})
    assert isinstance(lex, Lexicon)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("あなたが保存してる私のデータを消して", "forget"),  # says whose data: this bot's
        ("delete my data you stored", "forget"),
        ("私のデータを消して", "clarify_delete"),  # whose? the bot must ask
        ("delete my data", "clarify_delete"),
    ],
)
def test_delete_is_ambiguous_only_until_the_message_says_whose_data(
    text: str, command: str
) -> None:
    assert read(text, where="dm", locale="ja").command == command


@pytest.mark.parametrize(
    "text",
    [
        "フォローしてるアカウントの一覧を持っていきたい",  # a wish
        "ブロックって自動で引き継がれるの",  # asked without "?"
    ],
)
def test_a_message_ending_as_a_wish_or_question_states_no_myth(text: str) -> None:
    assert understand(text, "ja").kind == "question"


def test_an_at_sign_before_japanese_is_no_handle() -> None:
    # "@の後ろのID" is the part after the @, not a mention to strip with the rest.
    assert understand("@の後ろのIDって引き継げる？", "ja").subjects == ["username"]


def test_a_command_phrase_is_found_inside_a_longer_one() -> None:
    # "このボット" (which data: the bot's) must not hide "ボットが持って" (forget).
    assert read("このボットが持ってる私の情報を削除して", where="dm", locale="ja").command == (
        "forget"
    )


def test_at_a_step_a_question_without_a_question_mark_is_still_asked() -> None:
    # "…作るんですか" asks (no "?" needed in Japanese): answered, not taken for "not yet".
    text = "まだやってないけど、エイリアスって新しいアカウントで作るんですか"
    got = read(text, where="alias", locale="ja")
    assert (got.command, got.understanding.subjects) == (None, ["alias"])


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("おっけー！", "profile", "done"),
        ("今やってるところ", "export", "not_yet"),
        ("これはパスで", "archive", "skip"),
        ("今どの段階？", "alias", "status"),
        ("ここを離れます", "choose_direction", "away"),
    ],
)
def test_short_chat_answers_at_a_step(text: str, where: str, command: str) -> None:
    assert read(text, where=where, locale="ja").command == command


def test_a_statement_ending_in_mono_is_no_question() -> None:
    # "…するもの" ends in の but states: the "の" that asks never follows も.
    got = understand("エイリアスは旧アカウント側で設定するもの", "ja")
    assert (got.kind, got.myths) == ("myth", ["alias_on_old_account"])


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # loanwords typed in hiragana are the katakana words (kana_loanwords, 4 kana up)
        ("ぶろっくしたひとってどうなるの", "blocks"),
        ("みゅーと してた あかうんと は うつる？", "mutes"),
        ("ぶっくまーく は どうなるの", "bookmarks"),
        ("ふぃるたー は うつる？", "filters"),
        # English terms inside Japanese
        ("blockしたアカウントって新しい鯖に持っていける？", "blocks"),
        ("muteしてる人たちは引っ越し先でも有効？", "mutes"),
        ("usernameって変わる？", "username"),
        # kana for kanji words, and katakana typos
        ("ひっこし ぜんぶで どれくらい じかん かかるの", "duration"),
        ("エイリアルの作り方", "alias"),
    ],
)
def test_loanwords_english_terms_and_kana_spellings_read_as_the_table_words(
    text: str, subject: str
) -> None:
    assert understand(text, "ja").subjects == [subject]


def test_a_short_loanword_in_hiragana_is_not_found_inside_ordinary_kana() -> None:
    # "サイト" in hiragana would hide in "くださいと"; only 4 kana and up are folded
    assert "website_vs_app" not in understand("削除してくださいと言われた", "ja").subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the thing named is asked; a closing server or the move is only the story
        ("鯖が閉鎖されるのでブックマークを全部残しておきたい、どうすれば？", "bookmarks"),
        ("ミュートしてる人たちって移行のときどうなるの？", "mutes"),
        ("エイリアスも作って移行も始めたのにフォロワーがまだ半分しか来ない", "follower_timing"),
        # future closing is server_closing, a past one the old server gone
        ("うちの鯖、来月なくなるらしいんだけど何すればいい？", "server_closing"),
        ("前のサーバ、もう閉鎖されちゃった", "old_server_gone"),
    ],
)
def test_the_subject_asked_about_wins_over_the_story(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


@pytest.mark.parametrize(
    ("text", "kind", "myths"),
    [
        # casual statements ending in んだよね / んですよね state the myth
        ("エイリアス作ったらフォロワーが自動で移るんだよね", "myth", ["alias_starts_transfer"]),
        ("旧アカのほうでエイリアス作るんですよね", "myth", ["alias_on_old_account"]),
    ],
)
def test_casual_statements_of_a_myth_are_the_myth(text: str, kind: str, myths: list[str]) -> None:
    got = understand(text, "ja")
    assert (got.kind, got.myths) == (kind, myths)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ちょっとまってね", "import", "not_yet"),
        ("エクスポートしたよ", "export", "done"),
        ("さっきのとこに戻りたい", "alias", "back"),
        ("しばらくメッセージ止めてほしい", "dm", "stop"),
        ("続きやろう", "dm", "resume"),
    ],
)
def test_commands_in_chat_words_at_a_step(text: str, where: str, command: str) -> None:
    assert read(text, where=where, locale="ja").command == command


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("旧アカのプロフィールには何て表示されるの？", "what_others_see"),
        ("旧サーバーにアクセスできなくなった", "old_server_gone"),
        ("ドメイン単位でブロックしたのは？", "domain_blocks"),
    ],
)
def test_more_ways_to_say_a_newer_subject(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


def test_a_problem_reported_at_a_step_is_asked_not_answered() -> None:
    # "してない" alone would be "not yet"; "…んですが、…止まってます" reports a problem
    text = "Google連携でログインしてるのでパスワードを設定してないんですが、画面で止まってます"
    got = read(text, where="move", locale="ja")
    assert got.command is None
    assert got.understanding is not None
    assert got.understanding.subjects == ["sso_no_password"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("一回引っ越したら次はいつ引っ越せるの", "cooldown"),
        ("フォロワーの人に何か連絡が行く？", "notifications"),
        ("引っ越したことって他の人からわかるの？", "what_others_see"),
        ("前のアカウント消しちゃってもフォロワーは大丈夫？", "delete_old_account"),
        ("引っ越し後の旧アカってどういう状態になるの", "old_account"),
    ],
)
def test_the_question_not_the_words_of_the_story(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("新しいほうで別名つくったよ", "alias", "done"),
        ("プロフィールは自分でやるのでとばします", "profile", "skip"),
        ("ここから出ていきたい", "choose_direction", "away"),
        ("引っ越しの手伝いお願いできますか", "dm", "start"),
        ("どんなことができるの？", "dm", "help"),
    ],
)
def test_more_chat_words_for_commands(text: str, where: str, command: str) -> None:
    assert read(text, where=where, locale="ja").command == command


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a dash after katakana is the long-vowel mark
        ("ア－カイブってどこ", "archive"),
        ("インポ-トのやり方", "import"),
        # katakana misspellings
        ("フォロアーって移る？", "followers"),
        ("ミユートしたひとは移る？", "mutes"),
    ],
)
def test_dashes_and_misspelt_katakana(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("どんくらいかかる？", "duration"),
        ("自分のデータ全部ダウンロードしたい", "archive"),
    ],
)
def test_spoken_how_long_and_downloading_everything(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # a how-to ask is no wish to start, even with "移りたい" in it
        ("別の鯖に移りたいんだけど、引っ越しの画面にはどうやって行けばいいの", "public", None),
        ("もう一回引っ越したいのにクールダウンって出る。何日待てばいいの", "public", None),
        ("ひっこし てつだって", "dm", "start"),
        ("アカウント消したいんだけど", "dm", "clarify_delete"),
    ],
)
def test_how_to_asks_wishes_and_ambiguous_deletes(
    text: str, where: str, command: str | None
) -> None:
    assert read(text, where=where, locale="ja").command == command


def test_the_follows_list_as_a_file_is_the_export() -> None:
    assert understand("フォロー中の人の一覧をファイルでほしい", "ja").subjects == ["csv_export"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # formal register: どのような扱い, どの程度の時間を要する
        ("移行後、旧アカウントはどのような扱いになりますか", "old_account"),
        ("完了までにどの程度の時間を要しますか", "duration"),
    ],
)
def test_formal_register(text: str, subject: str) -> None:
    assert understand(text, "ja").subjects == [subject]


@pytest.mark.parametrize("text", ["やめる", "もうやめる", "やめとく", "やめるわ"])
@pytest.mark.parametrize("where", ["dm", "alias"])
def test_quitting_said_plainly_is_stop(text: str, where: str) -> None:
    """The plain form "やめる" (I'll quit) as well as the polite "やめます": a member who
    wants the messages to end is not told "I don't know that one"."""
    assert read(text, where=where, locale="ja").command == "stop"


@pytest.mark.parametrize("old", ["元のアカウント", "前のアカウント", "以前のアカウント", "元の垢"])
def test_the_old_account_written_any_way_reads_as_one_account(old: str) -> None:
    # 元の / 前の / 以前のアカウント fold to 古いアカウント as 旧アカウント does: the same
    # question gets the same reading ("resume" and the posts were read for 元のアカウント).
    asked = read(f"{old}で投稿を再開してもいい？", where="followers", locale="ja")
    assert asked.command is None
    assert asked.understanding.subjects == ["old_account"]
    stated = read(f"{old}にエイリアスを作るんだよね", where="public", locale="ja")
    assert stated.understanding.myths == ["alias_on_old_account"]


def test_an_account_of_the_same_name_is_no_old_account() -> None:
    # 名前のアカウント holds 前のアカウント: it is kept whole, not folded.
    got = read("新しいサーバで同じ名前のアカウントを作れる？", where="public", locale="ja")
    assert got.understanding.subjects == ["username"]
