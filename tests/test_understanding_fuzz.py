"""Messages nobody wrote as such: tuning rows run together, re-punctuated, with filler and
emoji, several sentences, claims beside questions. Reading any of them must not raise (a
member would get an apology instead of an answer), whatever it makes of them.

The sample is seeded, so a red run is the same on every machine. For a longer search by
hand: UNDERSTANDING_FUZZ=3000 UNDERSTANDING_FUZZ_SEED=7 pytest tests/test_understanding_fuzz.py
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from question_set import parsed

from bot import interpret

TUNING = Path(__file__).parent / "data" / "tuning"
LOCALES = ("en", "de", "fr", "es", "ja")
VARIANTS = int(os.environ.get("UNDERSTANDING_FUZZ", "40"))
SEED = int(os.environ.get("UNDERSTANDING_FUZZ_SEED", "0"))
WHERE = (interpret.PUBLIC, interpret.PUBLIC, interpret.DM, "alias", "download", "move")

# Words members put around a question: greetings, filler, thanks, "and", "but", "if not".
AROUND = {
    "en": ["hi", "well", "um", "so", "thanks", "lol", "and", "but", "also", "and if not"],
    "de": ["hallo", "also", "ähm", "na ja", "danke", "und", "aber", "außerdem"],
    "fr": ["salut", "bon", "euh", "alors", "merci", "et", "mais", "aussi"],
    "es": ["hola", "bueno", "pues", "oye", "o sea", "gracias", "y", "pero", "y si no"],
    "ja": ["えっと", "あの", "ありがとう", "こんにちは", "それと", "でも", "あと"],
}
AFTER = ["😩", "🙏", "🤔", "😅", "!!", "???", "…", "🐘"]
ENDS = ["?", "??", ".", "!", "", " ?", "...", "!?", ":"]
JAPANESE_ENDS = {"?": "？", "??": "？？", ".": "。", "!": "！"}


def rows(locale: str) -> list[str]:
    return [row["text"] for row in parsed(TUNING / f"{locale}.toml")["rows"]]


def sentence(text: str, locale: str, rng: random.Random) -> str:
    """One row as one sentence of a longer message, punctuated anew (¿ ¡ in Spanish)."""
    text = text.strip().rstrip("?!.。？！ ").lstrip("¿¡")
    end = rng.choice(ENDS)
    if locale == "es" and "?" in end and rng.random() < 0.6:
        text = "¿" + text
    elif locale == "es" and end == "!" and rng.random() < 0.5:
        text = "¡" + text
    if locale == "ja":
        end = JAPANESE_ENDS.get(end, end)
    if rng.random() < 0.3:
        text = f"{rng.choice(AROUND[locale])}{rng.choice([', ', ' '])}{text}"
    if rng.random() < 0.2:
        text = f"{text}{end} {rng.choice(AFTER)}"
        end = ""
    if rng.random() < 0.15:
        text = text.upper() if rng.random() < 0.5 else text.lower()
    return text + end


def variants(locale: str, count: int, seed: int) -> list[str]:
    """`count` messages of one to four rows each, joined by spaces or line breaks."""
    written = rows(locale)
    rng = random.Random(f"{locale}:{seed}")
    joints = ["", " ", "\n"] if locale == "ja" else [" ", "  ", "\n"]
    found = []
    for _ in range(count):
        parts = [sentence(rng.choice(written), locale, rng) for _ in range(rng.randint(1, 4))]
        found.append(rng.choice(joints).join(parts))
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_made_of_tuning_rows_makes_the_reading_raise(locale):
    rng = random.Random(f"where:{locale}:{SEED}")
    raised = []
    for text in variants(locale, VARIANTS, SEED):
        where = rng.choice(WHERE)
        try:
            interpret.read(text, where=where, locale=locale)
        except Exception as error:  # every one found, not only the first
            raised.append((where, text, f"{type(error).__name__}: {error}"))
    assert not raised, raised


# Found by the fuzz above (a subject a rule brings in stood past the last word); each raised
# IndexError. What they ask is what is asserted, not only that they are read.
@pytest.mark.parametrize(
    ("locale", "text", "subject"),
    [
        # `adds` put the followers' timing after "seguidores", the last word; the rule
        # turning that timing into a lower count then looked for its sentence (_cued).
        (
            "es",
            "Ya hice el alias. ¿Y cuánto tardan en llegar todos los seguidores?",
            "follower_timing",
        ),
        (
            "es",
            "Perdón, me perdí. ¿Y cuánto tardan en llegar todos los seguidores?",
            "follower_timing",
        ),
        # A second question's alias error, brought in after "alias", the last word; which
        # clause it was in was looked up (_asked_about).
        (
            "fr",
            "Merci pour tout. Mon pseudo affiché, il change ? J'ai déjà créé l'alias ?",
            "username",
        ),
    ],
)
def test_a_subject_a_rule_brings_in_after_the_last_word_is_read(locale, text, subject):
    reading = interpret.read(text, where=interpret.PUBLIC, locale=locale)
    assert reading.understanding.subjects[:1] == [subject]
