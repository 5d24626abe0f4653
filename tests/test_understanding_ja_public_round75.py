"""Japanese public questions of session 42 (ja-public), chosen on the tuning half of round
74 and rounds 58-73: the archive's 48 hours asked about for a yes ("48時間以内にダウンロード
しないといけませんか"), things said to stay blocked or muted on the new account ("新しい方でも
ブロックされたまま"), rough words for people ("やつら", "連中") and hearsay tags ("って話じゃ
ねえか"), the name changing asked second after Tohoku "あど" (the username), and what is
pressed on the old account (the move). The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "アーカイブは48時間以内に落とさないといけませんか",
        "アーカイブって二日以内にダウンロードしなきゃだめ？",
        "アーカイブのリンクは48時間で切れちゃうの？",
        "アーカイブは48時間しか保存されないんですか？",
        "アーカイブのダウンロード期限って2日なの？",
    ],
)
def test_asking_whether_the_archive_lasts_48_hours_puts_it_forward(text: str) -> None:
    """A question naming the 48 hours (two days) beside the archive asks for a yes to the
    claim: the myth (LABELS.md), as en's "do I have to download it within 48 hours?"."""
    assert myths_of(text) == {"download_within_48_hours"}


def test_asking_how_long_with_another_time_offered_asks() -> None:
    """Both times offered ("48時間、それとも1週間？") ask how long it is kept."""
    assert subjects_of("アーカイブの保存期間って48時間、それとも1週間？") == {"archive"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "ブロックした人は新しいアカウントでもブロックされたままだよね？",
            "blocks_move_automatically",
        ),
        (
            "ミュートしてる人は新しい方でもミュートされたまんまなんでしょ",
            "mutes_move_automatically",
        ),
        ("新アカでもブロックしたままになってるんだよね", "blocks_move_automatically"),
        ("ミュートは新しいサーバーでもそのままなんやろ？", "mutes_move_automatically"),
    ],
)
def test_staying_blocked_on_the_new_account_is_moving(text: str, myth: str) -> None:
    """ "新しい方でも…まま" (still so on the new account) says the list came along."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ブロックしたやつらは新しい垢にも引き継がれるんだよね", "blocks_move_automatically"),
        ("ミュートした奴らも新しいアカウントに勝手に移るんでしょ", "mutes_move_automatically"),
        ("フォローしてる連中は新しいアカウントに勝手に移るんだよね", "follows_move_automatically"),
    ],
)
def test_rough_words_for_people_name_them(text: str, myth: str) -> None:
    """ "やつら/奴ら/連中" are the people one blocks, mutes or follows, as "人たち" are."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("フォローしてる人は勝手に新しい方に移るって話じゃねえか", "follows_move_automatically"),
        ("ブロックは自動で引き継がれるって話だよね", "blocks_move_automatically"),
        ("投稿も勝手に移るって話じゃないか", "posts_move_automatically"),
        ("ミュートは自動で移るって話", "mutes_move_automatically"),
    ],
)
def test_hearsay_tags_state_the_claim(text: str, myth: str) -> None:
    """ "って話" (so the story goes) and rhetorical "じゃねえか/じゃないか" (isn't it) put the
    claim forward; their "ねえ/ない" negates nothing."""
    assert myths_of(text) == {myth}


def test_not_moving_with_a_rhetorical_tag_stays_negated() -> None:
    assert subjects_of("ブロックは移らないって話じゃないか") == {"blocks"}


@pytest.mark.parametrize(
    "text",
    [
        "投稿はどうなるの？あと名前も変わるの？",
        "フォローしてる人はどうなるの？あど名前も変わっちまうのすか",
        "名前って変わっちゃう？",
        "移行したら名前も変わるんですか",
    ],
)
def test_the_name_changing_is_the_username(text: str) -> None:
    """ "名前が変わる？" asks whether the handle changes (the username), also asked second
    after Tohoku "あど" (= あと)."""
    assert "username" in subjects_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "フォロワー引き継ぐボタンは古い垢で押すんだっけ",
        "フォロワー引き継ぐのってどっちのアカウントでやるの",
        "エイリアスは作った。次は古い方で何を押せばいい？",
        "古いアカウントで押すボタンってどれ？",
    ],
)
def test_pressing_on_the_old_account_is_the_move(text: str) -> None:
    """What is pressed on the old account, or "フォロワー引き継ぐ" without "を", is the move."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "アーカイブとは別にエクスポートもしておくべき？",
        "アーカイブは保存するつもりなんですが、それとは別にエクスポートのファイルも要りますか？",
    ],
)
def test_the_archive_set_aside_is_the_story(text: str) -> None:
    """ "アーカイブとは別に" (apart from the archive) sets it aside: the CSVs are asked."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    "text",
    [
        "写真部でフォローしてる他校の人たちって一緒に移るん？",
        "写真部でフォローしてる人たちって移る？",
    ],
)
def test_a_photo_club_is_no_photos(text: str) -> None:
    """ "写真部" (the photo club) names people, no photos (posts)."""
    assert "posts" not in subjects_of(text)
