"""Spanish classes of session 54 (fres54), chosen on round 94's tuning half. The phrasings
are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "eskerrik asko!! ya está todo",
        "mila esker, me ha servido",
        "moltes gràcies, ja està",
        "moitas grazas, xa o fixen",
        "munches gracies ho",
    ],
)
def test_thanks_in_the_languages_beside_spanish(text: str) -> None:
    """Thanks in Basque, Catalan, Galician and Asturian, written to the Spanish bot."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "thanks", got


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("la asociación pide que el bot borre todo lo que sabe de nosotros", "public"),
        ("borra lo que tienes guardado sobre nosotros, gracias", "dm"),
        ("queremos que el bot elimine los datos de nuestra cuenta", "public"),
        ("elimina todo lo que tengas guardado de nosotros por favor", "dm"),
    ],
)
def test_forget_asked_for_a_group(text: str, where: str) -> None:
    """A group ("nosotros", "nuestra cuenta") asking the bot to delete what it keeps:
    forget, not deleting an account (clarify_delete), though "elimine todo" is said."""
    assert command_of(text, where) == "forget"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mi perfil viejo sigue ahí o desaparece?", {"old_account"}),
        ("el perfil vieyu sigue ahí o desapaez?", {"old_account"}),
        ("el perfil viejo sigue ahí con mis fotos o se borra todo", {"old_account", "posts"}),
    ],
)
def test_the_old_profile_is_the_old_account(text: str, subjects: set[str]) -> None:
    """ "el perfil viejo" (Asturian "vieyu") that stays or disappears is the old account,
    not the profile to set up."""
    assert subjects_of(text) == subjects
