"""French classes of session 43 (frde43), chosen on the tuning halves of rounds 58-75, round 75
first. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "on m'a dit que dès que l'alias est fait, les abonnés partent tout seuls, c'est vrai ?",
        "une fois l'alias créé, mes abonnés commencent à migrer, n'est-ce pas ?",
        "dès que l'alias est en place sur le nouveau compte, les abonnés partent tout seuls, "
        "c'est ça ?",
        "sitôt l'alias ajouté, le transfert des abonnés démarre, si je comprends bien ?",
        "si j'ai bien compris, quand je crée l'alias, mes abonnés sont transférés direct. "
        "C'est bien ça ?",
    ],
)
def test_a_claim_after_a_clause_saying_when_is_one_claim(text: str) -> None:
    """A clause saying when ("dès que je crée l'alias", "une fois l'alias créé") then the
    claim after its comma, put forward for a yes: one claim, the alias's myth."""
    assert myths_of(text) == {"alias_starts_transfer"}


def test_when_the_alias_is_made_asked_as_a_question_stays_a_question() -> None:
    assert subjects_of("quand je crée l'alias, est-ce que mes abonnés partent tout seuls ?") == {
        "alias"
    }


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés vont suivre tout seuls ou dois-je leur dire de me resuivre ?",
        "est-ce que mes abonnés migrent automatiquement ou devrai-je leur demander de se "
        "réabonner ?",
        "les abonnés arrivent d'eux-mêmes ou alors ils doivent me suivre à nouveau ?",
        "mes abonnés passent automatiquement ou on doit leur demander de se réabonner ?",
    ],
)
def test_both_ways_offered_with_an_inverted_must_is_a_question(text: str) -> None:
    """Automatically "ou dois-je / ou devrai-je / ou alors" asking them to follow again:
    both ways offered, a question about the followers (LABELS.md), not the myth."""
    assert subjects_of(text) == {"followers"}


def test_having_to_refollow_put_forward_alone_stays_the_myth() -> None:
    assert myths_of("mes abonnés vont-ils devoir me suivre à nouveau ?") == {
        "followers_must_refollow"
    }


@pytest.mark.parametrize(
    "text",
    [
        "c'est-tu possible d'effacer l'ancien compte sans perdre mes abonnés?",
        "je peux supprimer mon vieux compte sans perdre mes abonnés ?",
        "à la fin, on peut effacer l'ancien compte sans que les abonnés partent ?",
    ],
)
def test_deleting_without_losing_the_followers_is_the_deletion(text: str) -> None:
    """Deleting the old account "sans perdre mes abonnés": the followers are the deletion's
    condition (its answer says to wait for them), not a question of their own."""
    assert subjects_of(text) == {"delete_old_account"}


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "comme mes posts sont transférés avec moi, je peux supprimer l'ancien compte ?",
            "posts_move_automatically",
        ),
        (
            "puisque mes abonnements suivent tout seuls, je peux fermer l'ancien compte ?",
            "follows_move_automatically",
        ),
        (
            "vu que mes pouets migrent avec moi, je peux effacer l'ancien compte ensuite ?",
            "posts_move_automatically",
        ),
        (
            "maintenant que mes masquages sont passés tout seuls, je fais quoi pour les listes ?",
            "mutes_move_automatically",
        ),
    ],
)
def test_a_claim_given_as_the_reason_is_stated(text: str, myth: str) -> None:
    """ "comme / puisque / vu que / maintenant que" and a claim, then a question: the claim
    is taken for granted (stated), and the question asked beside it."""
    assert myth in myths_of(text)


def test_a_reason_that_claims_nothing_stays_a_question() -> None:
    assert subjects_of("puisque je déménage, est-ce que mes posts suivent ?") == {"posts"}


@pytest.mark.parametrize(
    "text", ["misaotra betsaka !", "jërëjëf", "a jaraama", "asante sana", "misaotra tompoko"]
)
def test_thanks_in_a_language_spoken_beside_french_is_thanks(text: str) -> None:
    """Thanks in Malagasy, Wolof, Fulfulde and Swahili, at the followers' wait or public."""
    assert read_row({"text": text, "where": "followers"}).understanding.kind == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous arrivons de mastodon.social",
        "bonjour, on arrive de piaille.fr",
        "Salut, l'association du quartier ici, nous venons d'une autre instance",
        "on débarque d'un autre serveur",
    ],
)
def test_a_group_arriving_says_here(text: str) -> None:
    """An account of several ("nous", "on") says where it comes from at the direction step."""
    assert command_of(text, "choose_direction") == "here"


@pytest.mark.parametrize(
    "text", ["nous quittons ce serveur pour un autre", "on part d'ici", "bonjour, nous partons"]
)
def test_a_group_leaving_says_away(text: str) -> None:
    assert command_of(text, "choose_direction") == "away"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("est-il exact que l'alias se crée sur l'ancien compte ?", "alias_on_old_account"),
        ("mes posts suivent automatiquement, c'est exact ?", "posts_move_automatically"),
        (
            "est-ce vrai que mes abonnés doivent tous me suivre à nouveau ?",
            "followers_must_refollow",
        ),
        ("mes masquages sont transférés tout seuls, ai-je raison ?", "mutes_move_automatically"),
    ],
)
def test_a_claim_asked_as_exact_is_put_forward(text: str, myth: str) -> None:
    """ "est-il exact que …", "…, c'est exact ?", "…, ai-je raison ?": the claim put forward
    for a yes (LABELS.md), the myth."""
    assert myths_of(text) == {myth}


def test_whether_a_true_step_is_exact_stays_a_question() -> None:
    assert subjects_of("l'alias c'est sur le nouveau compte, c'est exact ?") == {"alias"}


@pytest.mark.parametrize(
    "text",
    [
        "selon un tuto, on va dans « Déménager depuis un autre compte » sur l'ancienne instance "
        "et on met le nouveau, c'est bon comme ça ?",
        "je dois aller dans migrer depuis un autre compte sur l'ancien serveur, si j'ai bien "
        "compris ?",
    ],
)
def test_the_alias_section_named_on_the_old_account_is_the_myth(text: str) -> None:
    """The settings section "Moving from a different account" named as members say it
    ("Déménager depuis un autre compte") is the alias; put on the old server, the myth."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("est-ce que je pourrai supprimer l'ancien compte par la suite ?", "archive"),
        ("par la suite, la suppression du vieux compte sera possible ?", "export"),
        ("et je pourrai effacer l'ancien compte par la suite ?", "alias"),
    ],
)
def test_later_on_at_a_step_is_no_status(text: str, where: str) -> None:
    """ "par la suite" (later on) holds "la suite" (what's next): the question asked."""
    assert subjects_of(text, where) == {"delete_old_account"}


def test_what_comes_next_at_a_step_stays_status() -> None:
    assert command_of("c'est quoi la suite ?", "archive") == "status"


@pytest.mark.parametrize(
    "text",
    [
        "je crée l'alias sur le nouveau compte et je lance le déménagement sur l'ancien, c'est ça ?",
        "l'alias sur la nouvelle instance, puis on lance la migration depuis l'ancienne, non ?",
    ],
)
def test_the_true_order_said_back_is_no_myth(text: str) -> None:
    """The alias named on the new account and the member starting the move on the old one:
    the true order, put back to be confirmed, states no myth."""
    assert read_row({"text": text}).understanding.kind == "question"
