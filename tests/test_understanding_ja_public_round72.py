"""Japanese public questions and myths of session 39 (learn39-jap), chosen on the tuning
halves of rounds 58-71: myths put forward in dialect and learner Japanese, and a reason
told before the question. The phrasings are the tuner's own; none is a row of the
question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "フォロワー たち は もう一度 わたし を フォロー しないと いけない ですか",
        "フォロワー は 自分 で もう一度 フォロー しないと いけない の",
        "フォロワーにまたフォローし直してもらわにゃいけんの？",
        "フォロワーにもっかいフォローしてもらわなくちゃいけないの？",
        "フォロワーにフォローし直してもらわねばならないのですか",
        "フォロワーさんに再フォローしてもらわんといかんの？",
    ],
)
def test_must_forms_put_the_refollow_forward(text: str) -> None:
    """A "must" asked in any register ("しないといけない", learners' spaced
    "しないと いけない", Hiroshima "にゃいけん", "なくちゃ", "ねばならない", Nagoya/Kansai
    "んといかん") takes the refollow for granted: the myth (LABELS.md)."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ミュートしてる人らも自動で移りまっしゃろ？", "mutes_move_automatically"),
        ("アイコンとヘッダーは自動で引き継がれるんでっしゃろ", "avatar_header_transferred"),
        ("フォローしてる人も勝手についてくるんだっしゃろ？", "follows_move_automatically"),
        ("ブロックも自動で移るやんけ", "blocks_move_automatically"),
    ],
)
def test_kansai_tags_that_confirm_a_claim(text: str, myth: str) -> None:
    """Old Kansai "でっしゃろ/だっしゃろ/まっしゃろ" (= でしょう) and "やんけ" (= じゃん) put
    a claim forward to be confirmed; "でっしゃろか" still wonders."""
    assert myths_of(text) == {myth}


def test_kansai_wondering_still_asks() -> None:
    assert subjects_of("フォローしてる人はどうなるんでっしゃろか") == {"follows"}


@pytest.mark.parametrize(
    "text",
    [
        "サーバー閉鎖されるけどフォロワーは移る？",
        "うちのインスタンス閉鎖決定😢 フォロワーさん連れてける？",
        "来月でサーバー終わるんだけどフォロワー移せるの",
        "サーバーがサービス終了するからフォロワー移したい、できる？",
    ],
)
def test_a_closing_told_before_asking_about_followers(text: str) -> None:
    """The server closing is why they ask (LABELS.md: "my server is closing, do my followers
    move?"): the followers are what is asked."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーは勝手についてくる？それと手続き自体はどれくらいかかるの",
        "フォロワーって自動で来る？作業そのものは何分くらいで終わる？",
        "フォロワーは移せるの？あと作業にかかる時間はどのくらい？",
    ],
)
def test_how_long_the_work_itself_takes_beside_the_followers(text: str) -> None:
    """A second question about how long the work or procedure itself takes ("作業",
    "手続き") asks the steps' duration, not how long the followers take to arrive."""
    assert subjects_of(text) == {"followers", "duration"}


@pytest.mark.parametrize(
    "text", ["フォロワーが全部移るまでどのくらいかかる？", "フォロワーの移行にかかる時間は？"]
)
def test_how_long_the_followers_take_is_still_their_timing(text: str) -> None:
    assert subjects_of(text) == {"follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーは何か操作必要？相手から見て何か変わる？",
        "フォロワーは何かする必要ある？向こうから見て何か変わるの？",
        "フォロワー側での操作はいる？相手にはどう見える？",
    ],
)
def test_what_followers_must_do_beside_what_others_see(text: str) -> None:
    """Whether the followers have to do anything on their side ("側で", "操作", "何か
    する必要") is a question about the followers, beside what others see."""
    assert subjects_of(text) == {"followers", "what_others_see"}


def test_followers_who_see_are_only_the_others() -> None:
    assert subjects_of("移行したらフォロワーからはどう見える？") == {"what_others_see"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ブロックって引き継がれる？ミュートも同上", {"blocks", "mutes"}),
        ("・ブロック 自動で移る？\n・ミュート 同上", {"blocks", "mutes"}),
        ("・DM 移る？\n・ブックマーク 同上", {"direct_messages", "bookmarks"}),
        ("・ブックマーク エクスポートできる？\n・リスト 同上", {"bookmarks", "lists"}),
    ],
)
def test_ditto_asks_the_question_before_of_its_item(text: str, subjects: set[str]) -> None:
    """ "同上" (ditto) after an item in a list asks the question before of it too."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    ["昔の写真どうやって残せばいい？", "投稿をどうやって保存すればいい？", "投稿を残す方法は？"],
)
def test_keeping_ones_posts_for_oneself_is_the_archive(text: str) -> None:
    """How to keep or save one's posts and pictures ("残せば", "保存すれば", "残す方法") asks
    for the archive, as downloading them does."""
    assert subjects_of(text) == {"archive"}


@pytest.mark.parametrize("text", ["投稿は残る？", "描いた絵の投稿は保存しておけるの？"])
def test_whether_posts_stay_is_still_about_posts(text: str) -> None:
    assert subjects_of(text) == {"posts"}
