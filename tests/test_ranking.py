"""Never a dead end: a message no phrase matches is ranked against the knowledge
(bot/ranking.py); a clear best is answered, close ones get "Do you mean …?", and a
message that is really off topic still gets an honest "I don't know".

Checked on rendered replies, so the template and the composer are part of what can fail.
"""

from __future__ import annotations

import pytest

from bot import ranking
from bot.answers import compose_answer
from bot.understand import lexicon, understand
from replies.knowledge import knowledge

MENTION = "@bo"
UNKNOWN_WORDS = {
    "en": "don't know",
    "de": "weiß ich nicht",
    "fr": "ne sais pas",
    "es": "no lo sé",
    "ja": "分かりません",
}


def reply(text: str, locale: str = "en") -> str:
    statuses = compose_answer(understand(text, locale), locale=locale, mention=MENTION)
    return "\n\n".join(s.removeprefix(MENTION + " ") for s in statuses)


def phrases_only(text: str, locale: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(ranking, "fallback", lambda *_: None)
        return lexicon(locale).understand(text).kind


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en", "limit?", ["follow_limit", "import"]),
        ("en", "cancel?", ["old_account", "move_back"]),
        ("de", "anzahl?", ["followers", "follow_limit"]),
        ("fr", "limite ?", ["follow_limit", "import"]),
    ],
)
def test_a_near_miss_gets_do_you_mean_with_the_nearest_topics(locale, text, expected, monkeypatch):
    assert phrases_only(text, locale, monkeypatch) == "unknown"  # no phrase matched it
    got = understand(text, locale)
    assert got.clarify and 2 <= len(got.subjects) <= ranking.MAX_CANDIDATES
    assert set(expected) <= set(got.subjects)
    body = reply(text, locale)
    labels = [knowledge(locale).subjects[s].label for s in got.subjects]
    assert all(label in body for label in labels), body
    assert body.startswith({"en": "Do you mean", "de": "Meinst du", "fr": "Vous parlez de"}[locale])


def test_a_clear_best_near_miss_is_answered(monkeypatch):
    # Not "... de comptes que je peux suivre": the phrase tables read that one (session 35).
    text = "y a-t-il une limite au nombre de personnes que je peux suivre"
    assert phrases_only(text, "fr", monkeypatch) == "unknown"
    got = understand(text, "fr")
    assert (got.subjects, got.clarify) == (["follow_limit"], False)
    assert got.confidence < 0.5  # a guess, weaker than any phrase match
    assert knowledge("fr").subjects["follow_limit"].answer in reply(text, "fr")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "what's the weather like?"),
        ("en", "tell me a joke"),
        ("en", "who won the game last night"),
        ("en", "how do I add alt text to images?"),
        ("en", "is there a dark mode"),
        ("en", "can you recommend a good pizza place"),
        ("en", "what is the fediverse"),
        ("fr", "Tu as une bonne recette de crêpes ?"),
        ("de", "Wie wird das Wetter morgen?"),
        ("de", "Wie füge ich Bildbeschreibungen hinzu?"),
        ("fr", "Comment ajouter un texte alternatif à une image ?"),
        ("es", "¿Qué tiempo hará mañana?"),
        ("ja", "明日の天気はどうですか？"),
    ],
)
def test_really_off_topic_stays_i_dont_know(locale, text):
    assert understand(text, locale).kind == "unknown"
    assert UNKNOWN_WORDS[locale] in reply(text, locale)


def test_a_phrase_match_is_never_second_guessed_by_ranking():
    got = understand("do my bookmarks move?")
    assert (got.subjects, got.clarify, got.confidence) == (["bookmarks"], False, 0.9)
