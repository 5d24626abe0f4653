"""Spanish classes of session 38 (learn38fres), chosen on the tuning halves of rounds
58-69, steps first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, first_contact_locale, subjects_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mi hija quiere que le contestes en alemán", "de"),
        ("me gustaría que me escribieras en francés", "fr"),
        ("quisiera que me hablen en inglés, por favor", "en"),
        ("mi esposo prefiere que le respondas en inglés", "en"),
    ],
)
def test_a_language_asked_in_the_subjunctive_of_a_wish(text: str, language: str) -> None:
    """ "que me hables / contestes / escribas / respondas en X": a wish for that language."""
    assert command_of(text, "dm") == f"language:{language}"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("¿cuánto falta para que lleguen mis seguidores?", "followers"),
        ("cuanto tiempo falta para que lleguen todos mis seguidores", "followers"),
        ("¿cuánto tardan en llegar los que me siguen?", "dm"),
        ("oye, ¿cuánto falta para que lleguen los que me siguen?", "followers"),
    ],
)
def test_how_long_until_the_followers_arrive_asks_about_the_wait(text: str, where: str) -> None:
    """How long the followers take is follower_timing, not how far the move has got
    (`progress`) nor how much of the walkthrough is left (`status`, "¿cuánto falta?")."""
    assert subjects_of(text, where) == {"follower_timing"}


def test_how_much_is_left_alone_is_still_status() -> None:
    assert command_of("¿cuánto falta?", "followers") == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Dios te bendiga joven, todo salió de maravilla",
        "que Dios le pague, todo quedó chévere",
        "bendiciones mijo, ya quedó todo",
        "Dios lo bendiga, me sirvió mucho",
    ],
)
def test_a_blessing_thanks(text: str) -> None:
    """Across Latin America a blessing closes with thanks ("Dios te bendiga", "bendiciones",
    "que Dios le pague"), though its words may name everything done ("quedó todo")."""
    locale, got = first_contact({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "thanks", got
    assert locale == "es"


@pytest.mark.parametrize(
    "text",
    [
        "ya hice el alias, qué más tengo que hacer?",
        "ya tengo el alias puesto pero nadie se pasa, ¿qué me falta?",
        "listo el alias, ¿qué más hay que hacer?",
    ],
)
def test_what_is_missing_after_the_alias_is_the_move(text: str) -> None:
    """The alias done, then "¿qué me falta?" / "¿qué más hago?": the move, on the old account."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("me faltan como 40 seguidores comparado con la cuenta vieja, es normal?", "public"),
        ("me faltan unos 20 seguidores respecto a la vieja", "followers"),
    ],
)
def test_followers_missing_against_the_old_count_is_the_lower_count(text: str, where: str) -> None:
    """Followers missing "comparado con / respecto a" the old account: the count stays lower."""
    assert subjects_of(text, where) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "le di a mover ayer y tengo 300 de 800, ¿vamos bien?",
        "ya moví la cuenta, ¿va bien la mudanza? tengo la mitad",
    ],
)
def test_is_it_going_well_is_how_the_move_goes(text: str) -> None:
    """ "¿va bien la cosa?", "¿vamos bien?" after the move: how the move is going."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "los DMs que me manden a la cuenta vieja después de mudarme, ¿dónde los veo?",
        "si alguien me manda un privado a la cuenta vieja cuando ya me mudé, ¿me llega?",
        "los mensajes que me escriben por privado a la cuenta antigua, ¿se pierden después del traslado?",
    ],
)
def test_messages_sent_to_the_old_account_after_the_move(text: str) -> None:
    """DMs written to the old account after the move (not the DMs kept there): old_account_mentions."""
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    "text",
    [
        "si me muevo ahora y en 10 dias me quiero ir a otro server, se puede?",
        "si me mudo hoy y la semana que viene quiero cambiarme a otro, ¿puedo?",
    ],
)
def test_moving_on_again_soon_supposed_is_the_cooldown(text: str) -> None:
    """A move supposed, then another soon after: the cooldown asked, no wish to start."""
    assert subjects_of(text) == {"cooldown"}


@pytest.mark.parametrize(
    "text",
    [
        "mis blocks??",
        "mis bookmarks 😭",
        "mis followers??",
        "mis fotos se pierden??",
    ],
)
def test_short_spanish_lines_with_mis_are_answered_in_spanish(text: str) -> None:
    """ "mis" is Spanish's "my": a German rewrite of Swiss "mis" (mein) made a line of "mis"
    and an English loanword ("mis blocks??") German, and answered it in German."""
    assert first_contact_locale(text) == "es"
