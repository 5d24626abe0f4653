"""Japanese messages of session 53 (ja53), classes chosen on rounds 80–93's tuning halves:
a walkthrough asked for with the manner said before "教えて" ("最初から", "一から", "一緒に":
"引っ越しのやり方を最初から教えてください", "移行のやり方を一緒に教えてもらえますか") is a
request to be walked through (start), as "順番に教えてください" was, not a question about
moving; a first message to the bot said as a hello ("初めてメッセージ送ります") greets; and a
question offering both ways whose second way is closed by a tag asking to confirm it
("自動で移るの？それとも自分でやるんでしょ？") asks which, no claim; an English plural
("mutesも", "blocks 同上") joins as its Japanese word does; asking which or where the posts'
CSV is ("投稿のCSVはどこ？見つからない") is the CSV-of-posts myth, at the export step too; and
"…でいいね" (it's fine, right) is no like; a claim closed by casual "よな" is put forward for a
yes, as one closed by "よね"; a domain alone (the server's address) is no domain block; a plan mused on ("移ろうかなと")
asks nothing; and how to take the people followed along ("連れていくには") is the import; posts that come back from the uploaded zip ("投稿戻る？") are
no moving back; and the posts' CSV imported as "それ" after the claim ("それを新しいアカウントに
インポート") states the import claim too; "そして" adds a question as "あと" does; "可否"
(whether possible) asks in a headline list of topics. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize("where", ["public", "dm"])
@pytest.mark.parametrize(
    "text",
    [
        "引っ越しのやり方を最初から教えてください",
        "移行の手順、一から一緒に教えてもらえる？",
        "引っ越しのやり方を一緒に教えてほしい",
        "最初から一緒に教えてくれませんか",
        "移行のやり方を一緒に教えてもらえますか",
        "アカウントの移行、いっしょに教えてください",
    ],
)
def test_a_walkthrough_asked_with_its_manner_before_teach_starts(text: str, where: str) -> None:
    assert command_of(text, where) == "start"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("投稿が移らない理由を一から教えてください", {"why_no_posts"}),
        ("エイリアスのこと最初から教えて", {"alias"}),
    ],
)
def test_a_subject_explained_from_the_start_stays_a_question(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize("where", ["public", "dm"])
@pytest.mark.parametrize(
    "text",
    [
        "こんにちは、初めてメッセージします",
        "こんばんは。初めてメッセージ送ります、よろしくお願いします",
        "はじめてメッセージ送らせてもらいます",
        "突然のメッセージ失礼します",
    ],
)
def test_a_first_message_to_the_bot_greets(text: str, where: str) -> None:
    """Saying it is one's first message to the bot is a hello, as a first post
    ("はじめましての投稿") is: no question about DMs."""
    assert read_row({"text": text, "where": where}).understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("突然のメッセージ失礼します。フォロワーは移りますか？", {"followers"}),
        ("初めてメッセージします。DMは新しいアカウントに移りますか？", {"direct_messages"}),
    ],
)
def test_a_question_after_a_first_message_hello_is_asked(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("自己紹介は勝手にコピーされる？それとも手で書くよね？", {"profile"}),
        ("ヘッダー画像って自動で移るの？それとも自分で上げ直しだよね？", {"profile"}),
        ("表示名は引き継がれるの？それとも手動でしょ？", {"profile"}),
        ("プロフィールって自動でコピーされる？それとも自分で設定するでしょ？", {"profile"}),
        ("フォローしてる人は自動で移る？それとも自分でインポートだよね？", {"follows"}),
        ("ブックマークって勝手に移るの？それとも手動だよね？", {"bookmarks"}),
    ],
)
def test_both_ways_offered_with_a_tag_on_the_second_ask(text: str, subjects: set[str]) -> None:
    """A question offering both ways asks which (LABELS.md), though a tag asking to confirm
    closes its second way ("…それとも自分でやるんでしょ？"): the tag confirms no claim."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ミュートリストは自動で移るの？それとも自分でインポートでしょ？", ["mutes"]),
        ("ブロックは自動でついてくるの？それとも手動だよね？", ["blocks"]),
    ],
)
def test_both_ways_offered_with_a_tag_on_the_second_read_whole(
    text: str, subjects: list[str]
) -> None:
    """Both ways offered with a tag on the second ask, read whole (the second opinion
    retrained on these phrasings at session 53's end: before it, only the tables read them
    so, and the model read the myth)."""
    got = read_row({"text": text, "where": "public"})
    assert (got.understanding.kind, got.understanding.subjects) == ("question", subjects)


def test_a_claim_closed_by_a_tag_stays_the_myth() -> None:
    assert myths_of("ミュートは自動で移るんでしょ？") == {"mutes_move_automatically"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("・blocks 移る？\n・mutes 同上", {"blocks", "mutes"}),
        ("・mutes 自動で移る？\n・domain blocks 同上", {"mutes", "domain_blocks"}),
        ("投稿は移せないし、boostsも消えるの？", {"posts", "boosts_favourites"}),
        ("リストは移る？あとmutesも", {"lists", "mutes"}),
        ("followsは移る？blocksも", {"follows", "blocks"}),
    ],
)
def test_an_english_plural_joins_as_its_japanese_word(text: str, subjects: set[str]) -> None:
    """An English plural in Japanese ("mutes", "blocks") is the Japanese word: its "s" is
    no word between the name and "も" or "同上" (the question before asked of it too)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize("where", ["export", "public"])
@pytest.mark.parametrize(
    "text",
    [
        "投稿のCSVはどこ？見つからない",
        "投稿のcsvはどのファイル？わからない",
        "投稿が入ってるCSVはどれ？見当たらないんだけど",
        "CSVのどこに投稿がある？",
    ],
)
def test_which_or_where_the_posts_csv_is_puts_the_claim_forward(text: str, where: str) -> None:
    """Asking which file or where the posts' CSV is takes it for granted (LABELS.md: the
    myth), at the export step too, where "can't find it" after it is no `how`."""
    assert myths_of(text, where) == {"export_csv_of_posts"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("リストは勝手に移るから何もしなくていいね", {"lists"}),
        ("ブックマークは自動で来るけん、何もせんでええね", {"bookmarks"}),
        ("プロフィールはそのままでいいね？", {"profile"}),
    ],
)
def test_its_fine_right_is_no_like(text: str, subjects: set[str]) -> None:
    """ "…ていいね"/"…でいいね" (it's fine, right) closes what is said: no "いいね" (a like)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text", ["いいねは移る？", "ブーストといいねは消える？", "いいねの数はどうなる？"]
)
def test_a_like_is_still_a_like(text: str) -> None:
    assert subjects_of(text) == {"boosts_favourites"}


@pytest.mark.parametrize(
    ("text", "subjects", "myth"),
    [
        (
            "エイリアス作ったし、もうフォロワー移ってきてるよな？",
            ["alias"],
            "alias_starts_transfer",
        ),
        (
            "エイリアス設定したからもうフォロワー移り始めてるよな？",
            ["alias"],
            "alias_starts_transfer",
        ),
        ("ミュートは自動で移るよな？", ["mutes"], "mutes_move_automatically"),
        ("プロフィールは自動でコピーされるよな？", ["profile"], "name_bio_copied"),
        ("ブロックも勝手に移るよなあ？", ["blocks"], "blocks_move_automatically"),
        ("フォローしてる人も自動でついてくるよな？", ["follows"], "follows_move_automatically"),
    ],
)
def test_a_claim_closed_by_yona_is_the_myth(text: str, subjects: list[str], myth: str) -> None:
    """Casual "よな" ("…移り始めてるよな？") asks to confirm the claim as "よね" does, read
    whole (the second opinion retrained on these at session 53's end)."""
    got = read_row({"text": text, "where": "public"})
    assert (got.understanding.kind, got.understanding.subjects, got.understanding.myths) == (
        "myth",
        subjects,
        [myth],
    )


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("サーバーのドメインが来月切れるんだけど、どうしたらいい？", {"server_closing"}),
        ("ユーザー名@ドメインの形で入力すればいい？", {"username"}),
        ("ドメインをブロックしてるんだけど移せる？", {"domain_blocks"}),
        ("ブロックしてるドメインってどうなる？", {"domain_blocks"}),
        ("ドメイン単位で弾いてるのは移る？", {"domain_blocks"}),
    ],
)
def test_a_domain_alone_is_no_domain_block(text: str, subjects: set[str]) -> None:
    """A domain alone is the server's address ("ドメインが切れる", "@ドメイン"); a block or
    hide word beside it makes it the domain blocks."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("日本人が多いサーバーに移ろうかなと思ってて。ブックマークってどうなる？", {"bookmarks"}),
        ("絵描きさんが多いサーバーに行こうかなと。フォロワーは移る？", {"followers"}),
        ("音楽好きが多いサーバーに移ろうかなって。ミュートは引き継げる？", {"mutes"}),
        ("新しいサーバーに移ろうかなと思うんだけど、どこがいいかな？", {"choose_server"}),
    ],
)
def test_a_plan_mused_on_asks_nothing(text: str, subjects: set[str]) -> None:
    """A plan mused on ("…に移ろうかなと", "行こうかなって") tells why they ask: its "かな"
    asks nothing, so the server it names is no server asked for."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "サーバーが閉鎖するので、フォローしている方々を連れていくにはどうすればいい？",
        "フォローしてる人たちってどうやって連れていけばいい？",
        "フォロー中の人を連れていくにはどうしたらいいですか",
    ],
)
def test_how_to_take_the_people_followed_along_is_the_import(text: str) -> None:
    """How to take the people one follows along ("連れていくには") is how to import them
    (LABELS.md), as "持っていくには" was; whether they can come stays the follows'."""
    assert subjects_of(text) == {"import"}


def test_whether_the_people_followed_can_come_stays_the_follows() -> None:
    assert subjects_of("フォローしてる人も連れていける？") == {"follows"}


@pytest.mark.parametrize("where", ["download", "public"])
@pytest.mark.parametrize(
    "text",
    [
        "落としたzipを新しい方にアップしたら投稿戻る？",
        "このzipをアップすれば写真も戻る？",
        "zipアップしたら投稿戻る？",
    ],
)
def test_posts_that_come_back_from_the_zip_are_no_move_back(text: str, where: str) -> None:
    """Posts that come back once the archive is uploaded ("アップすれば投稿戻る？") are
    restored (the import myth, LABELS.md), no moving back."""
    got = read_row({"text": text, "where": where}).understanding
    assert (got.kind, got.subjects, got.myths) == ("myth", ["posts"], ["posts_can_be_imported"])


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("前のサーバーに戻りたい", {"move_back"}),
        ("古いアカウントに戻れば投稿見られる？", {"move_back", "posts"}),
    ],
)
def test_moving_back_named_beside_the_posts_stays(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "CSVに投稿入ってるんでしょ？それを新しいアカウントにインポートすればいいよね",
        "CSVに投稿が全部入ってるんだよね。それを新しいサーバーで読み込めばいいんでしょ",
    ],
)
def test_the_posts_csv_then_importing_it_is_both_claims(text: str) -> None:
    """The CSV claimed to hold the posts, then imported as "それ" (it): the import claim
    goes on from the first, both myths stated."""
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "移行したら他の人には前のアカウントどう見えるの？そしてフォロワーにフォローし直してもらわないといけないの？",
        "古いアカウントのページは他の人からどう見えますか？そして、フォロワーはフォローし直す必要がありますか？",
    ],
)
def test_what_others_see_and_then_the_refollow_myth(text: str) -> None:
    """ "そして" (and then) adds a question as "あと" does: what others see is asked beside the
    refollow myth (LABELS.md: both subjects, the myth)."""
    got = read_row({"text": text, "where": "public"}).understanding
    assert (got.kind, set(got.subjects), got.myths) == (
        "myth",
        {"followers", "what_others_see"},
        ["followers_must_refollow"],
    )


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "ブックマーク 移行可否／古いアカウント削除のタイミング",
            {"bookmarks", "delete_old_account"},
        ),
        ("リスト・ミュート 引き継ぎ可否／アーカイブの保存期間", {"lists", "mutes", "archive"}),
        ("フィルター エクスポート可否", {"filters"}),
    ],
)
def test_whether_possible_in_a_headline_asks(text: str, subjects: set[str]) -> None:
    """ "可否" (whether it can be done) asks as a question word does: a headline list of
    topics ("…移行可否／…のタイミング") asks about each, and states no claim."""
    assert subjects_of(text) == subjects
