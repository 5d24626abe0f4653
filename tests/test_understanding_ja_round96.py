"""Japanese messages of session 54 (ja54), classes chosen on round 95's tuning half: how
things stand ("進行状況") asked at a step before the move is where the walk has got
(status: no follower moves yet, and the walkthrough answers so); a check mark after a
musing ending ("エイリアス作ったっけ✅") ticks the step off; another server named as the
place the member was at ("別のサーバーにいて、こっちに来ました") comes here, a "but" told
between the two too; going back one step to redo it from there ("ひとつ戻ってやり直したい") is
back, not a start over; and of two sentences that each end as a question with no mark
("古いアカウントはどうなりますか。消してもいいですか"), each is asked. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("今の進行状況を教えて", "profile"),
        ("現在の進行状況はどうなっていますか", "export"),
        ("進行状況を確認したいです", "archive"),
        ("いまの進行状況おしえて", "alias"),
    ],
)
def test_how_things_stand_before_the_move_is_status(text: str, where: str) -> None:
    """Before "Move followers" nothing moves yet: how it is going is how far the walk has
    got."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize("where", ["dm", "followers"])
def test_how_things_stand_after_the_move_is_progress(where: str) -> None:
    assert command_of("進行状況を教えてください", where) == "progress"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("プロフィール設定できたかな✅", "profile"),
        ("CSVダウンロードできたっけ✅", "export"),
        ("アーカイブのリクエストできたかな✅", "archive"),
        ("エイリアス作ったっけ✅", "alias"),
    ],
)
def test_a_check_mark_after_a_musing_ending_is_done(text: str, where: str) -> None:
    assert command_of(text, where) == "done"


def test_a_musing_ending_with_a_question_mark_still_asks() -> None:
    assert command_of("エイリアス作ったっけ？", "alias") != "done"


@pytest.mark.parametrize(
    "text",
    [
        "前は別のサーバーにいて、こっちに来ました",
        "もとは他の鯖にいたんだけど、ここに引っ越してきた",
        "他のインスタンスにいましたが、今日こちらに来ました",
        "別の鯖におったけど、こっちに越してきたとよ",
        "ずっとよそのサーバーにいた者です、こっちに来ました",
    ],
)
def test_another_server_as_where_one_was_comes_here(text: str) -> None:
    assert command_of(text, "choose_direction") == "here"


@pytest.mark.parametrize(
    "text", ["別の鯖に行きます", "他のサーバーに移ります", "ここ好きだけど別のサーバーに移ります"]
)
def test_another_server_gone_to_leaves(text: str) -> None:
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ひとつ戻ってやり直したい", "move"),
        ("一つ前に戻ってそこからやり直します", "import"),
        ("前のステップに戻ってやり直させて", "alias"),
        ("1個前に戻ってやり直したいです", "export"),
        ("やり直したいから一個前に戻して", "archive"),
    ],
)
def test_back_one_step_to_redo_it_is_back(text: str, where: str) -> None:
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    ("text", "where"), [("最初に戻ってやり直したい", "move"), ("最初からやり直したい", "alias")]
)
def test_redone_from_the_start_is_restart(text: str, where: str) -> None:
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "古いアカウントはどうなりますか。消してもいいですか",
            {"old_account", "delete_old_account"},
        ),
        (
            "前のアカウントはどうなるんですか。削除した方がいいですか",
            {"old_account", "delete_old_account"},
        ),
        (
            "旧アカウントはどうなりますか。そのうち消すべきですか",
            {"old_account", "delete_old_account"},
        ),
        ("フォロワーは移りますか。どのくらいかかりますか", {"followers", "follower_timing"}),
        ("フォロワーはついてきますか。何日くらいかかりますか", {"followers", "follower_timing"}),
    ],
)
def test_two_sentences_each_ending_as_a_question_ask_both(text: str, subjects: set[str]) -> None:
    """No "?" in either: the endings ("ますか", "ですか") ask, as a mark would."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("投稿持っていけないならアーカイブはいらないよね", "archive"),
        ("ブロック移せないならここは飛ばしていいよね", "export"),
        ("投稿移せないんならこのステップ飛ばしていいでしょ", "archive"),
    ],
)
def test_a_not_supposed_then_a_skip_is_no_claim(text: str, where: str) -> None:
    """ "If posts can't move, skip this, right?": the "not" said with its "なら" is still a
    "not", so no claim that the thing moves; the skip is what is said."""
    got = read_row({"text": text, "where": where})
    assert (got.command, got.understanding.myths) == ("skip", [])
