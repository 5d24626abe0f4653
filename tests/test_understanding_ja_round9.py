"""Japanese classes found in round 8's tuning half (the tuner's own phrasings, not rows of
the question sets): each case stands for a class of phrasing the tables missed."""

from __future__ import annotations

import pytest

from bot.interpret import read


def said(text: str, where: str) -> str | None:
    return read(text, where=where, locale="ja").command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # keigo: an order asked with でしょうか is still the order
        ("一つ前に戻っていただけますでしょうか", "alias", "back"),
        ("前の手順に戻してもらえますでしょうか", "export", "back"),
        # keigo: おります / ございます for います / あります, どちら for どこ
        ("まだ済んでおりません", "archive", "not_yet"),
        ("まだ終わっておりません", "profile", "not_yet"),
        ("その画面はどちらにございますか", "move", "how"),
        ("そのボタンはどちらにありますでしょうか", "alias", "how"),
        ("こちらで保存されている私の情報を削除していただけますでしょうか", "dm", "forget"),
        # casual: clipped waiting words
        ("まだ〜ちょい待ち", "export", "not_yet"),
        ("まだっす", "move", "not_yet"),
        # hiragana for the language's name
        ("にほんごで へんじして", "dm", "language:ja"),
    ],
)
def test_polite_and_casual_commands_at_a_step(text: str, where: str, command: str) -> None:
    assert said(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # "guide me from the beginning" outside a walkthrough starts it; redoing restarts
        ("最初から順番に案内してもらえますか", "dm", "start"),
        ("手順を最初から教えてください", "dm", "start"),
        ("はじめから案内してほしいです", "dm", "start"),
        ("最初からやり直したい", "export", "restart"),
        ("最初から遣り直したいです", "dm", "restart"),
    ],
)
def test_from_the_beginning_starts_unless_it_redoes(text: str, where: str, command: str) -> None:
    assert said(text, where) == command


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "can move" (引っ越せる) and "moved" (移って) are moving words in a claim
        ("投稿は全部新しいサーバーに引っ越せる", "posts"),
        ("トゥートは全部新しい鯖に引っ越せるから旧アカ消していいよね", "posts"),
        ("エイリアス作ったからもうフォロワー移ってるはず", "alias"),
        ("エイリアスを作ればフォロワーは移るはず", "alias"),
    ],
)
def test_claims_with_casual_moving_verbs_are_myths(text: str, subject: str) -> None:
    understood = read(text, where="public", locale="ja").understanding
    assert (understood.kind, understood.subjects) == ("myth", [subject])


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # the archive and the CSV asked about side by side are both asked
        ("時間ないけどアーカイブとCSV、両方必要？", {"archive", "csv_export"}),
        ("CSVとアーカイブってどっちも取っとくべき？", {"archive", "csv_export"}),
        ("アーカイブとCSVの違いは？", {"archive", "csv_export"}),
        # followers that do not grow are the followers' wait
        ("フォロワー全然増えない。待つしかない?", {"follower_timing"}),
        ("フォロワーなかなか増えないけど待てばいい？", {"follower_timing"}),
    ],
)
def test_two_things_side_by_side_and_the_followers_wait(text: str, subjects: set[str]) -> None:
    assert set(read(text, where="public", locale="ja").understanding.subjects) == subjects


@pytest.mark.parametrize("text", ["こんにちは、引っ越しボットさん", "こんばんは引っ越しボットさん"])
def test_a_greeting_to_the_bot_by_its_name_is_a_greeting(text: str) -> None:
    # the bot's name holds the move's word, which names no subject
    assert read(text, where="public", locale="ja").understanding.kind == "greeting"
