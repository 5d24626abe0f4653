"""Japanese classes found in rounds 8 and 9 (tuning halves; the tuner's own phrasings, not rows of
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


# --- Classes found in round 9's tuning half (again the tuner's own phrasings) -------------


@pytest.mark.parametrize(
    "text",
    [
        # the bot's name typed with a Latin "bot" names no subject either
        "こんにちは移行botさん",
        "やっほー引越しbot",
        "おはようございます、引っ越しbotさん",
        "ハロー 引っ越し bot",
    ],
)
def test_a_greeting_to_the_bot_by_its_latin_name_is_a_greeting(text: str) -> None:
    assert read(text, where="public", locale="ja").understanding.kind == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        # a wish with its reason, then a polite request to be guided: in public too
        "アカウントの引っ越しをしたいので、手順を案内してもらえますか",
        "サーバーの移行手順を一つずつ案内していただけますか",
        "垢の引っ越し、最初から一緒にやってくれる？",
        "移行の手順を教えてもらえますか？",
    ],
)
def test_a_polite_request_to_be_guided_in_public_starts(text: str) -> None:
    assert said(text, "public") == "start"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # how to fill in the handle, asked at a handle step, is how to do that step
        ("ユーザー名はどこに入れればいい？", "ask_new_handle", "how"),
        ("IDはどう入力するの", "ask_new_handle", "how"),
        ("アドレスって何を書けばいいんですか", "ask_old_handle", "how"),
        ("ハンドルの書き方がわからない", "ask_old_handle", "how"),
        ("前のユーザー名って何を入れれば？", "ask_old_handle", "how"),
        # whether the username stays is still the username question
        ("ユーザー名は引っ越し後も同じ？", "ask_new_handle", None),
    ],
)
def test_how_to_fill_in_the_handle_at_a_handle_step(
    text: str, where: str, command: str | None
) -> None:
    assert said(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        # the old account's things: the things are asked, the account says whose
        ("移行したら前のアカのトゥートは消えちゃう？", "move", ["posts"]),
        ("旧垢の投稿って残る？", "public", ["posts"]),
        ("元のアカウントのフォロワーは消えますか", "move", ["followers"]),
        ("古いアカウントのブックマークって消える？", "public", ["bookmarks"]),
        ("これ押すと旧アカのリストはどうなる？", "move", ["lists"]),
        # the old account itself is still asked about
        ("旧アカウントはどうなる？", "public", ["old_account"]),
    ],
)
def test_the_old_accounts_things_are_the_things(text: str, where: str, subjects: list[str]) -> None:
    assert read(text, where=where, locale="ja").understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # importing in any inflection, after a story of the export done
        ("エクスポートは済みました。新しい方でどう取り込めますか", ["import"]),
        ("CSVは落としました。新垢でどうやって読み込めばいい？", ["import"]),
        ("ファイルはもうある。新しいアカウントにどう読み込めるの", ["import"]),
        # the cooldown as a gap to leave, or a second move
        ("二度目の引っ越しはいつからできますか", ["cooldown"]),
        ("移行のあと、再度移行するまでどれくらい期間を空けるべき？", ["cooldown"]),
        ("次の移転まで間隔はどのくらい必要ですか", ["cooldown"]),
    ],
)
def test_import_inflections_and_the_gap_before_moving_again(text: str, subjects: list[str]) -> None:
    assert read(text, where="public", locale="ja").understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        # a thing said not to move, named with もの, keeps its "not"
        ("リストは引き継げないものです", "lists_cannot_transfer"),
        ("リストって新しい鯖に持っていけないものなんですよね", "lists_cannot_transfer"),
        ("リストは移行できないものだよ", "lists_cannot_transfer"),
        ("リストは新しいアカウントには移らないものだと聞きました", "lists_cannot_transfer"),
        # uploading or restoring posts in chat words
        ("アーカイブを新垢にアップすれば投稿も戻るよね", "posts_can_be_imported"),
        ("zipを上げ直せば過去トゥートは復活するはず", "posts_can_be_imported"),
        ("バックアップから投稿を戻せるって聞いた", "posts_can_be_imported"),
    ],
)
def test_claims_in_chat_shapes_are_myths(text: str, myth: str) -> None:
    assert myth in read(text, where="public", locale="ja").understanding.myths


@pytest.mark.parametrize(
    "text",
    ["移行できないものは何？", "投稿をアップする方法", "写真を新しい鯖にアップしたい"],
)
def test_asking_what_cannot_move_or_uploading_media_is_no_claim(text: str) -> None:
    assert read(text, where="public", locale="ja").understanding.kind == "question"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # everyday openers of Japanese chat and mail greet
        ("お疲れさまです、ちょっと質問いいですか", "greeting"),
        ("いつもお世話になっております", "greeting"),
        ("お邪魔します", "greeting"),
        ("どもども", "greeting"),
        ("あけおめ！", "greeting"),
        ("こんちは", "greeting"),
        # net manners: "excuse me for replying from outside my follows", full-width too
        ("FF外から失礼します！", "greeting"),
        ("ＦＦ外から失礼しますm(_ _)m", "greeting"),
        # and more ways to thank
        ("お世話になりました！", "thanks"),
        ("センキュー", "thanks"),
        ("あざーす", "thanks"),
    ],
)
def test_everyday_openers_and_thanks(text: str, kind: str) -> None:
    assert read(text, where="public", locale="ja").understanding.kind == kind


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # no more reminders: they need not come, they are not needed
        ("もうリマインダー来なくていいです", "dm", "stop"),
        ("通知はもう来なくて大丈夫です", "dm", "stop"),
        ("リマインドもう要りません", "dm", "stop"),
        ("メッセージはもう送ってくれなくていいよ", "dm", "stop"),
        # going on with the rest, wished casually
        ("続きやりたい", "dm", "resume"),
        ("さっきのやつの続きしたいんだけど", "dm", "resume"),
        # not now: about to, busy, later
        ("今から作ります", "alias", "not_yet"),
        ("ちょっと今手が離せない", "alias", "not_yet"),
        ("あとでやっとく", "alias", "not_yet"),
        ("時間ないからまた今度", "profile", "not_yet"),
        ("手が空いたらやります", "move", "not_yet"),
        ("まだ終わりじゃない", "export", "not_yet"),
        # done in other words: saved, carried out, put in, applied for
        ("ファイルは保存済み", "export", "done"),
        ("実行しました", "move", "done"),
        ("全部入れた", "import", "done"),
        ("取り込みました", "import", "done"),
        ("依頼しました", "archive", "requested"),
        ("申請済み", "archive", "requested"),
        # guards: a procedure done is done, asked "still in time?" is no answer
        ("移行の手続きしたよ", "move", "done"),
        ("今からでも間に合う？", "alias", None),
    ],
)
def test_step_answers_and_orders_in_everyday_words(
    text: str, where: str, command: str | None
) -> None:
    assert said(text, where) == command


def test_thanks_then_how_to_move_is_still_the_question() -> None:
    assert read("ありがとう、引っ越し方を教えて", locale="ja").understanding.subjects == ["move"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # hesitating whether to move at all: no wish to start, the whether question
        ("引っ越しするべきか迷ってる", "public"),
        ("引っ越しするべきか迷ってる", "dm"),
        ("移行しようか悩んでます", "dm"),
        ("引っ越すかどうか決められない", "public"),
        ("このまま残るか移るか迷う", "public"),
        ("新しいアカウントでやり直すか引っ越すか迷ってる", "public"),
    ],
)
def test_hesitating_whether_to_move(text: str, where: str) -> None:
    got = read(text, where=where, locale="ja")
    assert (got.command, got.understanding.subjects) == (None, ["whether_to_move"])


@pytest.mark.parametrize(
    "text",
    [
        # the server's rules, read before choosing it; torn between servers
        "新しい鯖のルールってどこで見る？",
        "サーバーの規約ってどこで確認できる？",
        "移行先の鯖どこにするか迷ってる",
    ],
)
def test_choosing_a_server_by_its_rules(text: str) -> None:
    assert read(text, where="public", locale="ja").understanding.subjects == ["choose_server"]


@pytest.mark.parametrize(
    "text",
    [
        # off topic though a subject's word is named: growing a following, moving house,
        # alt text typed in Latin letters
        "フォロワー増やすコツある？",
        "フォロワーを増やしたいんだけど何すればいい",
        "フォロワーって簡単に増やせる？",
        "バズる投稿の書き方教えて",
        "引っ越し業者のおすすめある？",
        "画像にaltつけるには？",
    ],
)
def test_off_topic_lines_that_name_a_subjects_word(text: str) -> None:
    assert read(text, where="public", locale="ja").understanding.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # guards: the followers after the move are still asked about
        ("移行後にフォロワーを増やすには再フォロー必要？", ["followers"]),
        ("フォロワーが増えない", ["follower_timing"]),
    ],
)
def test_the_followers_after_the_move_stay_on_topic(text: str, subjects: list[str]) -> None:
    assert read(text, where="public", locale="ja").understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # deleting typed in hiragana, spaced or not
        ("ふるいあかうんと けしていい？", ["delete_old_account"]),
        ("まえのあかうんと けしたい", ["delete_old_account"]),
        ("旧アカ、もう けせる？", ["delete_old_account"]),
        # guards: だけ keeps its して ("only doing the export")
        ("これだけしても移行できない", ["move"]),
        ("エクスポートだけしたら次はどうする？", ["csv_export"]),
    ],
)
def test_deleting_typed_in_hiragana(text: str, subjects: list[str]) -> None:
    assert read(text, where="public", locale="ja").understanding.subjects == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # back to what was shown before, in everyday words
        ("さっきの手順をもう一回見せて", "alias", "back"),
        ("ひとつ前のやつもう一回", "move", "back"),
        ("前の説明に戻して", "export", "back"),
        # leave asked to skip (〜てもいいですか is a request, not a question)
        ("これやらなくてもいい？", "alias", "skip"),
        ("このステップはパスしてもいいですか", "profile", "skip"),
        ("これ飛ばしてもいいかな", "archive", "skip"),
        # pausing or giving up the walkthrough
        ("一旦中断します", "alias", "stop"),
        ("やめます", "export", "stop"),
        ("引っ越しやめたい", "dm", "stop"),
        # guards: the pause ended is resume; leave asked to delete is still the question
        ("中断してたやつ再開したい", "dm", "resume"),
        ("旧アカ消してもいいですか", "dm", None),
        ("移行が終わったら古いアカウントは削除してもいいですか", "move", None),
    ],
)
def test_back_skip_and_stop_in_everyday_words(text: str, where: str, command: str | None) -> None:
    assert said(text, where) == command
