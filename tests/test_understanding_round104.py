"""Round 104's misses (retired, so tuned on), each mended as a class: orders to stop with
the g dropped or "ya" inside, a language asked for with a polite word and no comma before
the reason, "how many have come?" at the followers step, homework that carries scheduled
posts, which server to pick beside a wish to move, posts "reimported" or "loaded on the
new" one, and a logo or a photo named with the bio."""

import pytest
from question_set import command_of, first_contact, myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "quit messagin me",
        "stop textin me pls",
        "quit remindin me",
        "PARA YA DE ESCRIBIRME",
        "ya párale de escribirme",
        "deja ya de escribirme porfa",
    ],
)
def test_an_order_to_stop_as_members_type_it(text: str) -> None:
    assert command_of(text, "dm") == "stop"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("en espagnol stp c'est pour ma cousine de Barcelone", "es"),
        ("in spanish please it's for my cousin", "es"),
        ("auf französisch bitte meine frau liest mit", "fr"),
        ("en inglés por favor es para mi primo", "en"),
    ],
)
def test_a_polite_language_request_then_its_reason_without_a_comma(text: str, code: str) -> None:
    """A comma made two clauses of these and the request was heard; without one the
    polite word ends the request."""
    assert command_of(text, "dm") == f"language:{code}"


def test_a_language_named_without_a_polite_word_is_no_request() -> None:
    assert not str(command_of("in french my followers are called abonnés", "dm")).startswith(
        "language"
    )


@pytest.mark.parametrize(
    "text", ["今どのくらい来てますか", "どれくらい来てますか？", "何人来ました？"]
)
def test_how_many_have_come_at_the_followers_step_asks_progress(text: str) -> None:
    """ "来てます" alone reports the followers arriving (done); asked how many, it is how
    the move is going."""
    assert command_of(text, "followers") == "progress"


def test_they_have_come_still_reports_the_step_done() -> None:
    assert command_of("もう来てます", "followers") == "done"


def test_homework_in_scheduled_posts_is_no_school_question() -> None:
    text = (
        "Tengo publicaciones programadas para la semana que viene con los deberes de mis "
        "alumnos. ¿Qué pasa con ellas si me mudo hoy?"
    )
    assert subjects_of(text) == {"scheduled_drafts"}


def test_homework_alone_is_still_off_topic() -> None:
    _, got = first_contact({"text": "me ayudas con mi tarea de historia"})
    assert got.command is None and got.understanding.kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "i want to change servers but i dont know which one to pick, what do you recommend",
        "so many servers, which one is best for artists",
        "jveux changer de serveur mais jsais pas lequel prendre vous conseillez quoi",
        "je veux changer de serveur mais je sais pas lequel choisir",
    ],
)
def test_which_server_to_pick_beside_a_wish_to_move_is_answered(text: str) -> None:
    """Not the steer to start the walkthrough in a DM: the member asked where to go."""
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "archive is a csv of all my posts right, so i can just reimport it with a script",
        "Export page gave me a CSV with all my posts in it, now where do I load that on the "
        "new server?",
    ],
)
def test_posts_reimported_from_a_csv_are_both_myths(text: str) -> None:
    assert myths_of(text) == {"export_csv_of_posts", "posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "my name, bio and the school logo get copied across automatically when I move, so I "
        "don't need to set the profile up again, right?",
        "my name, bio and logo get copied automatically when I move, right?",
        "ma photo et ma bio c'est copié automatiquement sur le nouveau non ?",
    ],
)
def test_a_logo_or_photo_beside_the_bio_is_the_picture_claimed_too(text: str) -> None:
    assert myths_of(text) == {"name_bio_copied", "avatar_header_transferred"}
