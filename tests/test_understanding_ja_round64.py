"""Japanese classes of session 32 (learn32intl), chosen on the tuning halves of rounds
58-63 (read by a second opinion trained without them and by the tables alone) and checked
on rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("移行したら一か月は引っ越せへんってほんま？", "public"),
        ("移ったら30日は他に引っ越せへんの？", "move"),
        ("一ヶ月は次の鯖に引っ越せへんってこと？", "public"),
    ],
)
def test_kansai_cannot_move_again_is_the_cooldown(text: str, where: str) -> None:
    """Kansai "引っ越せへん" is 引っ越せない (a potential verb's -へん folded to -ない), and a
    month in which one cannot move again is the cooldown."""
    assert subjects_of(text, where) == {"cooldown"}


def test_kansai_cannot_be_carried_over_states_the_lists_myth() -> None:
    assert myths_of("リストは引き継げへんのやろ？") == {"lists_cannot_transfer"}


def test_a_month_the_move_takes_is_no_cooldown() -> None:
    assert subjects_of("引っ越しに一か月もかかるの？") != {"cooldown"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "ブロックの一覧は自動で引き継がれると伺いましたが、その理解で合っていますか。",
            "blocks_move_automatically",
        ),
        (
            "フォローしている人は自動的に移ると伺っておりますが、よろしいでしょうか",
            "follows_move_automatically",
        ),
        (
            "投稿も新しいアカウントへ自動で移ると承知しておりますが、相違ございませんか。",
            "posts_move_automatically",
        ),
        (
            "アイコンは自動で引き継がれると聞き及んでおりますが、間違いございませんか。",
            "avatar_header_transferred",
        ),
    ],
)
def test_a_claim_heard_and_confirmed_in_keigo_is_stated(text: str, myth: str) -> None:
    """ "…と伺っておりますが、よろしいでしょうか", "…と承知しておりますが、相違ございませんか":
    keigo hears a claim and asks for a yes (LABELS: the myth), as "と聞いたけど合ってる？"."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "新しいサーバーってどこがいいかな？",
        "移る先のサーバーはどこにすればいいですか",
        "料理好きの多いサーバーってどうやって探せばいいですか",
    ],
)
def test_which_server_is_good_is_choosing_a_server(text: str) -> None:
    """ "サーバー…どこがいい", "どこにすれば", "どうやって探せば": which server to pick."""
    assert subjects_of(text) == {"choose_server"}
