"""Japanese DMs and walkthrough-step messages of session 40 (ja-steps), classes chosen on
the tuning halves of rounds 58-72 and on the ways the newest writers' dialects (Kyushu,
Chugoku, Kanto) end a sentence: a report then "let's go on", a step already in its done
state ("もう作ってる"), a step put off to a plain time with a dialect ending, the western
progressive "-よる", a language named then a verb of speaking with no "で", and Kyushu
"よか" (fine, no need). The phrasings are the tuner's own; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row

from bot.walkthrough import StepTable


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("作ったけん次いこ", "alias"),
        ("落としたよ、次行こう", "export"),
        ("押したけぇ次いこか", "move"),
        ("入れた！次いって", "import"),
    ],
)
def test_a_report_then_lets_go_on_is_done(text: str, where: str) -> None:
    """ "次いこ" (let's go on) after a report asks to go on from a step done, as "次は？"
    does: the report, not "skip" (which it is said alone)."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("もう作ってるよ", "alias"),
        ("もう作っとる", "alias"),
        ("もう落としちょる", "export"),
        ("もう押しとるけん", "move"),
        ("もう入れとるよ", "import"),
        ("とっくに設定しとる", "profile"),
    ],
)
def test_a_step_already_in_its_done_state_is_done(text: str, where: str) -> None:
    """ "もう" (already) with "-ている" (western "-とる", "-ちょる") is the state a thing
    done leaves: made, pressed, downloaded already."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("明日するけん", "alias"),
        ("あしたやるわ", "export"),
        ("明日するっぺ", "import"),
        ("そのうちやる", "profile"),
        ("あとでしとくけぇ", "move"),
    ],
)
def test_a_step_put_off_to_a_plain_time_is_not_yet(text: str, where: str) -> None:
    """A time ("明日", "そのうち", "あとで") then the verb in its non-past form, whatever
    dialect ending closes it ("けん", "っぺ", "わ")."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("今やりよる", "alias", "not_yet"),
        ("今落としよるとこ", "export", "not_yet"),
        ("いま入れよるけん", "import", "not_yet"),
        ("いまやっちょる", "profile", "not_yet"),
        ("フォロワー来よるよ", "followers", "done"),
        ("ぼちぼち来よる", "followers", "done"),
    ],
)
def test_the_western_progressive(text: str, where: str, command: str) -> None:
    """Chugoku and Kyushu "-よる" is "-ている" going on: the member doing the step now is
    not yet; the followers coming ("来よる") at the followers step is that step's done."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("英語話せる？", "dm", "language:en"),
        ("ドイツ語話せますか", "dm", "language:de"),
        ("フランス語は話せますか？", "alias", "language:fr"),
        ("日本語わからないので英語お願いします", "dm", "language:en"),
        ("英語だと助かる", "export", "language:en"),
        ("スペイン語しゃべれる？", "dm", "language:es"),
        ("英語切り替えで", "dm", "language:en"),
        ("英語話せないけん日本語で", "dm", "language:ja"),
    ],
)
def test_a_language_named_then_a_verb_of_speaking(text: str, where: str, command: str) -> None:
    """A language then "話せる？", "お願い", "だと助かる" with no "で" between asks for it,
    as "do you speak French?" does; one not spoken ("話せない") is the reason for another."""
    assert command_of(text, where) == command


def test_a_server_of_speakers_is_no_language_asked() -> None:
    got = read_row({"text": "英語話せる人が多いサーバーってある？", "where": "public"})
    assert got.command is None


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("これはせんでよか", "export", "skip"),
        ("アーカイブはせんでもよか", "archive", "skip"),
        ("今回はパスさせてください", "export", "skip"),
        ("いったんパス", "profile", "skip"),
        ("もうよか", "dm", "stop"),
        ("リマインダーもうよかけん", "dm", "stop"),
        ("しばらく放っといて", "dm", "stop"),
        ("一旦やめときます", "dm", "stop"),
    ],
)
def test_no_need_and_enough(text: str, where: str, command: str) -> None:
    """Kyushu "よか" is "いい": "せんでよか" (no need to do it) skips, "もうよか" (enough)
    stops; "パスさせて" asks leave to pass."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("CSVってどれ落とせばいいと", "export"),
        ("どれ落とせばよかと", "export"),
        ("これ押してよかと", "move"),
        ("どこから入れるとね", "import"),
    ],
)
def test_kyushu_asking_with_to(text: str, where: str) -> None:
    """Kyushu asks with a closing "と" ("…いいと", "…よかと"): a question about the step
    (how to do it, or its own subject asked), no report, though "落とせ" opens a report's
    "落とせた"."""
    got = read_row({"text": text, "where": where})
    subject = StepTable.load().steps[where].subject
    assert got.command == "how" or (got.is_question and got.understanding.subjects == [subject])


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("これ押していいの？", "move"),
        ("このボタン押しても大丈夫？", "alias"),
        ("ここ押してええか", "export"),
    ],
)
def test_may_i_press_it_is_how(text: str, where: str) -> None:
    """Asking leave to press a button at a step ("押していいの", Kyushu "押してよかと"):
    how to do the step, which the tables read (replies/walkthrough/ja.toml `how`), not
    the model alone (round 72's retraining left "これ押してよかと" without it)."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("移行の手続きを開始したく存じます", "start"),
        ("手続きを始めたいです", "start"),
        ("引っ越しの手続きお願いします", "start"),
        ("さっきの続きからお願い", "resume"),
    ],
)
def test_a_procedure_is_no_continuation(text: str, command: str) -> None:
    """ "手続き" (procedure) holds "続き" (continue): the procedure begun starts the move, it
    resumes nothing; "続き" said alone still resumes."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    "text",
    [
        "はじめよっか",
        "ほな始めよか",
        "じゃあやろっか",
        "引っ越すことにしました",
        "移行することにしたのでよろしくお願いします",
        "サーバー変えたい",
        "鯖替えしたいです",
        "やり方を一から教えて",
    ],
)
def test_a_wish_to_start_said_otherwise(text: str) -> None:
    """Let's ("始めよっか", "やろっか"), a decision ("引っ越すことにした"), changing servers
    ("サーバー変えたい"), and the steps from the very start ("一から教えて") start the move."""
    assert command_of(text, "dm") == "start"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("アーカイブはええわ", "archive"),
        ("アーカイブはよか", "archive"),
        ("これやらんでいい？", "export"),
        ("これせんでもいいですか", "export"),
        ("プロフィールは後回しで先進めて", "profile"),
        ("プロフィール後でいいので次お願いします", "profile"),
        ("ここは後でやります、次へ", "profile"),
        ("次のとこ見せて", "alias"),
    ],
)
def test_a_step_declined_or_left_for_later_and_gone_past_skips(text: str, where: str) -> None:
    """The step's thing declined ("Xはええわ", Kyushu "Xはよか"), leave asked not to do it
    ("やらんでいい？", "せんでもいいですか"), or put off with an order to go on ("後回しで先
    進めて", "後でやります、次へ"): skipped, not waited for."""
    assert command_of(text, where) == "skip"


def test_a_report_then_next_please_is_done() -> None:
    assert command_of("作ったので次お願いします", "alias") == "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("前のとこ見せて", "move"),
        ("エイリアスのとこに戻りたい", "move"),
        ("インポートのところまで戻って", "followers"),
    ],
)
def test_the_place_before_asked_for_goes_back(text: str, where: str) -> None:
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("これしないといけない？", "export"),
        ("これやらないといけないの？", "archive"),
        ("これ絶対やらなきゃダメ？", "profile"),
        ("これ必須？", "export"),
        ("もういちど おしえてください", "alias"),
    ],
)
def test_must_i_and_once_more_ask_about_the_step(text: str, where: str) -> None:
    """ "Must I do this?" asks what "これ必要？" asks, and "もう一度教えて" asks to hear the
    step again: how, not a subject the model guesses."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("一旦保留で", "alias", "not_yet"),
        ("後程対応いたします", "export", "not_yet"),
        ("後日改めて対応いたします", "import", "not_yet"),
        ("リマインダーの送付は不要です", "dm", "stop"),
        ("みんな来てくれました", "followers", "done"),
    ],
)
def test_formal_put_off_and_no_more_reminders(text: str, where: str, command: str) -> None:
    """Business Japanese: "保留" (on hold), "後程/後日…対応いたします" put the step off;
    reminders "不要" stops them."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("今なんしよったっけ", "alias", "status"),
        ("あと何個？", "export", "status"),
        ("残りいくつ？", "import", "status"),
        ("全部でいくつあるの", "dm", "status"),
        ("何ば聞いたらよかと", "dm", "help"),
        ("ぜんぜん来ん", "followers", "not_yet"),
        ("増えとらん", "followers", "not_yet"),
        ("申し込んどいた", "archive", "requested"),
        ("すんだよ", "export", "done"),
    ],
)
def test_where_am_i_and_answers_in_kyushu_and_counting(text: str, where: str, command: str) -> None:
    """Kyushu "なんしよった" (what was I doing), steps counted ("あと何個", "残りいくつ"),
    "何ば" (何を) asking what to ask, "来ん"/"増えとらん" (not coming, not grown), "申し込ん
    どいた" (applied for it), "すんだ" (done) in kana."""
    assert command_of(text, where) == command
