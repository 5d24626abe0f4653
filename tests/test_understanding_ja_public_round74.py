"""Japanese public questions of session 41 (ja-public), chosen on the tuning halves of
rounds 58-73 and the dialects, trades and learners the next round's writers were given:
people one blocks or mutes named as people in a question added after another, the people
addressed (お客さん, 檀家さん) asked to follow again, keigo's "〜ていただかなければなりません
か", dialect question endings without "？" (のかい, のが, がけ, とや, かいのう). The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("フォロワーは引き継げる？あとブロックしている人も", {"followers", "blocks"}),
        ("フォロワーは連れていける？あとブロックしてる人らも", {"followers", "blocks"}),
        ("フォロワーは移せるの？それとミュートしてる人も", {"followers", "mutes"}),
        ("フォロワーは引き継げる？あとブロック中の人も", {"followers", "blocks"}),
        ("投稿は持ってける？それからミュート中の人たちも", {"posts", "mutes"}),
        ("フォロワーは移る？それからブロックも", {"followers", "blocks"}),
        ("フォロワーは移る？ついでにリストも", {"followers", "lists"}),
    ],
)
def test_people_one_blocks_added_after_a_question_are_asked_too(
    text: str, subjects: set[str]
) -> None:
    """ "あと/それと/それから/ついでに" + "ブロックしてる人(ら/たち)も" after a question asks
    it of them too: the people one blocks or mutes are named as the lists are."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "お客さんにフォローし直してもらわなあかんの？",
        "常連さんにフォローし直してもらわないといけないの？",
        "檀家さんにフォローし直してもらわなあかんの？年寄りばっかりやし無理や思う",
        "利用者さんにフォローし直してもらう必要ある？",
        "生徒さんらにフォローしなおしてもらわないといけませんか",
    ],
)
def test_people_addressed_asked_to_follow_again_are_the_followers(text: str) -> None:
    """Whoever is asked to follow again ("〜さんにフォローし直してもらう") is a follower:
    having to ask it is the myth that followers must refollow (LABELS.md)."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーの皆様にフォローし直していただかなければなりませんか",
        "フォロワーの皆様にフォローし直していただかないといけないのでしょうか",
        "フォロワーさんに改めてフォローしていただかなくてはいけませんか",
        "フォロワーさんにフォローし直していただかなきゃいけない？",
    ],
)
def test_keigo_must_after_itadaku_puts_the_claim_forward(text: str) -> None:
    """ "いただかなければなりません" is "必要" as "もらわなければ" is: the "かな" inside it is
    no wondering "かな"."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ブロックも移るのかい", "blocks"),
        ("ブロックも移るのが", "blocks"),
        ("投稿は持っていげるのがい", "posts"),
        ("ブロックも移るがけ", "blocks"),
        ("ブロックは移るとや", "blocks"),
        ("投稿も移るんけえ", "posts"),
        ("投稿も移せるんかいや", "posts"),
        ("ブロックも移るんかいのう", "blocks"),
        ("ブロックは移るかのう", "blocks"),
    ],
)
def test_more_dialect_question_endings_ask(text: str, subject: str) -> None:
    """ "のかい", Chugoku "かいや/かいのう/かのう", Tohoku "のが/のがい" (が for か), Kanazawa
    and Noto "がけ" (= のか), Hakata and Sasebo "とや", Ibaraki "んけえ" end a question without
    "？": nothing is put forward for a yes."""
    assert subjects_of(text) == {subject}


def test_chugoku_kee_after_a_verb_is_because() -> None:
    """Chugoku "けえ" after a verb is "because": the claim stands."""
    assert myths_of("ブロックは移るけえ") == {"blocks_move_automatically"}


def test_noga_before_more_words_is_no_question_ending() -> None:
    """Only "のが" ending the message asks: "移るのが遅い" is the moving, slow."""
    assert subjects_of("フォロワーが移るのが遅い") == {"follower_timing"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("投稿は持ってけねえのかよ", "posts"),
        ("投稿は持っていけねえ", "posts"),
        ("投稿は持ってけねえんだな", "posts"),
        ("投稿は持っていけねぇよな", "posts"),
    ],
)
def test_kanto_nee_after_a_verb_negates(text: str, subject: str) -> None:
    """べらんめえ and Kanto "ねえ" after a verb is "ない": "posts can't be taken" is true,
    no myth that they move."""
    assert subjects_of(text) == {subject}


def test_nee_before_the_claim_is_hey() -> None:
    assert myths_of("ねえ投稿って移るんだよね？") == {"posts_move_automatically"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [("ブロックは移るのかよ", "blocks"), ("フォロワーって勝手に移るんかよ", "followers")],
)
def test_rough_kayo_asks(text: str, subject: str) -> None:
    """Rough "のかよ/んかよ" (really?) asks; it puts nothing forward for a yes."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "皆様に再フォローをお願いしなければなりませんか",
        "お客様に再フォローをお願いしないといけないでしょうか",
        "常連さんに再フォローしてもらわなあかんの？",
        "再フォローのお願いって必要？",
    ],
)
def test_asking_for_a_refollow_is_about_the_followers(text: str) -> None:
    """ "再フォローをお願いする/してもらう" asks people to follow again: they are followers,
    and having to is the myth (LABELS.md)."""
    assert myths_of(text) == {"followers_must_refollow"}
