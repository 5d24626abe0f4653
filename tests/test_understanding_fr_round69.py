"""French classes of session 37 (learn37fres), chosen on the tuning halves of rounds 58-68
(read by the tables alone) and checked on rounds 16-56. The phrasings are the tuner's own;
none is a row of the question sets. Each class failed with the phrase tables alone
(BOT_SECOND_OPINION=off) before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("tu sais effacer mon compte stp ?", "clarify_delete"),
        ("vous savez supprimer mon compte, s'il vous plaît ?", "clarify_delete"),
        ("tu saurais m'aider à déménager mon compte ?", "start"),
        ("tu sais arrêter de m'envoyer des messages ?", "stop"),
        ("tu sais recommencer depuis le début ?", "restart"),
    ],
)
def test_belgian_savoir_for_pouvoir_is_an_order(text: str, command: str) -> None:
    """In Belgium (and in Lorraine, in parts of Africa) "tu sais + infinitive" is "can you":
    "tu sais effacer mon compte ?" asks the bot to do it, as "tu peux effacer" does; "tu
    sais comment…" is left a question."""
    assert command_of(text, "dm") == command


@pytest.mark.parametrize(
    "text",
    [
        "je m'en vas d'ici, c'est mon vieux compte",
        "moi je m'en vas ailleurs",
        "jm'en vas sur une autre instance",
    ],
)
def test_je_men_vas_is_leaving(text: str) -> None:
    """ "je m'en vas", the first person of Québec, Acadia and rural France: leaving."""
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize(
    ("text", "where"),
    [("okk c fait", "alias"), ("okii c'est bon", "import"), ("okis fini", "export")],
)
def test_an_ok_typed_with_a_doubled_letter_is_done(text: str, where: str) -> None:
    """ "okk", "okii", "okis": an ok typed long (every locale reads these spellings)."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("salut, tu sais s'il va pleuvoir demain à Genève ?", "unknown"),
        ("bonjour, vous connaissez un bon garagiste vers Namur ?", "unknown"),
        ("coucou, t'as vu le match du Stade hier soir ?", "unknown"),
        ("salut le bot, ça joue ?", "greeting"),
        ("bonjour, y a quelqu'un ?", "greeting"),
        ("yo, bien ou bien ?", "greeting"),
    ],
)
def test_a_hello_then_a_question_about_nothing_we_know_is_off_topic(text: str, kind: str) -> None:
    """A greeting opening a question of its own about something else is off topic; Swiss
    "ça joue ?", West African "bien ou bien ?" and "y a quelqu'un ?" are greetings."""
    locale, got = first_contact({"text": text})
    assert got.command is None and got.understanding.kind == kind, got
    assert locale == "fr"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("les comptes bloqués suivent tout seuls, je suppose", "blocks_move_automatically"),
        ("ma bio sera recopiée sur le nouveau compte, j'imagine ?", "name_bio_copied"),
        ("les comptes masqués passent automatiquement, je présume", "mutes_move_automatically"),
        (
            "mes abonnés devront tous se réabonner à la main ? c'est ce qu'on m'a dit",
            "followers_must_refollow",
        ),
    ],
)
def test_a_claim_closed_by_a_guess_or_a_source_after_it_is_the_myth(text: str, myth: str) -> None:
    """A guess closing the claim ("je suppose", "j'imagine", "je présume") or a source named
    in a sentence after it ("c'est ce qu'on m'a dit") puts the claim forward (the myth)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("c'est quoi mon identifiant ? mon mail ?", "ask_old_handle", "how"),
        ("avec l'arobase et le serveur ou juste le pseudo ?", "ask_old_handle", "how"),
        ("le handle c'est quoi au juste ?", "ask_new_handle", "how"),
        ("mon pseudo reste le même sur l'autre serveur ?", "ask_new_handle", None),
    ],
)
def test_a_short_question_about_the_handle_at_a_handle_step_is_how(
    text: str, where: str, command: str | None
) -> None:
    """Asked for a handle, a short question about the username alone asks what to type
    (how); whether the name stays the same is still the username question."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("chui rendue où dans tout ça ?", "export", "status"),
        ("c'est quoi la prochaine affaire à faire ?", "alias", "status"),
        ("jpeux passer l'archive ? j'en ai pas besoin", "archive", "skip"),
        ("tu fais koi d'autre toi ?", "dm", "help"),
        ("à part ça tu fais quoi, c'est quoi tes commandes ?", "dm", "help"),
    ],
)
def test_quebec_and_chat_words_of_steps_and_help(text: str, where: str, command: str) -> None:
    """Québec "chu/chui rendu(e) où" (where am I at) and "la prochaine affaire" (the next
    thing) ask where the walkthrough stands; chat "jpeux" is "je peux", "koi" "quoi"; "tu
    fais quoi d'autre / à part ça" asks what the bot does (help)."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ia ora na", "greeting"),
        ("ki manière ?", "greeting"),
        ("vanakkam à tous", "greeting"),
        ("māuruuru roa", "thanks"),
        ("melesi mingi", "thanks"),
        ("matondo mingi", "thanks"),
        ("nandri", "thanks"),
    ],
)
def test_greetings_and_thanks_of_tahiti_mauritius_pondicherry_and_the_congo(
    text: str, kind: str
) -> None:
    """Tahitian "ia ora na", "māuruuru"; Mauritian Creole "ki manière ?"; Tamil "vanakkam",
    "nandri" (Pondichéry); Lingala "melesi", "matondo" (Brazzaville, Kinshasa): greetings
    and thanks said beside French, answered in French."""
    locale, got = first_contact({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == kind, got
    assert locale == "fr"
