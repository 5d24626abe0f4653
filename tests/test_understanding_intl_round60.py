"""French, Spanish and German classes of session 29 (learn29intl), chosen on the first
contact of rounds 56-60's tuning halves and checked on rounds 16-55. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "j'ai fait l'alias hier soir donc les followers devraient commencer à débarquer là, non ?",
            "alias_starts_transfer",
        ),
        (
            "du coup ma photo et ma bannière elles se copient au moment du move, jme trompe ?",
            "avatar_header_transferred",
        ),
        (
            "ma bannière passera sur le nouveau profil quand je déménage, si j'ai bien compris",
            "avatar_header_transferred",
        ),
        (
            "la bio y el nombre se copian tal cual al perfil nuevo, o me equivoco?",
            "name_bio_copied",
        ),
        (
            "ya puse el alias en la cuenta nueva, entonces mis seguidores van a ir llegando, cierto po?",
            "alias_starts_transfer",
        ),
        (
            "mis fotos y videos van a estar en la cuenta nueva despues de migrar, verdad po?",
            "posts_move_automatically",
        ),
        (
            "meine alten Posts tauchen nach dem Umzug im neuen Profil auf, stimmt das?",
            "posts_move_automatically",
        ),
    ],
)
def test_a_claim_closed_by_a_confirming_tag_states_its_own_subjects_myth(
    text: str, myth: str
) -> None:
    """A claim about a subject the tables read, closed by a tag that only asks to confirm
    it ("…, non ?", "…, jme trompe ?", "…, si j'ai bien compris", "…, o me equivoco?",
    "…, cierto po?"), states that subject's myth where the model leans to it at all
    (second_opinion.MYTH_OWN): the reply corrects it."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mis publicaciones no se mudan, verdad?", "posts"),
        ("mes abonnements ne sont pas copiés automatiquement, si j'ai bien compris", "follows"),
        ("mes abonnements ne se transfèrent pas tout seuls, c'est bien ça ?", "follows"),
        (
            "les comptes que je suis ne sont pas repris automatiquement si je comprends bien",
            "follows",
        ),
        ("la liste des gens que je suis n'est pas recopiée d'office, c'est ça ?", "follows"),
        ("los que sigo no se copian solos a la cuenta nueva, ¿no?", "follows"),
        ("the accounts i follow aren't copied over by themselves, right?", "follows"),
        ("mes pouets ne suivent pas au déménagement, hein ?", "posts"),
        ("meine Beiträge ziehen nicht mit um, oder?", "posts"),
    ],
)
def test_a_tagged_claim_that_says_not_states_no_myth(text: str, subject: str) -> None:
    """ "…no se mudan, verdad?" says what is so: no myth to correct, a question about
    its subject."""
    got = read_row({"text": text, "where": "public"})
    assert got.understanding.kind == "question"
    assert got.understanding.subjects == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "vous pouvez me guider pour changer d'instance ?",
        "tu me guides pour la migration ?",
        "pouvez-vous m'accompagner dans le transfert de mon compte ?",
        "tu m'aides à migrer vers une autre instance ?",
        "vous pourriez m'aider pour le déménagement de mon compte ?",
        "me puedes guiar para migrar mi cuenta?",
        "me podés acompañar en la mudanza?",
        "können Sie mich durch den Umzug führen?",
    ],
)
def test_asking_to_be_guided_through_the_move_starts_it_in_public(text: str) -> None:
    """ "tu peux m'accompagner / me guider / m'aider à déménager ?", "me puedes guiar?",
    "können Sie mich durch den Umzug führen?": asked as a question, a request to be walked
    through the move (LABELS: start), as "me acompañas?" and "hilfst du mir?" already were;
    not a question about the move."""
    assert command_of(text, "public") == "start"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("tu peux m'aider à exporter mes listes ?", "lists"),
        ("tu peux me guider pour trouver l'export des abonnements ?", "csv_export"),
        ("tu peux m'aider ? mes abonnés ne sont pas arrivés", "follower_timing"),
    ],
)
def test_help_asked_with_another_subject_is_that_question(text: str, subject: str) -> None:
    """Help asked with a subject of its own is a question about that subject, not a start."""
    understood = read_row({"text": text, "where": "public"}).understanding
    assert (command_of(text, "public"), list(understood.subjects)) == (None, [subject])


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("reviens à l'étape d'export stp, j'ai oublié un fichier", "move"),
        ("reviens à l'étape du profil, j'ai fait une faute dans ma bio", "move"),
        ("revenons à l'étape de l'alias, je l'ai créé sur le mauvais compte", "move"),
        ("retour, j'ai ajouté l'alias sur le mauvais compte", "alias"),
        ("atrás, ya puse el alias pero en la cuenta equivocada", "alias"),
        ("zurück, hab das alias schon angelegt aber beim falschen konto", "alias"),
    ],
)
def test_going_back_with_what_went_wrong_after_it_goes_back(text: str, where: str) -> None:
    """An order to go back opening the message ("retour, …", "zurück, …", "reviens à
    l'étape de …"), the rest only why, what was done wrong: back, not the report of the
    step done that the rest is shaped as."""
    assert command_of(text, where) == "back"


@pytest.mark.parametrize(
    "text",
    [
        "c'est fait, j'ai ajouté l'alias",
        "ich hab das alias angelegt",
        "ya agregué el alias en la cuenta nueva",
        "done, alias added on the new account",
    ],
)
def test_a_report_of_the_step_done_is_still_done(text: str) -> None:
    assert command_of(text, "alias") == "done"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("qu'est-ce que je peux te demander ?", "dm"),
        ("qu'est-ce qu'on peut vous demander au juste ?", "public"),
        ("que puis-je vous demander exactement ?", "dm"),
        ("q ordenes entiendes", "dm"),
        ("cuales ordenes entiendes?", "dm"),
    ],
)
def test_what_the_bot_may_be_asked_or_which_orders_it_knows_is_help(text: str, where: str) -> None:
    """ "qu'est-ce que je peux te demander ?", "q ordenes entiendes": what the bot can be
    asked, which orders it understands (LABELS: help), as "que puis-je demander" and "que
    te puedo preguntar" already were."""
    assert command_of(text, where) == "help"


@pytest.mark.parametrize(
    "text",
    [
        "te puedo pedir un favor? no me llegan los seguidores",
        "je peux te demander un truc ? mes abonnés arrivent pas",
    ],
)
def test_asking_leave_to_ask_is_no_help_request(text: str) -> None:
    """ "can I ask you something?" before the question: the question, not help."""
    assert command_of(text, "dm") != "help"
