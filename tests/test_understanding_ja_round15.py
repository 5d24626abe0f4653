"""Japanese classes round 15's tuning rows showed failing at first contact: how a sentence
ends decides whether it asks or states (polite "…んでしょうか" asks; casual "…っしょ",
"…じゃん" and a recalled "…んだっけ" state), a "why" inside the sentence asks, and at a
step "what do I do now" is the status and a question ending in "っけ" is no report. Each
case is the tuner's own phrasing, not a row of the question sets, read at first contact."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of, subjects_of

from bot.understand import understand


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ブロックした人たちも自動で新しい方に移るんでしょうか", {"blocks"}),
        ("ミュートって引き継がれるのでしょうか", {"mutes"}),
        ("フォロー中のアカウントも一緒に移るんでしょうか？", {"follows"}),
        ("過去の投稿は新しいアカウントに移行されるんでしょうか", {"posts"}),
        ("アバターやヘッダー画像は自動で引き継がれるんでしょうか", {"profile"}),
        ("表示名と自己紹介もコピーされるのでしょうか…", {"profile"}),
    ],
)
def test_ja_polite_n_deshou_ka_asks(text: str, subjects: set[str]) -> None:
    """ "…んでしょうか" / "…のでしょうか" is the polite question, not the tag "でしょ"
    (the cutter took "んでしょ" and left "う か")."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ブロックは勝手に引き継がれるっしょ？", "blocks_move_automatically"),
        ("フォローしてる人は自動で新垢に移るっしょ", "follows_move_automatically"),
        ("ミュートも一緒に移るじゃん？", "mutes_move_automatically"),
        ("過去の投稿も新しいアカウントに移るっしょ？", "posts_move_automatically"),
        ("アイコンとヘッダーは自動で移るんだよな？", "avatar_header_transferred"),
    ],
)
def test_ja_casual_assertive_endings_state_the_claim(text: str, myth: str) -> None:
    """Casual "っしょ" (でしょ), "じゃん", "だよな" close a statement the member takes for
    granted: the claim is made."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ブロックリストは新しいアカウントにもちゃんと反映されるよね", "blocks_move_automatically"),
        ("フォローしてる人はそのまま新垢に反映されるらしい", "follows_move_automatically"),
        ("ミュート設定は引っ越し先に反映されるっしょ", "mutes_move_automatically"),
    ],
)
def test_ja_reflected_on_the_new_account_is_moving(text: str, myth: str) -> None:
    """A list "反映される" on the new account (applied there) is said to move by itself."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("エクスポートしたCSVって投稿も入ってるんだっけ", "export_csv_of_posts"),
        ("ブロックリストって自動で移るんでしたっけ", "blocks_move_automatically"),
        ("エイリアスって古いアカウントで作るんでしたっけ", "alias_on_old_account"),
        ("フォローしてる人たちって勝手に移行されるんだっけ？", "follows_move_automatically"),
    ],
)
def test_ja_a_recalled_n_dakke_states_the_claim(text: str, myth: str) -> None:
    """ "…んだっけ" / "…んでしたっけ" ("it was so, wasn't it?") recalls a belief: the claim is
    made, as with "よね"."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ブックマークってエクスポートできたっけ", {"bookmarks"}),
        ("エイリアスってどっちのアカウントで作るんでしたっけ", {"alias"}),
        ("フィルターって移せたっけ？", {"filters"}),
    ],
)
def test_ja_dakke_after_can_or_which_still_asks(text: str, subjects: set[str]) -> None:
    """Whether something could be done ("できたっけ") or which one ("どっち…っけ") is asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "投稿のインポートができないのはなんでだよ。ありえない",
        "過去の投稿を持っていけないのはどうしてなの。不便すぎる",
        "投稿をインポートする機能がないのはなぜだ",
        "投稿インポートないのなんで。他のSNSにはあるのに",
    ],
)
def test_ja_why_inside_the_sentence_asks_why_posts_stay(text: str) -> None:
    """ "…のはなぜ / なんで / どうして" asks why, wherever it stands in the sentence; a groan
    after it ("普通あるだろう", "ありえない") states nothing about the posts."""
    assert subjects_of(text) == {"why_no_posts"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("今なにをすればいい？", "download"),
        ("えーと、いま何をやるんでしたっけ", "export"),
        ("で、今何をすればいいんでしたっけ", "alias"),
        ("今なにすればいいんですか", "import"),
        ("次なにをすればいいんでしたっけ", "move"),
    ],
)
def test_ja_what_do_i_do_now_at_a_step_is_status(text: str, where: str) -> None:
    """ "今何をすれば", "何をやるんでしたっけ": where the walkthrough stands and what is next."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("あ、ブックマークってエクスポートできたっけ", "alias", {"bookmarks"}),
        ("そういえばフィルターって移せたっけ", "move", {"filters"}),
        ("ところでミュートって移行できたっけ", "import", {"mutes"}),
        ("ドメインブロックってインポートできたっけ", "followers", {"domain_blocks"}),
    ],
)
def test_ja_a_question_ending_in_kke_at_a_step_is_no_report(
    text: str, where: str, subjects: set[str]
) -> None:
    """ "…できたっけ" asks whether it could be done; the "できた" inside it reports nothing."""
    assert command_of(text, where) is None
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "このbotって誰が作ったの？",
        "このボットの作者は誰ですか",
        "誰がこのボットを開発したんですか",
        "このbot作った人って誰",
    ],
)
def test_ja_who_made_the_bot_is_off_topic(text: str) -> None:
    """Who made the bot is no question about moving and no request for help."""
    reading = first_contact({"text": text})[1]
    assert reading.command is None
    assert reading.understanding.kind == "unknown"


@pytest.mark.parametrize("text", ["このbotって何ができるの？", "このボットの使い方を教えて"])
def test_ja_what_the_bot_can_do_is_still_help(text: str) -> None:
    """What the bot can do, or how to use it, is still help."""
    assert command_of(text, "public") == "help"


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーさんたちは引っ越した後もフォローし続けてくれますか",
        "移行後もフォロワーはフォローしたままになる？",
        "フォロワーの人たち、移転してもフォローを続けてくれるかな",
        "引っ越したらフォロワーにフォロー外されたりしない？",
    ],
)
def test_ja_followers_still_following_is_followers(text: str) -> None:
    """Followers who keep following ("フォローし続けて", "フォローしたまま") are the followers;
    the follow verb is theirs, not the member's follows."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "前のアカウントに話しかけられたら通知来る？",
        "移行後に旧アカウントに誰かが話しかけてきたら気づける？",
        "古いアカウントに話しかけてくる人がいたらどうなるの",
    ],
)
def test_ja_someone_talking_to_the_old_account(text: str) -> None:
    """Someone "話しかけ" (talking to) the old account is a mention of it."""
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("引っ越しどうなった？", "dm"),
        ("移行どうなった？", "followers"),
        ("引っ越しはどうなりました？", "dm"),
    ],
)
def test_ja_how_did_the_move_go_is_progress(text: str, where: str) -> None:
    """ "引っ越し/移行どうなった": how the member's own move went, in a DM or while waiting."""
    assert command_of(text, where) == "progress"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("全部消しといて", "dm", "clarify_delete"),
        ("アカウント消しといて", "dm", "clarify_delete"),
        ("今ちょっと忙しい", "archive", "not_yet"),
        ("いま忙しいからまた後で", "export", "not_yet"),
        ("バタバタしてるので後ほど", "alias", "not_yet"),
    ],
)
def test_ja_casual_orders_and_busy(text: str, where: str, command: str) -> None:
    """Casual "消しといて" (消しておいて) orders the deletion; being busy puts the step off."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("移行元のアカウントって移行後も見られる？", {"old_account"}),
        ("移転元のアカウントはログインできなくなる？", {"old_account"}),
        ("移行元のアカウントは移行したあとどういう扱いになりますか", {"old_account"}),
    ],
)
def test_ja_where_the_move_starts_is_the_old_account(text: str, subjects: set[str]) -> None:
    """ "移行元 / 移転元のアカウント" (the account the move starts from) is the old account:
    in the phrase tables too (the learned second opinion alone read these right)."""
    assert subjects_of(text) == subjects
    assert set(understand(text, "ja").subjects) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "エイリアス作ってすぐ移行したら「エイリアスの設定がされていません」って出た",
        "エイリアス作ってすぐ引っ越そうとしたらエラーになった、なんで？",
        "エイリアス設定してすぐ引き継ぎ押したらエラーで弾かれた",
    ],
)
def test_ja_the_error_right_after_the_alias_is_the_error(text: str) -> None:
    """ "すぐ" says when the error came, not how long anything takes."""
    assert subjects_of(text) == {"not_an_alias_error"}


@pytest.mark.parametrize(
    "text",
    [
        "ブログとかサイトに貼ってる旧アカウントのリンクはそのままでいい？",
        "自分のサイトに載せてるマストドンのURLはどうすれば",
        "名刺やサイトに前のアカウントのアドレス書いてるけど大丈夫？",
    ],
)
def test_ja_a_site_carrying_the_old_address_is_an_external_link(text: str) -> None:
    """A site ("サイト") where the old address is posted is the link elsewhere, not the
    website-or-app question: in the phrase tables too (the second opinion alone read it)."""
    assert subjects_of(text) == {"external_links"}
    assert set(understand(text, "ja").subjects) == {"external_links"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("フォロワー連れていけないなら引っ越す意味ないよね？", {"followers"}),
        ("リストが引き継げないなら引っ越す意味ある？", {"lists"}),
        ("ブックマークが移せないなら移行する意味ないじゃん", {"bookmarks"}),
    ],
)
def test_ja_no_point_moving_without_a_thing_asks_about_the_thing(
    text: str, subjects: set[str]
) -> None:
    """ "Xが…ないなら引っ越す意味ない": whether X comes along is asked; the point of moving
    without it is the reason."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("英語の方がいいです", "dm", "language:en"),
        ("英語がいい", "dm", "language:en"),
        ("フランス語のほうがいいな", "dm", "language:fr"),
        ("戻ってきたよ", "dm", "resume"),
        ("ただいま、続きやろう", "dm", "resume"),
        ("ここに住むことにした", "choose_direction", "here"),
        ("こっちのサーバーに住むつもり", "choose_direction", "here"),
    ],
)
def test_ja_a_language_preferred_being_back_and_settling_here(
    text: str, where: str, command: str
) -> None:
    """ "X語がいい / の方がいい" asks for that language; "戻ってきた" (I'm back) resumes; living
    here from now on answers that the member arrives."""
    assert command_of(text, where) == command
