"""Words the classifier reads from locale data, not from code: the yes words that open an
answer (`[ignore] yes` in replies/walkthrough/<locale>.toml)."""

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


@pytest.mark.parametrize(("text", "locale"), YES_OPENING)
def test_a_yes_word_opening_an_answer_at_a_step_says_done(text, locale):
    assert read(text, where="profile", locale=locale).command == "done"
