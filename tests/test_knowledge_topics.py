"""The subjects added in issue 12: reachable in natural words, and answered as asked.

Phrasings come from tests/topic_phrasings.py (written for these tests, never from the
held-out sets). Openers are checked on the rendered reply, not on the Understanding, so
a template or knowledge change that loses or misplaces "Yes." fails here too.
"""

from __future__ import annotations

import re
import tomllib

import pytest
from topic_phrasings import NEW_SUBJECTS, PHRASINGS, WRONG_BEFORE

from bot.answers import compose_answer
from bot.understand import INTENTS, understand
from replies.knowledge import knowledge

MENTION = "@bo"


def reply(text: str, locale: str) -> str:
    statuses = compose_answer(understand(text, locale), locale=locale, mention=MENTION)
    return "\n\n".join(s.removeprefix(MENTION + " ") for s in statuses)


@pytest.mark.parametrize("locale", sorted(PHRASINGS))
def test_every_new_subject_is_known_and_has_two_phrasings(locale):
    known = knowledge(locale)
    assert known.locale == locale
    assert set(NEW_SUBJECTS) <= set(known.subjects)
    for subject in NEW_SUBJECTS:
        assert len(set(PHRASINGS[locale].get(subject, []))) >= 2, (locale, subject)


@pytest.mark.parametrize(
    ("locale", "subject", "text"),
    [
        (locale, subject, text)
        for locale, table in sorted(PHRASINGS.items())
        for subject, texts in table.items()
        for text in texts
    ],
)
def test_each_new_subject_is_reachable_in_natural_words(locale, subject, text):
    got = understand(text, locale)
    assert (got.kind, got.subjects) == ("question", [subject]), got
    answer = knowledge(locale).subjects[subject].answer
    assert answer in reply(text, locale)


@pytest.mark.parametrize(
    ("locale", "text", "subjects"),
    [(locale, text, subjects) for locale, rows in WRONG_BEFORE.items() for text, subjects in rows],
)
def test_questions_once_answered_wrongly_get_the_right_subject(locale, text, subjects):
    assert understand(text, locale).subjects == subjects
    followers = knowledge(locale).subjects["followers"]
    assert followers.answer not in reply(text, locale)


# (question, opener expected first) and questions that must get no opener at all.
OPENED = {
    "en": [
        ("do my followers move?", "Yes."),
        ("Will my followers come with me to the new server?", "Yes."),
        ("do my posts move?", "No."),
        ("are my bookmarks transferred automatically?", "No."),
        ("can I move back later?", "Yes."),
        ("will my followers get notified?", "No."),
        ("can I keep using both accounts?", "Not after a move."),
        ("I wonder whether my lists transfer", "No."),
        ("do my followers move automatically when I move?", "Yes."),
        ("do my posts move when I move?", "No."),
    ],
}
OPENED |= {
    "de": [
        ("Ziehen meine Follower mit?", "Ja."),
        ("Kommen meine Follower automatisch mit?", "Ja."),
        ("Ziehen meine Beiträge mit?", "Nein."),
        ("Kann ich später zurück zum alten Server?", "Ja."),
        ("Kann ich beide Konten behalten?", "Nicht nach einem Umzug."),
    ],
    "fr": [
        ("Mes abonnés me suivent-ils ?", "Oui."),
        ("Est-ce que mes abonnés suivent automatiquement ?", "Oui."),
        ("Mes messages sont-ils transférés ?", "Non."),
        ("Est-ce que mes messages sont transférés quand je déménage ?", "Non."),
        ("Puis-je garder les deux comptes ?", "Pas après un déménagement."),
    ],
    "es": [
        ("¿Mis seguidores se mudan?", "Sí."),
        ("¿Se trasladan mis publicaciones?", "No."),
        ("¿Puedo usar las dos cuentas?", "No después de mudarte."),
        ("¿Puedo volver a mi cuenta antigua más adelante?", "Sí."),
    ],
    "ja": [
        ("フォロワーは引き継がれますか？", "はい。"),
        ("投稿は移行されますか？", "いいえ。"),
        ("フォロワーに通知されますか？", "いいえ。"),
        ("両方のアカウントを使い続けられますか？", "引っ越し後はできません。"),
    ],
}
NOT_OPENED = {
    "en": [
        "what do my followers see?",
        "how do my followers move?",
        "followers?",
        "do my posts stay on the old account?",
        "will I lose my followers?",
        "won't my followers move?",
        "do my followers have to follow me again?",
        "my followers move automatically",
        "when do my followers move?",
        "do you know when my followers move?",
    ],
    "de": [
        "Was sehen meine Follower?",
        "Wie ziehen meine Follower um?",
        "Bleiben meine Beiträge auf dem alten Konto?",
        "Ziehen meine Follower nicht mit?",
    ],
    "fr": [
        "Que voient mes abonnés ?",
        "Comment mes abonnés migrent-ils ?",
        "Mes messages restent-ils sur l'ancien compte ?",
    ],
    "es": [
        "¿Qué ven mis seguidores?",
        "¿Cómo se mudan mis seguidores?",
        "¿Mis publicaciones se quedan en la cuenta antigua?",
    ],
    "ja": [
        "フォロワーからは何が見えますか？",
        "フォロワーはどうやって移りますか？",
        "投稿は古いアカウントに残りますか？",
        "フォロワーは引き継がれないのですか？",
    ],
}


@pytest.mark.parametrize(
    ("locale", "text", "opener"),
    [(locale, text, opener) for locale, rows in OPENED.items() for text, opener in rows],
)
def test_a_yes_no_question_is_answered_yes_or_no_first(locale, text, opener):
    got = understand(text, locale)
    subject = knowledge(locale).subjects[got.subjects[0]]
    assert subject.opener == opener
    space = "" if locale == "ja" else " "
    assert reply(text, locale).startswith(f"{opener}{space}{subject.answer}")


@pytest.mark.parametrize(
    ("locale", "text"), [(locale, text) for locale, rows in NOT_OPENED.items() for text in rows]
)
def test_other_questions_get_no_yes_or_no(locale, text):
    openers = {s.opener for s in knowledge(locale).subjects.values() if s.opener}
    body = reply(text, locale)
    assert not body.startswith(tuple(openers)), body


@pytest.mark.parametrize("locale", sorted(PHRASINGS))
def test_every_opener_has_its_question_words_and_no_answer_says_yes_itself(locale):
    with (INTENTS / f"{locale}.toml").open("rb") as handle:
        cues = tomllib.load(handle)["yes_no"]["cues"]
    known = knowledge(locale)
    with_opener = {s.id for s in known.subjects.values() if s.opener}
    assert with_opener == set(cues)
    # The opener alone says yes or no: no answer starts with "Yes," / "Ja," of its own.
    words = {s.opener.rstrip(".。") for s in known.subjects.values() if s.opener}
    baked = re.compile("|".join(rf"{re.escape(w)}\s*[,.!、。]" for w in words))
    for subject in known.subjects.values():
        assert not baked.match(subject.answer), subject.id


# Undoing the move asks about moving back (LABELS.md, as every locale's rows label it), and
# what a member needs to hear first is that a move itself can't be undone: moving back is
# a second move ("Cancel redirect" brings no followers back).
UNDONE = {
    "en": ("can I undo the move?", "A move can't be undone"),
    "de": ("kann man den umzug rückgängig machen", "Ein Umzug ist nicht umkehrbar"),
    "fr": ("je peux annuler le déménagement ?", "Un déménagement est irréversible"),
    "es": ("puedo deshacer la mudanza?", "Una mudanza no se puede deshacer"),
    "ja": ("引っ越しって取り消せるの", "引っ越しそのものは元に戻せません"),
}


@pytest.mark.parametrize(("locale", "text", "said"), [(k, *v) for k, v in UNDONE.items()])
def test_undoing_the_move_is_moving_back_which_says_a_move_cannot_be_undone(locale, text, said):
    assert understand(text, locale).subjects == ["move_back"]
    assert said in reply(text, locale)
