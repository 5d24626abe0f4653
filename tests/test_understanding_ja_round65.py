"""Japanese classes of session 33 (learn33intl), chosen on the tuning halves of rounds
58-64 (read by a second opinion trained without them and by the tables alone) and checked
on rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "おかげさまで無事に引っ越せました、ありがとうございました",
        "ご丁寧にありがとうございました。おかげさまで無事に引っ越せました。",
        "お陰様で移行できました。感謝しております",
        "おかげさまで引っ越し終わりました。",
    ],
)
def test_thanks_telling_the_move_went_well_is_thanks(text: str) -> None:
    """ "おかげさまで" (thanks to you) and "ご丁寧に(ありがとう)" open a thanks: with nothing
    asked, the move is the news told, not a question about it."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "thanks", got


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ありがとう、引っ越し方を教えて", "move"),
        ("おかげさまで引っ越せました。フォロワーはいつ頃そろいますか？", "follower_timing"),
        ("ご丁寧にどうも。ところで投稿は移せますか", "posts"),
    ],
)
def test_thanks_before_a_question_still_asks(text: str, subject: str) -> None:
    assert subjects_of(text, "dm") == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "引っ越した後も旧アカでときどき投稿したいんだけど、いける？",
        "移行したあとも前のアカウントからたまに投稿できますか",
        "移ったあとも旧アカでたまーに投稿していい？",
        "新しい鯖に移ったあとも、時々は旧垢で投稿したいです。できますか",
    ],
)
def test_posting_from_the_old_account_now_and_then_keeps_both(text: str) -> None:
    """ "引っ越したあとも古いほうでたまーに投稿したい": going on posting there after the move
    keeps both accounts (LABELS), not a question about posts or the old account's fate."""
    assert subjects_of(text) == {"keep_both_accounts"}


def test_the_old_accounts_posts_after_the_move_are_not_keeping_both() -> None:
    assert subjects_of("引っ越した後、旧アカの投稿ってどうなるの？") != {"keep_both_accounts"}
