"""Japanese classes of session 35 (learn35en), chosen on the tuning halves of rounds
58-66 and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of
the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "エイリアス設定したけん、フォロワーはもう移り始めとるよね？",
        "エイリアス登録したさかい、フォロワーもう移り始めとるやろ？",
        "エイリアス作ったけえ、フォロワーはもう移り始めとるじゃろ？",
    ],
)
def test_a_dialect_because_joins_the_claim(text: str) -> None:
    """ "エイリアス作ったけん、もうフォロワー移り始めとるっちゃろ？": Hakata and Hiroshima
    "けん/けえ", Kansai "さかい" are "から" (because): the alias made and the followers
    already moving are one claim, the myth that the alias starts the transfer (intents/ja.toml
    `joiners`)."""
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("旧アカって消せる？あとクールダウンってなんや", {"delete_old_account", "cooldown"}),
        ("リストは移る？あとエイリアスってなんや", {"lists", "alias"}),
    ],
)
def test_kansai_nanya_asks(text: str, subjects: set[str]) -> None:
    """ "…ってなんや" (Kansai "what is …") asks without a question mark: a question added
    with あと stays asked beside the first (intents/ja.toml `question_ending`)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "移るもの移らないものをざっくり教えて",
        "引っ越すとき、なにが移るのか知りたい",
        "移るものの一覧ってある？",
    ],
)
def test_what_moves_and_what_does_not(text: str) -> None:
    """ "移るもの移らないもの一覧で教えて", "なにが移るのか一覧ほしい": what moves and what
    doesn't is the overview (intents/ja.toml overview)."""
    assert subjects_of(text) == {"overview"}
