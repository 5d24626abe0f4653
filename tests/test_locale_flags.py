"""Words and flags the classifier reads from locale data, not from code: the yes words that
open an answer (`[ignore] yes` in replies/walkthrough/<locale>.toml) and a knowledge
subject's `command` (move_progress, asked alone in a DM, is the member's `progress`)."""

from __future__ import annotations

import pytest

from bot.interpret import read

# Nothing else in these says the step is done: only the opening yes word does.
YES_OPENING = [
    ("yes the new account looks right", "en"),
    ("yep the new account looks right", "en"),
    ("ja das neue Konto sieht gut aus", "de"),
    ("jep das neue Konto sieht gut aus", "de"),
    ("oui le nouveau compte a l'air bien", "fr"),
    ("ouais le nouveau compte a l'air bien", "fr"),
    ("sí la cuenta nueva se ve bien", "es"),
    ("si la cuenta nueva se ve bien", "es"),
]

# Nothing else in these names the progress command: only the knowledge flag makes it one.
OWN_MOVE = [
    ("is my move done", "en"),
    ("Ist mein Umzug schon fertig?", "de"),
    ("Où en est ma migration ?", "fr"),
    ("¿Ya terminó mi migración?", "es"),
    ("私の引っ越しってもう終わった？", "ja"),
]


@pytest.mark.parametrize(("text", "locale"), YES_OPENING)
def test_a_yes_word_opening_an_answer_at_a_step_says_done(text, locale):
    assert read(text, where="profile", locale=locale).command == "done"


@pytest.mark.parametrize(("text", "locale"), OWN_MOVE)
def test_asking_how_ones_own_move_goes_in_a_dm_is_the_progress_command(text, locale):
    assert read(text, where="dm", locale=locale).command == "progress"
    assert read(text, where="public", locale=locale).command is None  # a question there
