"""Japanese classes of session 36 (learn36ja), chosen on the tuning halves of rounds
58-67 and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of
the question sets. Round 67's writers wrote dialects (Nagoya, Hiroshima, Kyoto, Okinawa,
Hokkaido), gyaru and VTuber slang, a learner and business email: the classes are how such
writers say things (their function words, endings, greetings and spellings), not any one
row's words."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of, read_row, subjects_of

from bot.interpret import _katakana_spelled


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ヒッコシ スルト トウコウ ハ ドウナリマスカ", "posts"),
        ("前ノ サーバー 消エタ。フォロワー 移セマスカ", "old_server_gone"),
        ("ナニガ ウツッテ ナニガ ノコル ノ", "overview"),
        ("ブックマーク ハ 移ル？", "bookmarks"),
        ("エイリアス ハ ドッチノ アカウント デ ツクル？", "alias"),
    ],
)
def test_japanese_written_in_katakana_is_read_as_kana(text: str, subject: str) -> None:
    """A learner's or telegram-style Japanese, katakana where hiragana belongs ("マエノ
    サーバー キエタ"): its katakana words the tables do not know are read as hiragana
    ("きえた" = 消えた), the loanwords they know stay; answered in Japanese."""
    assert subjects_of(text) == {subject}
    assert first_contact({"text": text})[0] == "ja"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("イマ ドノ ステップ デスカ", "alias", "status"),
        ("イマ ドコマデ ススンダ", "move", "status"),
        ("マダ ヤッテナイ", "alias", "not_yet"),
    ],
)
def test_katakana_step_answers(text: str, where: str, command: str) -> None:
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    ["フォロワー ブロック ミュート", "スキップ", "フォロワーは移りますか", "DMって移る？"],
)
def test_ordinary_katakana_is_kept(text: str) -> None:
    """Loanwords the tables know, or katakana beside hiragana (ordinary Japanese), stay."""
    assert _katakana_spelled(text) is None


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ブロックって自動で引き継がれるじゃーん？", "blocks_move_automatically"),
        ("ミュートも勝手に移るよね〜🫶", "mutes_move_automatically"),
        ("フォローしてる人も自動で移るんでしょ〜？", "follows_move_automatically"),
        ("投稿もぜーんぶ移るんだよね～", "posts_move_automatically"),
    ],
)
def test_a_drawn_out_confirming_ending_still_confirms(text: str, myth: str) -> None:
    """Gyaru and casual writing draws endings out with a wave dash or a long-vowel mark
    ("よね〜", "じゃーん"): the claim is still put forward for a yes, the myth."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "はいさーい！",
        "はいたい〜",
        "やほ〜✨",
        "おっはー☀️",
        "こんちゃ〜",
        "おばんです",
        "めんそーれ",
    ],
)
def test_regional_and_slang_greetings(text: str) -> None:
    """Okinawan はいさい/はいたい/めんそーれ, northern おばんです, gyaru and VTuber やほ/おっはー/
    こんちゃ greet."""
    assert read_row({"text": text, "where": "public"}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "エイリアスの作成が完了いたしましたので、フォロワーの移行は既に始まっているとの"
            "認識でよろしいでしょうか。",
            "alias_starts_transfer",
        ),
        (
            "ブロックリストは自動で移行されると認識しておりますが、正しいでしょうか。",
            "blocks_move_automatically",
        ),
        (
            "ミュートは移行されるとのことですが、相違ございませんでしょうか。",
            "mutes_move_automatically",
        ),
        (
            "表示名や自己紹介は引き継がれるとのことなので、プロフィールの再設定は不要という"
            "理解で合っていますでしょうか。",
            "name_bio_copied",
        ),
    ],
)
def test_business_email_puts_a_claim_forward(text: str, myth: str) -> None:
    """Business Japanese states what it heard ("とのこと", "と認識しております") and asks to
    have it confirmed ("という認識でよろしいでしょうか", "正しいでしょうか"): the myth."""
    assert myths_of(text) == {myth}


def test_a_business_hearsay_of_a_true_thing_is_a_question() -> None:
    assert subjects_of("投稿は移行されないとのことですが、認識に相違ございませんでしょうか。") == {
        "posts"
    }


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("オラ別の鯖さ引っ越してぇんだ、やり方ひとつずつ教えてけろ", "dm", "start"),
        ("もう通知よこさねでけろ", "dm", "stop"),
        ("リマインダーはもう送んねでけろ", "dm", "stop"),
        ("この前の続ぎからやっぺ", "dm", "resume"),
        ("まだ作っとらんがね", "alias", "not_yet"),
        ("まだしとらんよ", "archive", "not_yet"),
        ("まだ押しとらんけぇ", "move", "not_yet"),
        ("フォロワーさんたち、ちゃんと新しい方に来とる？", "dm", "progress"),
    ],
)
def test_dialect_function_words_at_the_steps(text: str, where: str, command: str) -> None:
    """Tohoku "てけろ" (= てください), "ねで" (= ないで), "てぇ" (= たい), "やっぺ" (= やろう)
    and its voiced "続ぎ"; western and Nagoya progressive "-とる/-とらん" (= ている/ていない:
    "来とる", "しとらん", "作っとらん")."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ボタン押させてもらいました", "move"),
        ("エイリアス作らしてもろた", "alias"),
        ("プロフィール直させていただきました", "profile"),
    ],
)
def test_a_humble_report_is_done(text: str, where: str) -> None:
    """Kyoto and business "させてもらいました" / "さしてもろた" / "させていただきました":
    the step was done, humbly told."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "皆さんにもう一回フォローしてもらわなあきまへんの？",
        "みんなにフォローしなおしてもらわんといかんの？",
        "もういっぺんみなさんにフォローしてもらう必要あるん？",
    ],
)
def test_others_following_again_is_the_refollow_myth(text: str) -> None:
    """ "皆さんに…フォローしてもらう": the people asked to follow are the followers; Kyoto
    "なあきまへん", western "んといかん" are "必要" (must)."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "新しいアカウントにしたら、相手の画面にはどう出るんですか",
        "引っ越したら常連さんの画面にはどない出ますの？",
        "移ったらフォロワーの画面に何か出る？",
    ],
)
def test_how_it_shows_on_others_screens(text: str) -> None:
    """ "相手の画面にどう出る": how the move shows to others."""
    assert subjects_of(text) == {"what_others_see"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("これまでの登校って新しいサーバーに移せますか", "posts"),
        ("別のサーバーに以降したいのですが、投降は消えますか", "posts"),
        ("何年分も描いたイラストって新しいほうに持っていけないの？", "posts"),
        ("前いた鯖が急に消えてもうた。フォロワーはもう戻ってこんの？", "old_server_gone"),
        ("旧アカへのmentionって新しいアカに届く？", "old_account_mentions"),
        ("redirectだけってどういうこと？", "redirect_only"),
        ("ブログにはってる旧アカのlinkってどうすればいい", "external_links"),
        ("following_accounts.csv以外にダウンロードしとくべきファイルってある？", "csv_export"),
        ("blocked_accounts.csvのほかにとっておいたほうがいいファイルある？", "csv_export"),
    ],
)
def test_japanese_subject_classes_of_rounds_58_67(text: str, subject: str) -> None:
    """IME slips (登校/投降 for 投稿, 以降 for 移行), illustrations as posts, a server gone
    whose followers do not "come back" (no move back), English words typed in Latin
    letters (mention, redirect, link), and files beside those named (以外に/ほかに)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "全体でどれくらいかかる？あと、引っ越したあと30日は再引っ越しできないって本当？",
            {"duration", "cooldown"},
        ),
        (
            "手順全体で何時間くらいかかりますか？それと、2回目の引っ越しはすぐできますか",
            {"duration", "cooldown"},
        ),
        ("投稿って新しい方に行く？あとブックマークも", {"posts", "bookmarks"}),
        ("トゥートは引き継げる？それとブクマとかは？", {"posts", "bookmarks"}),
    ],
)
def test_a_second_question_keeps_its_subject(text: str, subjects: set[str]) -> None:
    """The whole procedure's time asked beside the cooldown, and bookmarks asked after the
    posts ("あとブクマも"), are both asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("わたくしはこちらのサーバーを去る側でございます", "choose_direction", "away"),
        ("当方はこのサーバーを離れる方です", "choose_direction", "away"),
        ("よそから移ってくる側になります", "choose_direction", "here"),
        ("先月途中で止まったところから続けたいです", "dm", "resume"),
        ("中断したところから再開させてください", "dm", "resume"),
        ("ひとつ前のに戻してほしい", "alias", "back"),
    ],
)
def test_step_words_of_rounds_58_67(text: str, where: str, command: str) -> None:
    """Keigo's "去る側/離れる方" (the one leaving) and "移ってくる側"; going on "from where it
    stopped"; "前のに戻して" (back to the previous one)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("引っ越したらフォロワーに知らせが行く？自分でお知らせ投稿するべき？", "notifications"),
        ("ミュートしたワードって新しい方に移せる？", "filters"),
        (
            "引っ越したあとも古いアカウントにログインして、データのエクスポートってできますか",
            "old_account",
        ),
        (
            "エクスポート画面にフォロワーの行が見当たらない。どのファイルを落とせばいい？",
            "csv_export",
        ),
        ("昔のとうこうを てもとに のこしておきたい", "archive"),
        ("旧アカに来てた通知って引っ越し後も見られるの", "old_account_mentions"),
        ("前のアカウントに届いてた通知は移行後どうなりますか", "old_account_mentions"),
        ("古いプロフィールを開いたら、引っ越し先のことはちゃんと伝わる？", "what_others_see"),
    ],
)
def test_more_subject_classes_of_rounds_58_67(text: str, subject: str) -> None:
    """A post announcing the move is how followers hear of it (no question about posts);
    muted words are the filters; logging in and exporting on the old account after the
    move is the old account; a followers row missing from the export page asks which file;
    "てもと" (手元) in kana keeps the posts at hand, the archive; the notifications that came
    to the old account are its mentions; what visitors of the old profile are told."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "le fichier zip de l'archive, je l'importe comment ?",
        "les fichiers de mon archive, je les importe où ?",
        "les fichiers de mon archive, je l'importe comment sur le nouveau compte ?",
    ],
)
def test_the_archive_file_named_before_asking_where_to_import_it(text: str) -> None:
    """French "le fichier de l'archive, je l'importe où ?": the file named first is part of
    the question after it (fragment_words), and asking where to import it takes for
    granted that it can be, the myth. A mend of this session's retraining (a round 19 row)."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("blocked accounts + muted accounts, do they come with me?", {"blocks", "mutes"}),
        ("my lists + my bookmarks do those move", {"lists", "bookmarks"}),
    ],
)
def test_a_plus_joins_a_list_in_english(text: str, subjects: set[str]) -> None:
    """ "X + Y do they transfer": a spaced "+" is the list's "plus", so both things are
    asked (none dropped as a story's). A mend of this session's retraining, whose model
    dropped one of two subjects so joined in a round 53 row."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "wie hole ich meine gesperrten Domains rüber?",
        "wie krieg ich die blockierten Domains aufs neue Konto rüber",
    ],
)
def test_how_to_bring_the_domain_blocks_over_is_the_import(text: str) -> None:
    """German "wie bring/hol/krieg ich … rüber" of the domain blocks asks how to import
    them, as of the blocks (the Domain blocking list imports too). A mend of this
    session's retraining, which lost the model's reading of a round 49 row so worded."""
    assert subjects_of(text) == {"import"}
