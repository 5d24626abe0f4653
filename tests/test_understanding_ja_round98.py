"""Japanese messages of session 55 (ja55), classes chosen on round 97's tuning half: the
lists put in "over there" ("向こうでどうやって入れるの？") is the import, beside the export
asked before it; what is done on each side, new and old ("新しいサーバーと古いサーバーで
それぞれ何をすれば"), is the alias and the move both; how much longer to wait once only some
followers have come ("まだ3割しか来てない、あとどのくらい待てばいい？") at the followers step is
their timing, not where the walk has got; and thanks in regional words ("にふぇーでーびる",
"おしょうしな") thank. Then the left list: what comes along ("何が一緒に移るの？") is what
moves, beside a second question too; announcements the member posted ("作品の告知",
"ライブの告知") are posts, the move's own announcement stays who is told; and the archive
awaited while asking ("アーカイブ待ってる間に聞くけど、…") is when the member asks, not
what. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "ミュートってエクスポートできる？で、向こうではどうやって入れるの？",
        "フォローしてる人のリストってエクスポートできる？あっちでどうやって入れるん？",
        "ブックマークはエクスポートできますか。向こうではどうやって入れればいいですか",
        "ブロックってエクスポートできるんかな？ほんで引っ越し先でどうやって入れるん",
    ],
)
def test_the_lists_put_in_over_there_is_the_import(text: str) -> None:
    assert subjects_of(text) == {"csv_export", "import"}


def test_put_in_over_there_alone_is_the_import() -> None:
    assert subjects_of("向こうのアカウントでどうやって入れるの？") == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "新しいアカウント側と古いアカウント側でそれぞれ何をすればいい？",
        "移行元と移行先それぞれでやる作業を教えてください",
        "新しいサーバーと古いサーバーでそれぞれ何をすればいいですか",
        "移行元アカウントと移行先アカウントでそれぞれやることは？",
        "旧サーバーと新サーバーそれぞれの手順を教えてください",
    ],
)
def test_what_is_done_on_each_side_is_the_alias_and_the_move(text: str) -> None:
    """The alias is made on the new account, the move started on the old one."""
    assert subjects_of(text) == {"alias", "move"}


@pytest.mark.parametrize(
    "text",
    [
        "まだ3割しか来てないけど、あとどれくらい待てばいいの",
        "まだ100人しか来てない。あとどれくらい待ったらいい？",
        "フォロワーまだ2割しか来てないけど、あとどのくらい待てばいいですか",
        "半分しか移ってないんだけど、あとどのくらい待てばいい？",
    ],
)
def test_only_some_come_then_how_long_to_wait_is_their_timing(text: str) -> None:
    """At the followers step too: how long to wait is asked, not where the walk has got."""
    assert subjects_of(text, "followers") == {"follower_timing"}
    assert subjects_of(text) == {"follower_timing"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ありがっさまりょうた〜🙏", "followers"),
        ("にふぇーでーびる！", "dm"),
        ("いっぺーにふぇーでーびたん", "followers"),
        ("おしょうしな〜", "import"),
        ("あんやとね", "alias"),
        ("たんでぃがーたんでぃ", "dm"),
        ("みーふぁいゆー", "followers"),
    ],
)
def test_regional_thanks_thank(text: str, where: str) -> None:
    got = read_row({"text": text, "where": where})
    assert got.command is None and got.understanding.kind == "thanks"
    assert command_of(text, where) is None


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("何が一緒に移るの？あとブックマークは？", {"overview", "bookmarks"}),
        (
            "引っ越すとき何が一緒に移りますか。それと固定投稿はどうなりますか",
            {"overview", "pinned_posts"},
        ),
        ("何を一緒に持っていけるの？それとDMは？", {"overview", "direct_messages"}),
        (
            "移るときに何が一緒についてくるのか知りたいです。あと鍵アカウントでも大丈夫ですか",
            {"overview", "locked_account"},
        ),
    ],
)
def test_what_comes_along_is_the_overview_beside_a_second_question(
    text: str, subjects: set[str]
) -> None:
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "ライブの告知いっぱい投稿してたけど、あれ消えちゃうの？",
        "イベント告知の投稿って移らないの？",
        "グッズの告知は新しいアカウントに残る？",
        "作品の告知とか宣伝の投稿も移らないの？",
    ],
)
def test_announcements_posted_are_posts(text: str) -> None:
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text", ["移行したらフォロワーに告知される？", "引っ越しの告知ってフォロワーに届くの？"]
)
def test_the_moves_own_announcement_is_who_is_told(text: str) -> None:
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("アーカイブ待ちの間に質問です。ブックマークは移せますか", "archive", {"bookmarks"}),
        (
            "アーカイブ待ってる間に聞くけど、前のアカウント宛のメンションは見られるの？",
            "archive",
            {"old_account_mentions"},
        ),
        (
            "アーカイブを待っている間に聞きたいのですが、ミュートは移せますか",
            "public",
            {"mutes"},
        ),
        ("アーカイブを待つ間に質問させてください。DMは移りますか？", "dm", {"direct_messages"}),
    ],
)
def test_the_archive_awaited_while_asking_is_not_asked(
    text: str, where: str, subjects: set[str]
) -> None:
    assert subjects_of(text, where) == subjects


def test_the_archive_asked_while_awaited_is_asked() -> None:
    text = "アーカイブ待ってる間に聞くけど、アーカイブって何日で届くの？"
    assert subjects_of(text, "archive") == {"archive"}
