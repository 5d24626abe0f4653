"""Japanese typed in kana with spaces between words (wakachigaki, as children's books and
games write), and English words glued to Japanese ("English pleaseで").

The tables are unspaced and mostly in kanji: a message's typed spaces between Japanese
words go (after its spellings are folded, so "とき えいりあす" holds no "きえ"), common
kanji words typed in kana are folded to their kanji (`variants`), and short loanwords with
a long-vowel mark ("こぴー") are their katakana. The phrasings are the tuner's own."""

from __future__ import annotations

import pytest

from bot.interpret import clean, read


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("つぎの ひっこしは いつから できますか", ["cooldown"]),
        ("もういちど ひっこすには なんにち まてば いいの", ["cooldown"]),
        ("ふぉろーできる かずに じょうげんは ある？", ["follow_limit"]),
        ("ひっこしたあと みんなから ふるい あかうんとは どう みえるの", ["what_others_see"]),
        ("ひっこしたら まえの とうこうは どうなるの", ["posts"]),
        ("ひっこす とき えいりあすは ひつよう？", ["alias"]),
    ],
)
def test_spaced_kana_reads_as_unspaced_text(text: str, subjects: list[str]) -> None:
    reading = read(text, where="public", locale="ja")
    assert (reading.command, reading.understanding.subjects) == (None, subjects)


def test_a_claim_in_spaced_kana_is_a_myth() -> None:
    reading = read("じこしょうかいも なまえも ぜんぶ こぴーされるって きいた", locale="ja")
    assert reading.understanding.kind == "myth"
    assert reading.understanding.myths == ["name_bio_copied"]


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("もう めっせーじ おくらないで", "dm", "stop"),
        ("りまいんだーは もう おくらないで ください", "dm", "stop"),
        ("いま どの すてっぷ だっけ", "export", "status"),
        ("english pleaseで書いてくれる？", "dm", "language:en"),
    ],
)
def test_commands_in_spaced_kana_or_glued_english(text: str, where: str, command: str) -> None:
    assert read(text, where=where, locale="ja").command == command


def test_only_spaces_between_japanese_words_go() -> None:
    assert clean("もう りまいんだー") == clean("もうりまいんだー")
    assert clean("ok doneです") == "ok done です"
    assert clean("ok done") == "ok done"
