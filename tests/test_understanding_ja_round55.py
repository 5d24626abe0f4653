"""Japanese classes round 55's tuning half showed failing at first contact (read on a56384b):
whole messages in half-width katakana, as phones that type no other Japanese send them;
"what can I ask this bot" said with 頼める; a Misskey/X first post ("はじめましてのノート")
that greets; a business request to stop writing ("ご連絡は控えていただけますか"); going on
using the old account after the move ("後も古いアカウントって使える？", LABELS.md:
keep_both_accounts). The phrasings are the tuner's own (ja25), written before the round's
misses were read; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of, subjects_of

from bot.text import normalise


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("ｱｶｳﾝﾄ ﾉ ﾋｯｺｼ ﾊ ﾄﾞｳﾔﾙﾉ", {"move"}),
        ("ﾄｳｺｳ ﾊ ﾓｯﾃｲｹﾙ?", {"posts"}),
        ("ﾌｫﾛﾜｰ ﾊ ｼﾞﾄﾞｳﾃﾞ ｳﾂﾙﾉ", {"followers"}),
        ("ｴｲﾘｱｽ ﾉ ﾂｸﾘｶﾀ ｦ ｵｼｴﾃ", {"alias"}),
    ],
)
def test_ja_half_width_katakana_alone_reads_as_kana(text: str, subjects: set[str]) -> None:
    """A message in half-width katakana alone is read as hiragana, which the tables fold to
    their words ("とうこう" is 投稿)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ﾋｯｺｼ ｦ ﾃﾂﾀﾞｯﾃ ｸﾀﾞｻｲ", "dm", "start"),
        ("ﾓｳ ﾒｯｾｰｼﾞ ｲﾗﾅｲ", "dm", "stop"),
        ("ﾃﾞｷﾏｼﾀ", "alias", "done"),
        ("ﾏﾀﾞﾃﾞｽ", "alias", "not_yet"),
    ],
)
def test_ja_half_width_katakana_commands(text: str, where: str, command: str) -> None:
    assert command_of(text, where) == command


@pytest.mark.parametrize(("text", "kind"), [("ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ", "thanks"), ("ｺﾝﾆﾁﾊ", "greeting")])
def test_ja_half_width_katakana_thanks_and_greetings(text: str, kind: str) -> None:
    assert first_contact({"text": text})[1].understanding.kind == kind


def test_ja_a_claim_in_half_width_katakana_is_a_myth() -> None:
    assert myths_of("ﾐﾝﾅﾆ ﾌｫﾛｰｼﾅｵｼﾃ ﾓﾗﾜﾅｲﾄ ｲｹﾅｲﾝﾃﾞｼｮ?") == {"followers_must_refollow"}


def test_ja_half_width_katakana_beside_kanji_stays_katakana() -> None:
    """Only a message with no hiragana or kanji is read as kana: "ﾌｫﾛﾜｰは移る？" keeps
    its loanword, and the tables' own katakana words never change."""
    assert normalise("ﾌｫﾛﾜｰは移る？") == "フォロワーは移る?"
    assert normalise("ﾌｫﾛﾜｰ ﾊ ｳﾂﾙ?") == "ふぉろわー は うつる?"
    assert normalise("フォロワー") == "フォロワー"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("このbotってどんなこと頼めるの？", "public"),
        ("どんなことを頼めますか", "public"),
        ("botに頼めることって何", "dm"),
        ("何頼めるん？", "dm"),
        ("これって何を頼めるの", "alias"),
    ],
)
def test_ja_what_the_bot_can_be_asked_for_is_help(text: str, where: str) -> None:
    assert command_of(text, where) == "help"


def test_ja_what_to_ask_someone_else_is_no_help() -> None:
    assert subjects_of("フォロワーに何を頼めばいい？") == {"followers"}


@pytest.mark.parametrize(
    "text", ["はじめましてのノートです！", "はじめましての投稿です🙌", "初ノートです、よろしく"]
)
def test_ja_a_first_post_greets(text: str) -> None:
    """Misskey's and X's "はじめましてのノート/投稿" is a hello, not a question about posts."""
    assert first_contact({"text": text})[1].understanding.kind == "greeting"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("今後のご連絡は控えていただけますでしょうか", "dm"),
        ("しばらく連絡不要です", "dm"),
        ("ご連絡は差し控えてください", "dm"),
        ("しばらく連絡不要です", "alias"),
    ],
)
def test_ja_business_words_to_stop_writing(text: str, where: str) -> None:
    assert command_of(text, where) == "stop"


@pytest.mark.parametrize(
    "text", ["引っ越した後も古いアカウントって使えるの？", "移行後も元のアカウントは使えますか"]
)
def test_ja_using_the_old_account_after_the_move_keeps_both(text: str) -> None:
    """LABELS.md: "can I still use my old account after this?" is keep_both_accounts; what
    becomes of the old account ("使えなくなるの？") stays old_account."""
    assert subjects_of(text) == {"keep_both_accounts"}
    assert subjects_of("旧アカウントは使えなくなるの？") == {"old_account"}
