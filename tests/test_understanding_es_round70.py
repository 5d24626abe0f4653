"""Spanish classes of session 38 (learn38fres), chosen on the tuning halves of rounds
58-69, steps first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, subjects_of


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
