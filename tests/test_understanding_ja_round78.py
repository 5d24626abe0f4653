"""Japanese messages of session 45 (ja-de), classes chosen on round 77's tuning half: an
order to stop said in public after naming what the bot sends ("通知もういらない、連絡しないで"),
the destination not chosen yet ("移る先", "引っ越し先 .. どこがいい") asked at a step, moving a
list over oneself (transitive "移す", "引き継ぐ") asked how (its import), the member as the
one to be followed again ("私のことフォローし直す必要ある？": the refollow myth), and a
closing told before two questions of their own (the followers and the notice). The phrasings
are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "通知はもういらない、連絡しないで",
        "もう通知いらないんで、連絡しないでください",
        "DMはもういらない、送らないで",
        "もう通知はいりません",
    ],
)
def test_an_order_to_stop_in_public_naming_what_is_sent(text: str) -> None:
    """Japanese puts the order last and has no spaces to open with: a first clause saying
    stop that asks nothing orders it, the notifications named being the ones to stop."""
    assert command_of(text, "public") == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "通知いらないんだけど、引っ越したらフォロワーに通知行く？",
        "通知もういらないです、フォロワーに通知される？",
    ],
)
def test_a_question_after_the_wish_stays_a_question(text: str) -> None:
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    "text",
    [
        "待って、まだ移る先決めてない。どこがいい？",
        "ちょっと待って、移る先はどこがいいかな",
        "引っ越し先どこがいいと思う？",
        "ちょい待ち、移行先ってどこがおすすめ？",
        "あ、まだ引っ越し先決めとらん。どこがよかと？",
    ],
)
def test_the_destination_not_chosen_is_choosing_a_server_at_a_step(text: str) -> None:
    """Asked for the new handle, a "wait" before asking where to go ("移る先", "引っ越し
    先", "移行先" with "どこがいい", "おすすめ", "決め") is a question, not "not yet"."""
    assert subjects_of(text, "ask_new_handle") == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロー全部新しいアカウントに移したい、やり方教えて",
        "フォローしてる人たちを新しい垢に移したいです。方法を教えてください",
        "ブロックしたアカウントはどうやって移すの？",
        "ミュートしてる人を新しい方に移すにはどうすればいい？",
    ],
)
def test_moving_a_list_over_oneself_asked_how_is_the_import(text: str) -> None:
    """How to move a list over oneself (transitive 移す, 引き継ぐ, with a how) is how to
    import it (LABELS.md); whether it moves ("移る？", "移せる？") stays the list's."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text", ["フォローって新しいアカウントに移せる？", "フォローは自動で移る？"]
)
def test_whether_a_list_moves_stays_the_list(text: str) -> None:
    assert subjects_of(text) == {"follows"}


@pytest.mark.parametrize(
    "text",
    [
        "私のことフォローし直す必要ありますか？",
        "友達は私をフォローし直す必要ある？",
        "うちの相互さんたち、僕をフォローし直す必要あります？",
        "移転したら友達にはどう見える？私のことフォローし直す必要ある？",
    ],
)
def test_the_member_followed_again_is_the_refollow_myth(text: str) -> None:
    """ "私を/私のことフォローし直す" (follow ME again): the followers are the ones who would
    do it, put forward as needed, the myth that they must follow the new account."""
    assert myths_of(text) == {"followers_must_refollow"}


def test_refollowing_by_oneself_stays_the_follows() -> None:
    assert subjects_of("私がフォローし直す必要ある？") == {"follows"}


@pytest.mark.parametrize(
    "text",
    [
        "鯖が来月なくなるけぇ引っ越す。フォロワーは移るん？あと、みんなに通知いく？",
        "サーバー閉じるらしいから移転します。フォロワーはそのまま来てくれる？移ったことって通知されるの？",
    ],
)
def test_a_closing_told_before_two_questions_is_the_story(text: str) -> None:
    """The closing is why they move; the followers and the notice are each asked in a
    question of its own, both kept (keeps_asked_apart), the closing dropped."""
    assert subjects_of(text) == {"followers", "notifications"}


def test_a_notification_of_the_closing_itself_stays_the_closing() -> None:
    assert subjects_of("インスタンスが閉鎖されるって告知が出た。どうしよう") == {"server_closing"}
