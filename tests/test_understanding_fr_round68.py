"""French classes of session 36 (learn36fres), chosen on the tuning halves of rounds 58-67
(read by the tables alone) and checked on rounds 16-56. The phrasings are the tuner's own;
none is a row of the question sets. Each class failed with the phrase tables alone
(BOT_SECOND_OPINION=off) before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of


@pytest.mark.parametrize(
    "text",
    [
        "peux-tu supprimer mon compte stp j'en peux plus",
        "je vous saurais gré de supprimer mon compte",
        "merci de procéder à l'effacement de mon compte",
        "supprime-moi tout ça une bonne fois",
        "efface mon compte une fois pour toutes",
        "tu pourrais effacer mon compte ?",
    ],
)
def test_a_deletion_asked_politely_or_for_good_is_the_unclear_deletion(text: str) -> None:
    """ "tu pourrais effacer mon compte ?", "je vous saurais gré de ...", "procéder à la
    suppression", "une bonne fois": an order to delete, asked politely or said for good,
    with nothing saying whose data (LABELS: clarify_delete), not how to delete the old
    account."""
    assert command_of(text, "dm") == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("OU J EN SUIS LA ? C EST QUOI L ETAPE D APRES", "import", "status"),
        ("QUELLE EST L ETAPE SUIVANTE", "profile", "status"),
        ("QU EST CE QU IL FAUT FAIRE APRES CA", "alias", "status"),
        ("JE N AI PAS ENCORE FINI", "export", "not_yet"),
        ("C EST FAIT", "archive", "done"),
        ("JE REVIENS TOUT DE SUITE", "import", "not_yet"),
    ],
)
def test_capitals_without_apostrophes_are_read_as_typed_with_them(
    text: str, where: str, command: str
) -> None:
    """A writer in capitals without accents or apostrophes ("OU J EN SUIS", "L ETAPE D
    APRES"): the elided words are joined again as the tables spell them."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("quelle est l'étape suivante ?", "profile", "status"),
        ("qu'est-ce qu'il faut faire après ?", "export", "status"),
        ("je fais quoi ensuite", "alias", "status"),
        ("bougez pas je reviens", "alias", "not_yet"),
        ("deux secondes je reviens, je cherche mes lunettes", "export", "not_yet"),
        ("ATTENDEZ JE REVIENS DANS CINQ MINUTES", "move", "not_yet"),
        ("l'archive jm'en fiche, saute", "archive", "skip"),
        ("jsaute ça, le profil on verra après", "profile", "skip"),
        ("jveux pas d'archive, passe", "archive", "skip"),
        ("veuillez passer outre, je n'en ai cure", "archive", "skip"),
        ("passons outre cette étape", "export", "skip"),
        ("bouton cliqué, fait", "move", "done"),
        ("c'est fait, j'ai appuyé sur le bouton", "move", "done"),
    ],
)
def test_step_words_of_what_next_stepping_away_skipping_and_pressing(
    text: str, where: str, command: str
) -> None:
    """At a step: the next step asked ("quelle est l'étape suivante ?": not skipping to
    it), stepping away for a moment ("je reviens": not yet), skipping by "passer outre" or
    chat forms ("jsaute", "jveux pas d'archive"), and the button pressed (done)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "répondez-moi en anglais, mon français vient d'un traducteur",
        "répondez-moi en espagnol, j'utilise une appli de traduction",
        "écrivez-moi en anglais, je passe par une application pour le français",
        "réponds-moi en espagnol, je lis mieux",
    ],
)
def test_a_language_asked_for_then_why_is_the_request(text: str) -> None:
    """A verb of speaking and a language, then only why ("mon français vient d'une
    application"): the request, not a question about the app."""
    assert command_of(text, "dm") in ("language:en", "language:es")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mersi bonpé, lé gayar", "thanks"),
        ("trugarez deoc'h", "thanks"),
        ("kenavo, trugarez bras", "thanks"),
        ("merci bien gros mon chum", "thanks"),
        ("merci kteer", "thanks"),
        ("demat deoc'h", "greeting"),
        ("bonjou tout moun", "greeting"),
        ("bonzour", "greeting"),
    ],
)
def test_greetings_and_thanks_of_creole_breton_and_quebec(text: str, kind: str) -> None:
    """Réunion Creole "mersi bonpé", Breton "trugarez", "demat", "kenavo", Québec "merci
    ben gros", Lebanese "merci kteer": thanks and greetings, answered in French."""
    locale, got = first_contact({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == kind, got
    assert locale == "fr"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mon voisin prétend que mes abonnements se copient automatiquement, il a raison ?",
            "follows_move_automatically",
        ),
        (
            "un pote affirme que la photo de profil est transférée toute seule, vrai ou faux ?",
            "avatar_header_transferred",
        ),
        (
            "mon collègue raconte que les listes ne peuvent pas être transférées, il se moque de moi ?",
            "lists_cannot_transfer",
        ),
        ("MA SOEUR DIT QUE L IMAGE DU PROFIL SUIT TOUTE SEULE", "avatar_header_transferred"),
        (
            "la photo de mon profil va suivre automatiquement, c'est ça ?",
            "avatar_header_transferred",
        ),
    ],
)
def test_a_claim_someone_makes_put_forward_is_the_myth(text: str, myth: str) -> None:
    """ "X dit / prétend / affirme / raconte que <claim>, il a raison ?": someone's claim
    put forward for a yes (LABELS: the myth), as "m'a dit que" was; "la photo du profil"
    (not "de profil") is the avatar, not the posts' photos."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text",
    [
        "faut que je récupère l'archive en 48 heures sinon elle est effacée ?",
        "FAUT TELECHARGER L ARCHIVE DANS LES 48H SINON ELLE DISPARAIT ?",
        "je dois prendre l'archive sous deux jours sinon tout est perdu ?",
    ],
)
def test_a_deadline_with_what_happens_otherwise_is_the_48_hours_myth(text: str) -> None:
    """ "en 48h, sinon elle disparaît ?": the deadline stated with its consequence is the
    claim put forward (download_within_48_hours), not a question about the archive."""
    assert myths_of(text) == {"download_within_48_hours"}
