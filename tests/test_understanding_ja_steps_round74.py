"""Japanese DMs and walkthrough-step messages of session 41 (ja-steps), classes chosen on
the ways members put a step off or leave it, in registers and dialects the tables did not
read: a Sino-Japanese "in the middle of" ("考え中", "作成中") or "not yet" prefix ("未設定",
"未着手"), a polite request to wait ("お待ちください"), an undated "some day" ("そのうち",
"いずれ"), Kanto's "-ねぇ" negative ("いらねぇ"), and command words typed in kana
("やりなおし", "たすけて"). The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import command_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("考え中", "profile"),
        ("アイコンまだ悩み中です", "profile"),
        ("自己紹介文を作成中", "profile"),
        ("いま検討中です", "export"),
        ("設定中なのでお待ちを", "alias"),
        ("まだ入力中", "alias"),
        ("絶賛編集中", "profile"),
    ],
)
def test_a_step_in_the_middle_of_being_done_is_not_yet(text: str, where: str) -> None:
    """A verbal noun then "中" (in the middle of thinking, making, setting): the step is
    being done, not done, though "作成" and "設定" report it done alone."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("未設定です", "profile"),
        ("未着手", "profile"),
        ("まだ未完了", "export"),
        ("現状未対応です", "alias"),
        ("エイリアス未作成", "alias"),
    ],
)
def test_the_not_yet_prefix_is_not_yet(text: str, where: str) -> None:
    """Business and forms Japanese negate a verbal noun with "未" (not yet): "未完了" holds
    "完了" (done) but says the opposite."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("少々お待ちください", "profile"),
        ("しばしお待ちを", "profile"),
        ("ちょっと待っててください", "export"),
        ("もう少しお待ち下さい", "import"),
        ("プロフィールはそのうち", "profile"),
        ("いずれやります", "profile"),
        ("いずれやる", "export"),
    ],
)
def test_wait_for_me_and_some_day_are_not_yet(text: str, where: str) -> None:
    """A polite request to wait ("お待ちください", "待っててください") and an undated "some
    day" ("そのうち", "いずれ") put the step off."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("いらねぇ", "profile", "skip"),
        ("これいらねえよ", "export", "skip"),
        ("アーカイブはいらね", "archive", "skip"),
        ("やらねぇでいいべ", "profile", "skip"),
        ("もういいっす", "alias", "stop"),
        ("もう結構です", "alias", "stop"),
        ("やめやめ", "dm", "stop"),
        ("もうやめや", "alias", "stop"),
    ],
)
def test_kanto_negatives_and_enough(text: str, where: str, command: str) -> None:
    """Kanto and べらんめえ "-ねぇ" ("いらねぇ", not needed) skips; "もういいっす", "もう結構
    です" and "やめやめ" (enough, stop it) stop."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("やりなおし", "alias", "restart"),
        ("いちからやりなおしたい", "move", "restart"),
        ("さいしょから", "export", "restart"),
        ("たすけて", "dm", "help"),
        ("えいごで", "alias", "language:en"),
        ("にほんごで おねがいします", "dm", "language:ja"),
        ("しょうりゃくで", "profile", "skip"),
        ("もどって", "move", "back"),
    ],
)
def test_command_words_typed_in_kana(text: str, where: str, command: str) -> None:
    """Children, elderly members and learners type in kana what the tables spell in kanji
    ("やり直し", "最初から", "助けて", "英語で", "省略")."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("仕事中", "profile"),
        ("いま運転中なんで", "export"),
        ("外出中なので", "alias"),
        ("今出先やけん", "profile"),
        ("今日は無理", "profile"),
        ("今日はできん", "import"),
    ],
)
def test_busy_elsewhere_or_not_today_is_not_yet(text: str, where: str) -> None:
    """The member busy with something else now ("仕事中", "運転中", "出先") or the day ruled
    out ("今日は無理"): the step waits, as "今は無理" does."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("もうすぐ", "profile"),
        ("あと少しで終わる", "profile"),
        ("もうすぐできるよ", "export"),
        ("あとちょっとで終わります", "import"),
    ],
)
def test_nearly_done_is_not_yet(text: str, where: str) -> None:
    """ "もうすぐ" / "あと少しで" (soon, nearly): the step is not done yet."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ちと待ってくれ", "profile"),
        ("待っとれ", "alias"),
        ("なーんもしてねぇ", "profile"),
        ("まだ手つかず", "profile"),
        ("アイコンが決まらん", "profile"),
        ("名前がなかなか決まらなくて", "profile"),
        ("後ででいい？", "profile"),
        ("あとでもいいですか", "export"),
    ],
)
def test_wait_nothing_done_undecided_or_later_asked(text: str, where: str) -> None:
    """ "待ってくれ" and Nagoya/Kansai "待っとれ" (wait), Kanto "してねぇ" (haven't done),
    "手つかず" (untouched), the profile's choices not settled ("決まらん"), and leave asked
    to do it later ("後ででいい？"): not yet."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("でぎだ", "profile"),
        ("出来上がりました", "profile"),
        ("仕上げた", "profile"),
        ("バッチリです", "profile"),
        ("こさえた", "alias"),
        ("ととのった", "profile"),
        ("アイコンも名前も変えといた", "profile"),
    ],
)
def test_finished_said_otherwise_is_done(text: str, where: str) -> None:
    """Tohoku's voiced "でぎだ" (できた), finished ("出来上がり", "仕上げた", "整った"),
    "バッチリ" (all set), old "こさえた" (made), and "-といた" (-ておいた) after any verb."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("なにすりゃいいんだっけ", "alias", "status"),
        ("残りどんだけ", "export", "status"),
        ("省略", "profile", "skip"),
        ("次行くべ", "profile", "skip"),
        ("プロフィールはいいです", "profile", "skip"),
        ("前んとこ", "move", "back"),
        ("もうやんねぇ", "alias", "stop"),
        ("もう来んといて", "dm", "stop"),
        ("何て言えばいいの", "dm", "help"),
        ("英語の方がわかりやすいです", "alias", "language:en"),
    ],
)
def test_commands_in_plain_and_dialect_speech(text: str, where: str, command: str) -> None:
    """Kanto "すりゃ" (すれば), "どんだけ" (how much), Tohoku "べ" (let's), "Xはいいです"
    (no thanks), "前んとこ" (前のところ), "やんねぇ" (won't do it), Kansai "来んといて"
    (don't come), what to say, and a language preferred ("の方がわかりやすい")."""
    assert command_of(text, where) == command
