"""Two questions in one message, the second joined by an adding word ("and", "und", "et",
"y", "あと"): each is asked, though a rule, a condition or a story reading written for one
question would drop one of their subjects (the SSO rule drops the app question, the link
rule drops what others see, "if I go to Misskey" reads as a condition, a story before the
first question takes it for a story). Each example is my own phrasing of the class, read
as a first contact the way the question sets score; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import subjects_of

SEEN_AND_LINK = {"what_others_see", "external_links"}
CLOSING_AND_SOFTWARE = {"server_closing", "other_software"}
SSO_AND_APP = {"sso_no_password", "website_vs_app"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "what do people see when they open my old profile? and the link in my blog, "
            "does it still go anywhere",
            SEEN_AND_LINK,
        ),
        (
            "we log in with the company single sign on, no password. how do i move?? and can "
            "i do that from the phone app",
            SSO_AND_APP,
        ),
        (
            "my instance closes next month, what should i do first? and can i move to "
            "pixelfed if i want",
            CLOSING_AND_SOFTWARE,
        ),
        ("night shift again. old posts. gone? and my bookmarks?", {"posts", "bookmarks"}),
        (
            "was sehen andere auf meinem alten Profil? und der Link auf meiner Homepage, "
            "geht der noch?",
            SEEN_AND_LINK,
        ),
        (
            "Mein Server macht nächsten Monat zu, was muss ich zuerst tun? Und kann ich zu "
            "Misskey wechseln, wenn ich will?",
            CLOSING_AND_SOFTWARE,
        ),
        (
            "Anmeldung läuft bei uns über SSO, ich hab gar kein Passwort. Wie ziehe ich um? "
            "Und geht das auch in der App?",
            SSO_AND_APP,
        ),
        (
            "qu'est-ce que les gens verront sur mon ancien profil ? et le lien sur mon site, "
            "il marchera encore ?",
            SEEN_AND_LINK,
        ),
        (
            "mon instance ferme le mois prochain, je fais quoi en premier ? et est-ce que je "
            "peux aller sur misskey si je veux ?",
            CLOSING_AND_SOFTWARE,
        ),
        (
            "je me connecte avec le SSO de la fac, pas de mot de passe. comment je migre ? et "
            "je peux le faire dans l'appli ?",
            SSO_AND_APP,
        ),
        (
            "¿qué ve la gente si entra a mi perfil viejo? y el enlace de mi web, ¿sigue "
            "funcionando?",
            SEEN_AND_LINK,
        ),
        (
            "mi servidor cierra el mes que viene, ¿qué hago primero? y ¿puedo irme a misskey "
            "si quiero?",
            CLOSING_AND_SOFTWARE,
        ),
        (
            "entro con el SSO de la uni, no tengo contraseña. ¿cómo me mudo? y ¿se puede "
            "hacer desde la app?",
            SSO_AND_APP,
        ),
        (
            "サーバーが来月閉鎖されるけど、まず何をすればいい？あとmisskeyに移ることもできる？",
            CLOSING_AND_SOFTWARE,
        ),
        (
            "大学のSSOでログインしてるからパスワードがない。どうやって引っ越すの？あとアプリからでもできる？",
            SSO_AND_APP,
        ),
    ],
)
def test_a_question_added_with_an_adding_word_is_asked_too(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # An added question that only names things asks as the first one does.
        (
            "do my photos come along? and all my favourites and boosts",
            {"posts", "boosts_favourites"},
        ),
        ("will my pictures move with me? and my bookmarks", {"posts", "bookmarks"}),
        # The first question's other subject is dropped by a later rule: the alias, which
        # an earlier rule dropped for the duration, is all it asks about.
        (
            "quick one: does the alias want the handle with the @domain part, and how long "
            "before the old server picks it up?",
            {"alias", "duration"},
        ),
    ],
)
def test_what_is_left_to_a_question_of_its_own_is_asked(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # A follow-up with no adding word goes on about the first question.
        ("do my followers move? will they notice anything?", {"followers"}),
        # An "and" clause that tells, before the one question.
        ("i moved last week, and my followers are gone, how do i get them back?", {"import"}),
    ],
)
def test_one_question_stays_one(text: str, subjects: set[str]):
    assert subjects_of(text) == subjects
