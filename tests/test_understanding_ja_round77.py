"""Japanese messages of session 44 (ja-de), classes chosen on round 76's tuning half: the
followers asked to follow "again" with "また" (also in romaji), how to bring a list along
("どうやって持ってく": its import), the days left before a closing ("あと何日あるか") as the
closing's time rather than the move's, and the verb "メモる" (jotting down oneself) apart
from the private notes. The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーみんなまたフォローしないとだめですか？",
        "引っ越したらフォロワーさん全員にまたフォローしてもらう必要ある？",
        "フォロワーはまたフォローしなきゃだめ？",
        "followers minna mata follow shinai to dame?",
        "follower no hito tachi ni mata follow shite morawanai to ikenai no?",
    ],
)
def test_followers_following_again_with_mata_is_the_refollow_myth(text: str) -> None:
    """ "またフォロー" (follow again) said of the followers, as "もう一度フォロー", put forward
    as what must be done: the myth that they have to follow the new account by hand."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "リストはどうやって持ってくの？",
        "ブロックしてる人ってどうやって持っていけばいい？",
        "ミュートはどうやって新しい方に持ってくん？",
        "ブックマークとリストってどうやって持ってけばいいの？",
        "フォローしてる人はどうやったら新しい方に持っていける？",
        "ブロックリストを持っていくにはどうすればいいですか",
    ],
)
def test_how_to_bring_a_list_along_is_the_import(text: str) -> None:
    """How to bring a list along ("どうやって持ってく", "持っていくにはどうすれば") is how to
    import it (LABELS.md); whether it can be brought stays the list's own question."""
    assert subjects_of(text) == {"import"}


def test_whether_a_list_can_be_brought_stays_the_list() -> None:
    assert subjects_of("リストは持っていける？") == {"lists"}


@pytest.mark.parametrize(
    "text",
    [
        "鯖が閉じるまでに何しとかんといかんと？あと何日あるか知らんけど",
        "鯖がなくなる前に何しとけばいい？何日もつかわからんけど",
        "サーバーが閉鎖されるまであと何日あるかわからないけど、今のうちに何をしておけばいい？",
        "鯖閉じるまでにやることある？残り何日か知らんけど",
    ],
)
def test_the_days_left_before_a_closing_are_the_closing(text: str) -> None:
    """How many days are left before the server closes ("あと何日あるか", "残り何日", "何日
    もつか") is the closing's own time, not how long the move takes."""
    assert subjects_of(text) == {"server_closing"}


def test_how_many_days_the_move_takes_beside_a_closing_stays() -> None:
    assert subjects_of("サーバーが閉鎖されるんだけど移行って何日くらいかかる？") == {
        "server_closing",
        "duration",
    }


def test_jotting_down_oneself_is_not_the_private_notes() -> None:
    """The verb "メモる" ("メモっとる", "メモっといた") is the member writing things down, not
    the private notes on accounts."""
    assert subjects_of("ブロックは引き継がれないって聞いたからスクショしてメモっとる") == {"blocks"}
    assert myths_of("リストは移せないらしいから手でメモっといた") == {"lists_cannot_transfer"}


@pytest.mark.parametrize("text", ["アカウントに付けたメモって移る？", "個人用メモは引き継がれる？"])
def test_the_notes_named_as_a_noun_stay_the_private_notes(text: str) -> None:
    assert subjects_of(text) == {"private_notes"}
