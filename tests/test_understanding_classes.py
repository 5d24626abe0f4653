"""Classes of phrasing in German, French and Spanish that the phrase tables once missed,
one or two examples each, read as a first contact (bot.interpret.read_in_context, the
way the question sets score). Each example stands for a class: a statement ending in a
full stop is a claim, a stronger phrase keeps its words from a weaker one, an unsure
language goes to the tables that account for more of the message, separable verbs,
"Profil" meaning the account, and so on. None of them is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import read_row

from bot.understand import understand


def reading(text: str, where: str = "public"):
    return read_row({"text": text, "where": where})


@pytest.mark.parametrize(
    ("text", "locale", "myths"),
    [
        # A plain statement, not a question: it ends in a full stop, whatever word opens it.
        (
            "Die Leute, denen ich folge, werden automatisch übertragen.",
            "de",
            {"follows_move_automatically"},
        ),
        ("Mis seguidores tienen que volver a seguirme todos.", "es", {"followers_must_refollow"}),
        ("Hay que descargar el archivo en 48 horas.", "es", {"download_within_48_hours"}),
        # "no se" is "they cannot" once accents are folded, not "no sé" (I don't know).
        ("Las listas no se pueden transferir.", "es", {"lists_cannot_transfer"}),
        ("sowieso ziehen meine Toots beim Umzug mit", "de", {"posts_move_automatically"}),
        # A complaint after a claim ("qué pereza") is a tag, not a new question.
        (
            "mis seguidores van a tener que volver a seguirme, qué pereza",
            "es",
            {"followers_must_refollow"},
        ),
    ],
)
def test_a_plain_claim_is_a_myth(text, locale, myths):
    got = understand(text, locale)
    assert got.kind == "myth" and set(got.myths) == myths, got


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ziehen meine Beiträge automatisch mit um?", "de"),
    ],
)
def test_the_same_words_asked_stay_a_question(text, locale):
    assert understand(text, locale).kind == "question"


def test_the_refollow_claim_asked_is_the_myth():
    """LABELS.md: a question that puts a myth's own claim forward asks about it, as the
    tuning rows label "must my followers follow me again?" in every locale; "do my posts
    move automatically?" asks what happens to them."""
    got = understand("mis seguidores tienen que volver a seguirme?", "es")
    assert got.kind == "myth" and got.myths == ["followers_must_refollow"], got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # A language the detector is unsure of: the tables that account for more words.
        ("¿Qué se transfiere y qué no?", {"overview"}),
        ("por qué los posts no se mudan", {"why_no_posts"}),
        ("posts épinglés ?", {"pinned_posts"}),
        # A strong phrase with a gap keeps its words from a weaker one next to it.
        ("Que se passe-t-il si quelqu'un mentionne mon ancien compte ?", {"old_account_mentions"}),
        # Separable verbs and their parts apart.
        ("wo lade ich die csv hoch", {"import"}),
        ("unser admin schaltet die instanz ende des monats ab", {"server_closing"}),
        # "Profil" / "perfil" as the account, beside a redirect.
        ("Geht auch nur eine Umleitung auf das neue Profil?", {"redirect_only"}),
        ("¿Se puede redirigir al perfil nuevo sin migrar a los seguidores?", {"redirect_only"}),
        # What becomes of the old account is about the old account, not the move.
        ("Was wird aus dem alten Konto nach dem Umzug?", {"old_account"}),
        # Keeping one's name is the username, not the profile.
        ("Bleibt mein Name gleich?", {"username"}),
        ("behalte ich auf dem neuen server meinen namen?", {"username"}),
        # A typo corrector must not turn ordinary "re-" verbs into subject words.
        ("Je dois refaire mes filtres ?", {"filters"}),
        # A German separable verb's frame can be long ("..." in a phrase, one clause).
        ("Ziehen meine ganzen alten Beiträge beim Umzug mit?", {"posts"}),
        ("unser Server wird nächsten Monat abgeschaltet", {"server_closing"}),
        # The @ as a word is the handle ("mein @", "mon @", "my @name").
        ("bleibt mein @name gleich, wenn ich umziehe", {"username"}),
        ("est-ce que mon @ change si je déménage ?", {"username"}),
        ("¿se cambia mi @ con la mudanza?", {"username"}),
        # What an archive or copy holds is not a question about those posts moving.
        ("wie bekomme ich ein Backup von allen meinen Beiträgen", {"archive"}),
        ("¿cómo descargo una copia de lo que he publicado?", {"archive"}),
        # Separable "anmelden", not "melden" (report a post).
        ("wo meld ich mich am besten neu an?", {"choose_server"}),
    ],
)
def test_classes_of_phrasing(text, subjects):
    got = reading(text)
    assert got.command is None and set(got.understanding.subjects) == subjects, got


def test_a_sure_but_wrong_language_guess_still_lets_another_locale_name_the_subject():
    """lingua calls this Spanish "English, 0.95"; English tables find nothing in it."""
    got = reading("la gente que bloqueé, la tengo que volver a bloquear?")
    assert got.understanding.subjects == ["blocks"], got


def test_a_topic_then_a_question_about_it_stays_a_question():
    """The claim runs into the clause that asks: "muted accounts - do they come with me"."""
    got = understand("muted accounts - do they come with me or do I redo them", "en")
    assert got.kind == "question", got


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        # Commands typed without accents are the same commands.
        ("arrete de m'envoyer des rappels", "dm", "stop"),
        ("je passe cette etape", "archive", "skip"),
        ("vuelve atras", "import", "back"),
    ],
)
def test_commands_without_accents(text, where, command):
    assert reading(text, where).command == command


def test_a_one_word_greeting_the_detector_is_sure_about_wrongly_is_still_a_greeting():
    assert reading("servus!").understanding.kind == "greeting"


def test_out_of_scope_english_is_not_reread_in_another_language():
    got = reading("how do I add alt text to images?")
    assert got.understanding.kind == "unknown", got


def test_at_a_step_its_own_answer_comes_before_archive_news():
    """At the export step, downloading the CSV files is the step done."""
    assert reading("c'est bon j'ai téléchargé les fichiers", "export").command == "done"
    assert reading("listo, ya descargué los archivos", "export").command == "done"


def test_the_english_reading_of_english_is_kept_when_another_locale_ties():
    """Heard out, German tables find "aliass" too, but not more of the message: English."""
    got = reading("where do i set the aliass")
    assert got.locale == "en" and got.understanding.subjects == ["alias"], got


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Ich möchte meinen Account umziehen, hilf mir bitte", "start"),
        ("Je veux déménager mon compte, aide-moi stp", "start"),
        ("Quiero mudar mi cuenta, ayúdame porfa", "start"),
    ],
)
def test_a_wish_to_move_with_a_plea_for_help_starts_the_walkthrough(text, command):
    assert reading(text, "dm").command == command
