"""Japanese classes of session 38 (learn38ja), chosen on the tuning halves of rounds
28-69, most of them "wrong command or kind": a request read as a question or the
reverse, an answer at a step read as an order, a question read as a claim. The
phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "別のサーバーへ移りたいので、最初からご案内いただけますか",
        "移行をお手伝いいただけますでしょうか",
        "アカウントの引っ越しを手伝ってもらえますか。一つずつ教えてください。",
        "引っ越しを手伝っていただけますか。順番に教えてください",
    ],
)
def test_keigo_requests_to_be_guided_start(text: str) -> None:
    """Keigo asks with "ご案内いただけますか", "お手伝いいただけますか" (no "て" before
    "いただけ"), and a request closed by "順番に/一つずつ教えてください" asks to be walked
    through: the walkthrough, not a question about the move."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("フォローリストを新しいアカウントに取り込む手順を教えていただけますか", "import"),
        ("ブロックしたアカウントを取り込む手順をご案内いただけますか", "import"),
        ("エイリアスを作る手順を教えてもらえますか", "alias"),
    ],
)
def test_steps_of_one_part_asked_politely_ask_about_it(text: str, subject: str) -> None:
    """A request for the steps of one part of the move (importing, the alias) asks how to
    do that part: a question, not the whole walkthrough."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("前のとこから来ました", "choose_direction", "here"),
        ("もう新しい鯖にいます。前のとこから来たんです", "choose_direction", "here"),
        ("前のとこに戻って", "import", "back"),
    ],
)
def test_the_place_one_came_from_is_no_step_back(text: str, where: str, command: str) -> None:
    """ "前のとこから来ました" (I came from my old place) answers which way; "前のとこに
    戻って" still goes back a step."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "subject"),
    [
        ("新アカまだない、どこで作れば", "ask_new_handle", "choose_server"),
        ("新しいアカウントまだ無いんだけど どこで作ったら", "ask_new_handle", "choose_server"),
    ],
)
def test_a_question_cut_short_after_not_yet(text: str, where: str, subject: str) -> None:
    """ "どこで作れば", "どこで作ったら": a question word and a conditional left hanging
    ("…ばいい？" unsaid) ask, after the "not yet" that gives the reason."""
    assert subjects_of(text, where) == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ブロックした人らは新しい方にも勝手に移るんかね？", "blocks"),
        ("ミュートしてる人らは新しいアカウントにも移るのかね", "mutes"),
        ("移行したらまたミュートし直しなん", "mutes"),
        ("フォローしてる人は自分でフォローし直しなん", "follows"),
    ],
)
def test_wondering_and_western_question_endings(text: str, subject: str) -> None:
    """ "〜んかね/のかね" wonders (its "ね" is no "right?" tag); western "〜なん" (= なの)
    asks: questions, not claims."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("別の鯖に移行しようと思ってます 投稿は新しい方に移りますか", "posts"),
        ("引っ越そうと思っています ブックマークも一緒に移りますか", "bookmarks"),
        ("そろそろ移ろうと思ってるんだけど投稿って移るの", "posts"),
    ],
)
def test_an_intention_is_no_claim_marker(text: str, subject: str) -> None:
    """ "〜しようと思って(い)ます", "移ろうと思って" tell a plan (I intend to), not "I think
    that…" ("移るだろうと思ってた" still claims): the question after it asks."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ダウンロードしたzipを新しいアカウントに入れたら投稿戻る？", "download"),
        ("アーカイブ 新しい アカウントに いれたら 投稿 もどる？", "public"),
    ],
)
def test_the_archive_put_in_to_bring_posts_back(text: str, where: str) -> None:
    """Putting the archive into the new account ("入れたら") to bring the posts back
    ("戻る") asks the claim forward for a yes: the import myth."""
    assert myths_of(text, where) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "絵描きが多いサーバーに移りたいのですが、どうやって探せばいいですか",
        "自分に合う鯖ってどう探せばいい？",
    ],
)
def test_how_to_find_a_server(text: str) -> None:
    """Finding ("探せば", "探す") where to go is choosing a server, after a wish to move."""
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("移行にかかる日数と、移行後のユーザーIDの扱いをお教えください", {"duration", "username"}),
        ("移行後のIDの扱いについてご教示ください", {"username"}),
    ],
)
def test_keigo_please_tell_me_asks(text: str, subjects: set[str]) -> None:
    """Keigo "お教えください", "ご教示ください", "お聞かせください" ask as "教えて" does; a
    clause closed by "と" lists what the asking clause after it asks about too; an ID's
    "扱い" (what becomes of it) is the username."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "エイリアスの作成場所と、そのあと何時間待つのかをご教示いただけますか",
        "エイリアスのやり方と、反映までどれくらいかかるか教えて",
    ],
)
def test_where_or_how_to_make_the_alias_and_how_long(text: str) -> None:
    """Where or how to make the alias ("作成場所", "やり方", "作り方", "どちらのアカウント
    で") asked beside how long after it is two questions; "エイリアス設定してからどのくらい
    で移行できる？" alone is still how long."""
    assert subjects_of(text) == {"alias", "duration"}
    assert subjects_of("エイリアス設定してからどのくらいで移行できる？") == {"duration"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "仕事終わりにやっと時間取れたんやけど、フォロワーとミュートって移るん？",
            {"followers", "mutes"},
        ),
        (
            "昼休みでちょっと時間できたから聞くけど、フォロワーとリストって移行される？",
            {"followers", "lists"},
        ),
    ],
)
def test_time_found_for_asking_is_no_question_of_time(text: str, subjects: set[str]) -> None:
    """ "時間取れた", "時間できた" (I finally have time) tell why the member writes now; how
    long the followers take is asked with "時間かかる"."""
    assert subjects_of(text) == subjects
    assert subjects_of("フォロワーって移るのに時間かかる？") == {"follower_timing"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("ミュートは新しいアカウントにも引き継がれるんだず？", "mutes_move_automatically"),
        ("プロフィール文、新しい垢にもコピーされるんやってね。助かるわ", "name_bio_copied"),
        ("過去の投稿は全部お引越しされるんだよね？楽しみ", "posts_move_automatically"),
        (
            "フォローしてる人も新しい方に移るって書いてあったけど本当け？",
            "follows_move_automatically",
        ),
        (
            "アイコン、せっかく描いてもらったんだけど、新しい方にもそのまま移るんだよね",
            "avatar_header_transferred",
        ),
    ],
)
def test_dialect_tags_and_hearsay(text: str, myth: str) -> None:
    """Yamagata "んだず" asks to confirm (and a claim read somewhere stays one under
    "本当け？"); Kansai hearsay "んやって" (= んだって) marks a claim; "お引越しされる" moves; a clause closed by "だけど" runs on into the
    claim."""
    assert myths_of(text) == {myth}


def test_a_wish_to_move_is_no_claim_verb() -> None:
    """ "移りたいんだけど、…": the member's own move, no claim that the mutes move."""
    assert subjects_of("移りたいんだけど、ミュートしてる人はまたミュートし直しかな") == {"mutes"}


def test_no_step_to_skip_in_a_dm() -> None:
    """In a DM no step waits: "エクスポートはいらんよね" after a claim skips nothing."""
    assert myths_of("ブロックは勝手に移るらしいから、エクスポートはいらんよね", "dm") == {
        "blocks_move_automatically"
    }


@pytest.mark.parametrize(
    "text", ["ボットさん、わたしの記録ぜんぶ消して", "ぼくの記録、全部削除してください"]
)
def test_my_records_erased_is_forget(text: str) -> None:
    """The member's "記録" (records) erased, words between: the bot's data (forget)."""
    assert command_of(text, "dm") == "forget"


def test_what_differs_between_the_archive_and_the_csv() -> None:
    """ "何が違うの", Kansai "何がちゃうの": both files compared, both asked."""
    assert subjects_of("アーカイブとCSVって何がちゃうの") == {"archive", "csv_export"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "古いほうのアカウント、サーバーが閉まって消えてもうた。まだ引っ越せる？",
            "ask_old_handle",
        ),
        ("前の鯖もう閉まってしもうた、それでもフォロワー移せる？", "ask_old_handle"),
    ],
)
def test_a_server_already_shut_is_gone(text: str, where: str) -> None:
    """ "閉まって/閉まった" (already shut, one word for the cutter) beside the server: the old
    server gone, not one closing soon ("来月閉まる")."""
    assert subjects_of(text, where) == {"old_server_gone"}
    assert subjects_of("鯖が来月閉まるんだけど何すればいい？") == {"server_closing"}
