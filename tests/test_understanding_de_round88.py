"""German messages of session 50 (ja-de), classes left by session 49 on rounds 84–85's
tuning halves: at a handle step, a member with no new account yet asking how to find a
suitable server ("wie finde ich einen passenden Server?") asks about choosing one, not how
to answer the step; and the new username compared with the old one ("muss der
Benutzername genauso lauten wie der alte?", "den gleichen Namen") asks about usernames,
while what to type there ("mit @ oder ohne?") still asks how. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, subjects_of


@pytest.mark.parametrize("where", ["ask_new_handle", "public"])
@pytest.mark.parametrize(
    "text",
    [
        "Wie finde ich einen passenden Server?",
        "hab noch kein konto drüben, wo find ich ne passende instanz",
        "gibts nen geeigneten server für lehrer?",
        "Ich hab noch keinen neuen Account. Welcher Server wäre geeignet?",
    ],
)
def test_a_suitable_server_is_choosing_one(text: str, where: str) -> None:
    assert subjects_of(text, where) == {"choose_server"}


@pytest.mark.parametrize("where", ["ask_new_handle", "ask_old_handle"])
@pytest.mark.parametrize(
    "text",
    [
        "Muss mein Nutzername drüben genauso heißen wie hier?",
        "kann ich drüben den gleichen namen haben?",
        "muss mein nutzername identisch sein?",
        "krieg ich denselben benutzernamen?",
    ],
)
def test_the_name_compared_with_the_old_one_is_the_username(text: str, where: str) -> None:
    assert subjects_of(text, where) == {"username"}


@pytest.mark.parametrize("text", ["benutzername mit @ oder ohne?", "was ist mein benutzername?"])
def test_what_to_type_still_asks_how(text: str) -> None:
    assert command_of(text, "ask_new_handle") == "how"
