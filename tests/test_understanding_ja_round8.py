"""Japanese classes found with round 8's probes (the tuner's own phrasings, not rows of the
question sets): each case stands for a class of phrasing the tables missed."""

from __future__ import annotations

import pytest

from bot.interpret import read


def subjects_of(text: str, where: str = "public") -> tuple[str | None, list[str]]:
    reading = read(text, where=where, locale="ja")
    return reading.command, reading.understanding.subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # how, where or a wish with the export or import verb: the list only says which file
        ("フォローリストのCSVを取り出したい", "csv_export"),
        ("ミュートとかブロックのCSVってどこでもらえる？", "csv_export"),
        ("ブロックリストをファイルで書き出したい", "csv_export"),
        ("フォローリストを新アカにインポートしたい", "import"),
        ("ブロックリストを取り込む方法を教えてください", "import"),
        ("リストのCSVを新しい鯖で読み込みたい", "import"),
        # whether a list can be exported or imported asks about the list
        ("ミュートってエクスポートできるの？", "mutes"),
        ("リストもインポートできる？", "lists"),
    ],
)
def test_a_list_wanted_as_a_file_is_the_export_or_import(text: str, subject: str) -> None:
    assert subjects_of(text) == (None, [subject])


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # spellings: hiragana and clipped slang for the table's words
        ("おきにいり って ひっこし で きえる？", "boosts_favourites"),
        ("ドメブロってどうなんの", "domain_blocks"),
        ("あっこまに引っ越すのってアリ？", "other_software"),
        # both accounts side by side
        ("新アカと旧アカ、どっちも使っていいの？", "keep_both_accounts"),
        ("しばらく二刀流で運用したいんだけど", "keep_both_accounts"),
        # starting again from nothing instead of moving
        ("引っ越しじゃなくてゼロから始めるのもあり？", "whether_to_move"),
        ("移行と新しく作るの、どちらがおすすめでしょうか", "whether_to_move"),
        # the hashtag named before the follow, and subscribing to tags
        ("ハッシュタグをフォローしていたのは引き継がれる？", "followed_hashtags"),
        ("ハッシュタグの購読は引っ越しで消える？", "followed_hashtags"),
        # every name of the followers-only visibility
        ("フォロ限で書いたやつは引っ越し後どうなる？", "followers_only_posts"),
        ("限定公開の投稿って新しいフォロワーも読める？", "followers_only_posts"),
        # scheduled posts named in loanwords or as a set time
        ("スケジュールしといた投稿は移る？", "scheduled_drafts"),
        # how long the move takes, as time or 'over soon'
        ("引っ越しってすぐ終わる？", "duration"),
        ("引っ越しって丸一日かかる？", "duration"),
        # the followers' wait in the duration table's words is still the followers' timing
        ("フォロワーが移るまでの目安を知りたい", "follower_timing"),
        # followers who never came
        ("移ってこなかったフォロワーがいるのはなぜ", "follower_count_lower"),
        # moving again soon
        ("再移行っていつからできる？", "cooldown"),
        # what visitors of the old profile see
        ("前のプロフ開くと何て出てる？", "what_others_see"),
        ("他の鯖の人から見て引っ越したってわかる？", "what_others_see"),
        # the error in the member's words
        ("このアカウントのエイリアスではないってどういう意味？", "not_an_alias_error"),
        # the old server already closed, or unreachable
        ("元の鯖はもう閉鎖されてしまいました。どうしよう", "old_server_gone"),
    ],
)
def test_everyday_words_for_the_newer_subjects(text: str, subject: str) -> None:
    assert subjects_of(text) == (None, [subject])


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 'both' of two items is no second account (a guard: 両方とも is no keep-both word)
        ("ブロックとミュート、両方とも移る？", ["blocks", "mutes"]),
    ],
)
def test_both_of_two_items_is_not_both_accounts(text: str, subjects: list[str]) -> None:
    assert subjects_of(text) == (None, subjects)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the move refused with an error is the alias error
        ("エラーが出て引っ越しできないんですが", "not_an_alias_error"),
        ("移行の画面で弾かれてしまう", "not_an_alias_error"),
        # a mention to the old account passed on, or messages sent there after the move
        ("古いアカウント宛てのメンションって通知来る？", "old_account_mentions"),
        # no password, said with 'have'
        ("移行の画面でパスワード聞かれたけど持ってないです", "sso_no_password"),
        # why posts stay: 'is it by design'
        ("投稿が移らないのは仕様なの？", "why_no_posts"),
        # posts poured into the new account by some means are the repost tools
        ("昔のトゥートを新アカに流し込みたい", "repost_tools"),
        # posts kept is the archive
        ("自分の投稿を保存できる？", "archive"),
        # a great many follows is the follow limit
        ("大量にフォローしてるけど全部インポートできる？", "follow_limit"),
        # the profile's pictures are the profile, not posts' media
        ("アイコン画像は新しいアカに移る？", "profile"),
        # everyday names: しおり (bookmarks), ダイレクト投稿 (DMs), a locked account as 'locked'
        ("しおり代わりにしてた投稿って移せる？", "bookmarks"),
        ("ダイレクト投稿って移行で消える？", "direct_messages"),
        ("ロックしているアカウントでも引っ越せますか", "locked_account"),
        # a stop announced is the closing; going home is moving back
        ("サーバー停止のお知らせが来た、どうすれば", "server_closing"),
        ("前の鯖に帰れる？", "move_back"),
        # whose notes they are and the address written elsewhere ask nothing of their own
        ("フォローしてる人につけたメモってどうなる？", "private_notes"),
        ("名刺に書いてあるマストドンのアドレスはどうすれば", "external_links"),
    ],
)
def test_the_asked_subject_in_the_members_words(text: str, subject: str) -> None:
    assert subjects_of(text) == (None, [subject])


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("それは次いって", "archive", "skip"),
        ("今は無理かも", "alias", "not_yet"),
        ("設定どこ？", "export", "how"),
        ("引っ越し一緒にやってほしい", "dm", "start"),
        # "手続きしたよ" holds 続きし: a report, not resume
        ("移行の手続きしたよ", "move", "done"),
    ],
)
def test_commands_at_a_step_in_chat_words(text: str, where: str, command: str) -> None:
    assert read(text, where=where, locale="ja").command == command


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # those who follow me, said politely
        ("移転したら、フォローしてくださっている皆さんはどうなりますか", "followers"),
        # half of the followers so far, with no word for them
        ("引っ越して一日たつけどまだ半分しか来てない", "follower_timing"),
        # the alias error: 'something about the alias came up'
        ("移行ボタン押したらエイリアスがどうこうって出た", "not_an_alias_error"),
        # a tool looked for is no claim that posts import, nor a server search
        ("投稿を新アカに復元できるアプリを探してる", "repost_tools"),
        # something shown on the followers' timeline
        ("移行した時、フォロワーのタイムラインに何か出る？", "what_others_see"),
        # a server with many of some people
        ("日本人が多いサーバーってどこ？", "choose_server"),
        # how soon after the alias
        ("エイリアス設定してからどのくらいで移行できる？", "duration"),
        # a tag followed, whichever phrase wins the overlap
        ("タグのフォローも移行されますか", "followed_hashtags"),
    ],
)
def test_more_ways_members_ask(text: str, subject: str) -> None:
    assert subjects_of(text) == (None, [subject])


def test_the_alias_made_on_the_source_account_is_the_myth() -> None:
    got = read("エイリアスは引っ越し元のアカウントで作成するものらしい", locale="ja").understanding
    assert (got.kind, got.myths) == ("myth", ["alias_on_old_account"])
