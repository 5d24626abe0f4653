"""Japanese classes of session 37 (learn37ja), chosen on the tuning halves of rounds
58-68 and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of
the question sets. Round 68's writers wrote dialects (Kagoshima, Shizuoka, Kanazawa,
Tsugaru, Kobe, Tosa, Niigata), a night nurse, a Brazilian-Japanese worker, a Chinese
learner and a web-novel author: the classes are how such writers end and negate their
sentences (tags asking to confirm, western "-ん" and northern "-ね" negatives, "-ちょる"
progressives, voiced northern kana, why-words) and how a step is supposed rather than
reported ("作成したら…"), not any one row's words."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ブロックも自動で移るずら？", "blocks_move_automatically"),
        ("ミュートは一緒に移るだら", "mutes_move_automatically"),
        ("フォローしてる人も勝手に移るんだら？", "follows_move_automatically"),
        ("フォローしてる人も自動で移るだっぺ？", "follows_move_automatically"),
        ("ミュートも勝手に移るべ？", "mutes_move_automatically"),
        ("ブロックも自動で引き継がれるんべ？", "blocks_move_automatically"),
        ("投稿も全部移るんだべさ", "posts_move_automatically"),
    ],
)
def test_eastern_and_central_tags_confirm_a_claim(text: str, myth: str) -> None:
    """Shizuoka and Mikawa "ずら", "移るだら/移るんだら", Ibaraki "だっぺ", northern "移るべ"
    and "だべさ", Gunma "んべ" ask to confirm what they state, as "でしょ" does: the myth.
    "選んだら" (if I choose) and "移るべき" (should move) are no tags."""
    assert myths_of(text) == {myth}


def test_should_i_move_with_other_verbs() -> None:
    """ "移るべき", "移行すべき": should I move at all."""
    assert subjects_of("この鯖から移るべきかな？") == {"whether_to_move"}
    assert subjects_of("ぶっちゃけ移行すべき？") == {"whether_to_move"}


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("エイリアスを登録したら、旧アカウントのほうはどうなりますか", "alias", "old_account"),
        ("このボタン押したら、フォロワーさんはすぐこっちに来る？", "move", "follower_timing"),
        ("ここで実行したら、前のアカウントってどうなっちゃうの", "move", "old_account"),
    ],
)
def test_a_step_supposed_is_no_report(text: str, where: str, subject: str) -> None:
    """The conditional "-たら" ("作成したら", "押したら") supposes the step done to ask what
    follows: a question, not the step reported done."""
    assert subjects_of(text, where) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("設定できたら教えるね", "alias"),
        ("全部落とせたら連絡します", "export"),
        ("押し終わったら報告します", "move"),
    ],
)
def test_once_done_i_will_tell_you_is_not_yet(text: str, where: str) -> None:
    """ "できたら教えるね": the member will say when it is done; not done yet."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("まだ押しちょらん", "move", "not_yet"),
        ("エイリアスはまだ作っちょらんき", "alias", "not_yet"),
        ("アーカイブまだ頼んじょらん", "archive", "not_yet"),
        ("このぼっと なにでぎるんだ", "public", "help"),
    ],
)
def test_western_progressive_and_northern_voicing_at_steps(
    text: str, where: str, command: str
) -> None:
    """Tosa and Yamaguchi "-ちょる/-ちょらん/-じょらん" (= ている/ていない); Tsugaru voiced
    "でぎる" (= できる)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("なんごて投稿は新しか方に持っていけんと？", "why_no_posts"),
        ("なして投稿は新しい方さ移せねの？", "why_no_posts"),
        ("前のさーばー なぐなってしまったけど ふぉろわー取り戻せねべか", "old_server_gone"),
        ("ブックマークって新しい方に移せんの？", "bookmarks"),
    ],
)
def test_dialect_negatives_and_why_words(text: str, subject: str) -> None:
    """Kyushu and western potential negatives "-ん" ("持っていけん", "移せん"; Tokyo's
    "移せんの" is "移せるの"), northern "-ね" ("移せね") and voiced "なぐなる"; why-words
    "なんごて" (Kagoshima), "なして" (north)."""
    assert subjects_of(text) == {subject}


def test_a_kansai_potential_negative_is_no_claim() -> None:
    """ "持っていかれへん" (= 持っていけない) denies; beside a why it asks why."""
    got = read_row({"text": "投稿ってなんで持っていかれへんの", "where": "public"})
    assert got.understanding.kind == "question"
    assert got.understanding.subjects == ["why_no_posts"]


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("前のアカウントの設定でエイリアス登録するずら？", "alias_on_old_account"),
        ("旧アカの設定画面でエイリアスを作るんだよね", "alias_on_old_account"),
        ("エクスポートしたCSVに投稿も入ってるんだら？", "export_csv_of_posts"),
    ],
)
def test_where_the_claim_is_made_and_a_progressive_tag(text: str, myth: str) -> None:
    """ "旧アカの設定(画面)で" is on the old account; "入ってるんだら" is "入っているんでしょ"
    (the contraction "てる" first, then the tag)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ハンドルってなに？", "ask_new_handle"),
        ("アドレスってどれのことですか", "ask_new_handle"),
        ("前のアカウントのアドレスって何のこと？", "ask_old_handle"),
        ("もうちょっと詳しく教えて", "export"),
    ],
)
def test_what_is_this_at_a_step_asks_how(text: str, where: str) -> None:
    """ "ってなに", "どれのこと", "何のこと", "もう少し詳しく" about what the step asks for:
    how to do the step."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("フォロワー移すボタンってどこ？", "public", "move"),
        ("フォロワーを移す操作はどこからやればいいの", "public", "move"),
        ("フォロワー ウツス ボタン ドコ?", "public", "move"),
        ("新しい鯖まだ決まってないんだけど、どこがいいかな", "ask_new_handle", "choose_server"),
        ("新しいサーバーどこがよかろうか", "public", "choose_server"),
        ("押した後でも古いアカウントでエクスポートってできる？", "move", "old_account"),
    ],
)
def test_the_button_the_server_and_the_old_account_after(
    text: str, where: str, subject: str
) -> None:
    """The button or operation that moves the followers is the move; "鯖どこがいい", a
    server not yet decided, is choosing one; exporting on the old account after the move
    asks what the old account can still do."""
    assert subjects_of(text, where) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [("やっぱ最初っからにして", "import"), ("もう一回はじめっからやりたい", "dm")],
)
def test_from_the_very_start_spoken(text: str, where: str) -> None:
    """Spoken "最初っから"/"はじめっから" (= 最初から), and "最初からにして": start over."""
    assert command_of(text, where) == "restart"


def test_cannot_go_on_is_no_skip() -> None:
    """ "先に進めません" (cannot go on) tells a problem; "先に進みます" goes on (skip)."""
    assert command_of("変なメッセージが出て先に進めません", "move") is None
    assert command_of("先に進みます", "archive") == "skip"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("初心者なんですが投稿は移せますか", "posts"),
        ("学生なんですけど、ブックマークって移る？", "bookmarks"),
        ("なんですぐフォロワーが来ないの？", "follower_timing"),
    ],
)
def test_nan_desu_is_no_why(text: str, subject: str) -> None:
    """ "Xなんですが/なんですけど" (it is that I am X) opens a story: no "なんで" (why) in it;
    "なんですぐ…" is still "なんで すぐ" (why not at once)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("押したら30日間は他の鯖に移れないってこと？", "move", "cooldown"),
        ("following.csv入れるときMergeとOverwriteどっちにすればいい？", "public", "import"),
        ("移行に要する時間を教えてください", "public", "duration"),
        ("移行後のユーザーIDってどうなりますか", "public", "username"),
        ("プロフィールの写真は自分で入れ直し？", "public", "profile"),
        ("新しいアカウントはどこで作ったらいいの", "ask_new_handle", "choose_server"),
    ],
)
def test_a_count_of_days_the_import_modes_and_keigo_time(
    text: str, where: str, subject: str
) -> None:
    """ "30日間" (the cooldown), Merge/Overwrite chosen with a list named (the import),
    "要する時間" (how long), "ユーザーID" in Latin letters, the profile's photo (no post),
    where to make the new account (a server to choose)."""
    assert subjects_of(text, where) == {subject}


def test_the_icon_beside_pinned_posts_is_asked_too() -> None:
    """The profile only says where pinned posts show ("プロフィールに固定…"); the icon
    named beside them is asked as well."""
    assert subjects_of("固定投稿とアイコンってどうなる？") == {"pinned_posts", "profile"}
    assert subjects_of("プロフィールに固定してる投稿は移る？") == {"pinned_posts"}


def test_english_autocorrected_hashtags() -> None:
    """A mend of the retrain's drift (English): phone autocorrect's "hashbrowns" for
    "hashtags" ("do the hashbrowns i follow come with me") are the followed hashtags."""
    assert subjects_of("do the hashbrowns i follow come with me") == {"followed_hashtags"}
