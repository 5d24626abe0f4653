"""Japanese DMs and walkthrough-step messages of session 39 (learn39-jas), classes chosen on
the tuning halves of rounds 58-71: commands said in natural Japanese (a language asked
for with a verb or "に戻して", a step put off to a time, a reminder called pushy, an account
to be moved, "start over" after a space) and questions asked at a step. The phrasings are
the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("日本語に戻して", "dm", "language:ja"),
        ("やっぱり英語に戻してください", "alias", "language:en"),
        ("言語をフランス語に戻して", "dm", "language:fr"),
        ("英語で説明してもらえますか？エイリアスがよくわからなくて", "alias", "language:en"),
        ("ドイツ語で返事してくれる？移行の話はむずかしいので", "dm", "language:de"),
        ("インポートの説明、英語でもう一回", "import", "language:en"),
        ("スペイン語で答えてほしい、フォロワーの件", "dm", "language:es"),
    ],
)
def test_a_language_asked_with_a_verb_switches(text: str, where: str, command: str) -> None:
    """ "Xに戻して" (back to X) and "Xで説明して/返事して/もう一回" ask for the language, the
    reason after them naming a subject or not ("戻して" is no step back, "エイリアス" no
    question about it)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("週末にやります", "move"),
        ("仕事終わってからやるわ", "export"),
        ("来週やるけん", "import"),
        ("夜にでもやっとく", "profile"),
        ("子ども寝かしつけたらやる", "alias"),
        ("落ち着いたらやります", "archive"),
    ],
)
def test_a_step_put_off_to_a_time_is_not_yet(text: str, where: str) -> None:
    """A time or something to do first, then the verb in its non-past form: not yet."""
    assert command_of(text, where) == "not_yet"


def test_done_at_a_time_is_still_done() -> None:
    assert command_of("週末にやりました", "move") == "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("リマインダーしつこい", "dm"),
        ("リマインダーうっとうしい", "dm"),
        ("通知がしつこいんだけど", "followers"),
        ("もうリマインダー来んでいい", "followers"),
    ],
)
def test_reminders_called_pushy_stop(text: str, where: str) -> None:
    """ "しつこい"/"うっとうしい" are "うざい" (annoying), "来んでいい" is "来なくていい"."""
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    "text", ["アカウント移したい", "垢を別の鯖に移したいです", "アカウントを移したいんですが"]
)
def test_an_account_to_be_moved_starts(text: str) -> None:
    """ "アカウントを移したい" (transitive "移す") wishes the move as "移りたい" does."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("もう無理 はじめから", "alias"),
        ("ごめん混乱した 最初から", "move"),
        ("わからなくなった　最初からで", "export"),
    ],
)
def test_start_over_after_a_space_restarts(text: str, where: str) -> None:
    """Japanese breaks a clause with a space: "最初から" after it is the order, its reason
    before."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        (
            "アーカイブ頼んでる間にごめんやけど 予約投稿ってどうなるん",
            "archive",
            "scheduled_drafts",
        ),
        ("取り込みしよる途中やけど 下書きってどうなると？", "import", "scheduled_drafts"),
        ("エイリアス作りよる途中やけど ブロックした人らどうなるん", "alias", "blocks"),
        (
            "プロフィールいじってるとこだけど ピン留めした投稿はどうなるの",
            "profile",
            "pinned_posts",
        ),
        ("アーカイブ待ちなんやけど　予約投稿はどうなる", "archive", "scheduled_drafts"),
    ],
)
def test_one_space_parts_the_story_from_the_question(text: str, where: str, subject: str) -> None:
    """One space in a Japanese message breaks its clause as a comma would: the step being
    done is the story, the question after it asks about something else."""
    assert subjects_of(text, where) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("前のアカウントさ来たDMは読めるんだべが", "archive"),
        ("できた後もミュート入ってるんだべが", "import"),
        ("押したらフォロワーさ来た通知も移るんだべが", "move"),
    ],
)
def test_tohoku_wondering_asks(text: str, where: str) -> None:
    """Tohoku "…んだべが" (= …んだろうか) asks: the words of a report inside it ("来た",
    "できた") are no answer to the step."""
    assert command_of(text, where) is None


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("アーカイブはもう取ってあるで", "archive", "done"),
        ("zipもう保存してある", "download", "done"),
        ("CSVは全部落としてある", "export", "done"),
        ("プロフィールはもう設定してあるよ", "profile", "done"),
        ("頼んだで", "archive", "requested"),
        ("アーカイブもう頼みました", "archive", "requested"),
    ],
)
def test_a_step_already_done_reports_it(text: str, where: str, command: str) -> None:
    """The resultative "…てある" (it has been done and stays so) reports the step done, and
    "頼んだ" (asked for it) the archive requested; asked ("作ってある？") they ask."""
    assert command_of(text, where) == command


def test_what_am_i_doing_now_is_status() -> None:
    assert command_of("いまなにやってるとこ？", "import") == "status"
