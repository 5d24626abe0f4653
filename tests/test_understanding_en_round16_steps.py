"""Classes of English phrasing in DMs and at walkthrough steps (issue 12, session 12), of
the kind "wrong command or kind" that leads the misses at first contact: a step reported
done with a problem after it ("did it but it says error" asks about the step, it is not
done); going on "without" the step (that skips it, it does not resume a pause); "hang on,
doing it now" (not yet); a farewell ("bye", "good night", "take care": a greeting, not off
topic nor "done"); a question about a command ("what happens if I skip this?") asked at a
step, which asks about the step rather than giving the order; and a question about the
step's own subject in the step's own words ("do I include the @?", "which file goes
where?"), which asks how to do the step. Each example is my own phrasing of the class,
read as a first contact the way the question sets score; none is a row of the question
sets."""

from __future__ import annotations

import pytest
from question_set import first_contact, is_right, subjects_of


def right(text: str, where: str, command: str) -> bool:
    row = {"text": text, "where": where, "command": command}
    return is_right(row, first_contact(row)[1])


def kind_right(text: str, where: str, kind: str) -> bool:
    row = {"text": text, "where": where, "subjects": [], "kind": kind}
    return is_right(row, first_contact(row)[1])


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("done it but it says error", "alias", "how"),
        ("i added it but got an error", "alias", "how"),
        ("pressed it but got an error", "move", "how"),
        ("uploaded it but it says error", "import", "how"),
        ("did it but it won't let me", "move", "how"),
        ("requested it but no email came", "archive", "how"),
        ("i did that but nothing happened", "alias", "how"),
        ("saved my bio but it shows the old one still", "profile", "how"),
    ],
)
def test_a_step_reported_with_a_problem_asks_about_the_step(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ya lo hice pero me sale error", "alias", "how"),
        ("lo subí pero me da error", "import", "how"),
        ("ich hab's gemacht aber es kommt ein Fehler", "alias", "how"),
        ("hab sie hochgeladen aber es kommt ein Fehler", "import", "how"),
        ("je l'ai fait mais ça met une erreur", "alias", "how"),
        ("c'est envoyé mais ça met une erreur", "move", "how"),
    ],
)
def test_a_step_reported_with_a_problem_in_other_locales(text: str, where: str, command: str):
    """The rule is shared code (bot/interpret.py): it holds in every locale's words."""
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("continue without this", "alias", "skip"),
        ("carry on without this step", "profile", "skip"),
        ("let's continue without it", "archive", "skip"),
        ("go on without this one", "export", "skip"),
        ("keep going without the import", "import", "skip"),
        ("continue without doing the profile", "profile", "skip"),
        ("proceed without this step", "archive", "skip"),
    ],
)
def test_going_on_without_the_step_skips_it(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("wait im doing it right now", "alias", "not_yet"),
        ("bear with me, doing it", "export", "not_yet"),
        ("sec, in the middle of it", "import", "not_yet"),
        ("doing it as we speak", "move", "not_yet"),
        ("hold on i'm on it", "profile", "not_yet"),
        ("one moment, logging in to the old account now", "move", "not_yet"),
    ],
)
def test_doing_it_right_now_is_not_yet(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "kind"),
    [
        ("bye", "dm", "greeting"),
        ("see you later", "dm", "greeting"),
        ("ok bye", "alias", "greeting"),
        ("good night", "dm", "greeting"),
        ("catch you later", "public", "greeting"),
        ("take care", "dm", "greeting"),
        ("have a nice day", "dm", "greeting"),
        ("see ya", "import", "greeting"),
        ("goodbye", "public", "greeting"),
        ("ttyl", "dm", "greeting"),
    ],
)
def test_a_farewell_is_a_greeting(text: str, where: str, kind: str):
    assert kind_right(text, where, kind)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("what happens if i skip this", "archive", "how"),
        ("if i skip the archive can i get it later", "archive", "how"),
        ("do i lose anything if i skip this", "export", "how"),
        ("what if i skip this step, is that bad", "profile", "how"),
        ("would skipping this break anything", "import", "how"),
        ("can i go back and change my bio later", "profile", "how"),
    ],
)
def test_a_question_about_an_order_at_a_step_asks_about_the_step(
    text: str, where: str, command: str
):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("qué pasa si me salto este paso", "archive", "how"),
        ("was passiert wenn ich das überspringe", "archive", "how"),
        ("wenn ich den Schritt überspringe, kann ich das Archiv später holen?", "archive", "how"),
        ("que se passe-t-il si je saute cette étape ?", "archive", "how"),
        ("et si je saute cette étape, c'est grave ?", "profile", "how"),
    ],
)
def test_an_order_supposed_at_a_step_in_other_locales(text: str, where: str, command: str):
    """The rule is shared code (bot/interpret.py) with each locale's `supposing` words."""
    assert right(text, where, command)


def test_an_order_supposed_beside_another_subject_asks_about_that_subject():
    assert subjects_of("if i skip this will my followers still move", "archive") == {"followers"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("do i include the @", "ask_old_handle", "how"),
        ("which file goes where", "import", "how"),
        ("do i have to do this", "archive", "how"),
        ("is this one optional", "export", "how"),
        ("do i type the whole thing with the server", "ask_old_handle", "how"),
        ("is it the one with the @ at the front", "ask_new_handle", "how"),
    ],
)
def test_the_steps_own_subject_in_its_own_words_asks_how(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ok doing it", "alias", "not_yet"),
        ("trying it now", "import", "not_yet"),
        ("going to do that now", "profile", "not_yet"),
        ("let me try", "export", "not_yet"),
        ("i'll give it a go", "alias", "not_yet"),
        ("i'm about to", "move", "not_yet"),
        ("on my way to do it", "alias", "not_yet"),
    ],
)
def test_about_to_do_the_step_is_not_yet(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("need to find my password first", "move", "not_yet"),
        ("have to dig out my login first", "alias", "not_yet"),
        ("let me log in first", "alias", "not_yet"),
        ("gotta go, back later", "import", "not_yet"),
        ("have to run, will be back in a bit", "profile", "not_yet"),
        ("must make a coffee first lol", "export", "not_yet"),
    ],
)
def test_something_to_do_first_or_leaving_for_now_is_not_yet(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("do i need to log in first?", "alias", "how"),
        ("do i have to log out of the new one first", "move", "how"),
    ],
)
def test_asking_what_comes_first_is_how(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("seems to have worked", "import", "done"),
        ("worked!", "profile", "done"),
        ("linked them", "alias", "done"),
        ("accounts are linked now", "alias", "done"),
        ("that went through", "alias", "done"),
    ],
)
def test_the_step_reported_in_other_words_is_done(text: str, where: str, command: str):
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "subjects"),
    [
        ("reverse the move later, possible?", "followers", {"move_back"}),
        ("is reversing the move a thing", "public", {"move_back"}),
        ("reversing my migration next month, can that work", "dm", {"move_back"}),
        ("what if i want to reverse my migration", "public", {"move_back"}),
    ],
)
def test_reversing_the_move_is_moving_back(text: str, where: str, subjects: set[str]):
    assert subjects_of(text, where) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("mach ohne das weiter", "alias", "skip"),
        ("weiter ohne diesen Schritt", "export", "skip"),
        ("machen wir ohne den Import weiter", "import", "skip"),
        ("on continue sans ça", "alias", "skip"),
        ("continuer sans cette étape", "export", "skip"),
        ("これなしで進めて", "alias", "skip"),
        ("このステップなしで続けて", "export", "skip"),
    ],
)
def test_going_on_without_the_step_skips_it_in_other_locales(text: str, where: str, command: str):
    """The skip-beside-resume rule is shared code; each locale's words say "without"."""
    assert right(text, where, command)


@pytest.mark.parametrize(
    ("text", "where", "kind"),
    [
        ("bis dann", "dm", "greeting"),
        ("tschüss", "dm", "greeting"),
        ("schönen abend noch", "dm", "greeting"),
        ("gute nacht", "alias", "greeting"),
        ("bonne soirée", "dm", "greeting"),
        ("à plus", "dm", "greeting"),
        ("au revoir", "import", "greeting"),
        ("bonne nuit", "dm", "greeting"),
        ("またね", "dm", "greeting"),
        ("おやすみなさい", "dm", "greeting"),
        ("さようなら", "alias", "greeting"),
    ],
)
def test_a_farewell_is_a_greeting_in_other_locales(text: str, where: str, kind: str):
    assert kind_right(text, where, kind)


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("let's get this done", "dm", "start"),
        ("i want off this server, help", "dm", "start"),
        ("where did we get to", "dm", "status"),
        ("what was the last thing i did", "dm", "status"),
        ("how far did i get", "dm", "status"),
        ("quiet for a bit please", "dm", "stop"),
        ("go quiet for a while", "dm", "stop"),
        ("how are my followers doing", "dm", "progress"),
        ("how are the followers doing over there", "followers", "progress"),
    ],
)
def test_commands_in_everyday_words_in_a_dm(text: str, where: str, command: str):
    assert right(text, where, command)
