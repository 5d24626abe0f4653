"""Japanese messages of session 50 (ja-de), classes chosen on round 87's tuning half: a
question closed by Hokkaido and Tohoku "べ" after a question word wonders, as "でしょ" does
("フォローしてる人らはどうなるべ"): no claim put forward; "…もどうなる" is "も" then "どう"
(the spelling folds leave "戻う", no form of 戻る), so the thing named before it is asked
about; and bookmarks asked apart after the posts ("投稿は移りますか。ブックマークは？") are a
second thing asked, not what the posts are. And in a DM, left by session 49 on round 77, a
pause for today with going on later asked for ("今日はここまでにして、また明日続きからお願い
できますか") resumes: it is no order to stop writing; and the move named right before how
long it takes ("ひっこし どれくらい じかん かかる？ フォロワー すぐ くる？", session 49's
"spaced hiragana" row of round 83) asks its duration beside the followers' time; and the bot's data erased, asked in public
as a polite request ("このボットに登録した私の情報を消していただけますか", round 84), is
still the order to forget. The phrasings are the tuner's own;
none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("投稿は持っていける？フォローはどうなるべ", {"posts", "follows"}),
        ("写真は新しい方さ持っていけるんかい？ブロックはどうなるべ", {"posts", "blocks"}),
        ("投稿は移せるべか。あとミュートしてる人らはどうなるべ", {"posts", "mutes"}),
        ("リストはどうなるべ", {"lists"}),
    ],
)
def test_be_after_a_question_word_wonders(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("投稿は移る？あとフォローもどうなる", {"posts", "follows"}),
        ("写真は持っていけるんかい？あとフォローしてる人らもどうなるべ", {"posts", "follows"}),
        ("ブロックって移せる？ミュートもどうなるの", {"blocks", "mutes"}),
        ("リストもどうなりますか", {"lists"}),
    ],
)
def test_mo_then_dou_asks_about_the_thing_before(text: str, subjects: set[str]) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "投稿は持っていける？あとブックマークはどうなる",
        "投稿は移りますか。ブックマークはどうなりますか。",
        "投稿は移せないって本当？ブクマって持っていける？",
        "過去の投稿は新しい方に出ますか。また、ブックマークは移せますか。",
    ],
)
def test_bookmarks_asked_apart_after_the_posts(text: str) -> None:
    assert subjects_of(text) == {"posts", "bookmarks"}


def test_bookmarked_posts_stay_the_bookmarks() -> None:
    assert subjects_of("ブックマークした投稿は移る？") == {"bookmarks"}


@pytest.mark.parametrize(
    "text",
    [
        "今日はここまでで、明日続きからお願いできる？",
        "仕事なので今日はここまで。明日また続きからやってもらえますか",
        "今日はここまでにして、週末に続きからお願いできますか",
        "ご飯の時間なので今日はここまでにして、また明日続きからでいいですか？",
    ],
)
def test_a_pause_with_going_on_asked_in_a_dm_resumes(text: str) -> None:
    """In a DM, a pause for today with going on later asked for is no order to stop
    writing to the member (stop opts them out): going on is asked."""
    assert command_of(text, "dm") == "resume"


@pytest.mark.parametrize(
    "text", ["今日はここまでにします", "リマインダーは止めて。続きは自分でやります"]
)
def test_a_pause_alone_still_stops_in_a_dm(text: str) -> None:
    assert command_of(text, "dm") == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "ひっこし どれくらい じかん かかる？ フォロワー すぐ くる？",
        "ひっこしどれくらいじかんかかる？フォロワーすぐくる？",
        "引っ越しにどれくらい時間かかる？フォロワーはすぐ来る？",
        "引っ越しってどのくらいかかる？フォロワーはいつ来る？",
    ],
)
def test_the_moves_own_time_beside_the_followers(text: str) -> None:
    """The move named right before how long it takes asks its duration, beside the
    followers' time."""
    assert subjects_of(text) == {"duration", "follower_timing"}


def test_the_followers_time_after_the_move_stays_theirs() -> None:
    assert subjects_of("引っ越ししたらフォロワーはどれくらいで来る？") == {"follower_timing"}


@pytest.mark.parametrize(
    "text",
    [
        "このボットに登録した私の情報を消していただけますか",
        "ボットが保存している私のデータを削除してもらえますか",
        "このボットに保存された私の情報を消してもらえますか？",
    ],
)
def test_the_bots_data_erased_asked_politely_in_public_forgets(text: str) -> None:
    """A privacy order asked as a polite request in public is still that order."""
    assert command_of(text, "public") == "forget"


def test_deleting_the_old_account_asked_how_stays_a_question() -> None:
    assert subjects_of("古いアカウントはどうやって削除できますか") == {"delete_old_account"}
