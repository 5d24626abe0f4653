"""French classes of session 35 (learn35fr), chosen on the tuning halves of rounds 58-66
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets. Each class failed with the phrase tables alone (BOT_SECOND_OPINION=off)
before its fix."""

from __future__ import annotations

import pytest
from question_set import subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "tu peux me conseiller une instance francophone pas trop grosse ?",
        "vous connaissez une instance québécoise sympa ?",
        "une instance suisse en français à me recommander ?",
        "z'auriez une bonne instance pour les photographes à me proposer ?",
        "quelle instance tu me conseilles pour parler de cuisine ?",
        "vous pourriez m'indiquer une instance belge ?",
    ],
)
def test_asking_for_an_instance_to_be_recommended_is_choosing_a_server(text: str) -> None:
    """An instance asked for by what it should be ("une instance belge à me conseiller",
    "vous connaissez une instance ...") is choosing a server; the tables knew "quel serveur"
    and "recommander .. instance" but not "conseiller / connaître / indiquer" one."""
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "bon ça transfère quoi au final",
        "ça migre quoi exactement",
        "concrètement ça déplace quoi le déménagement",
        "en gros ça emmène quoi sur le nouveau compte",
        "ça garde quoi au juste quand on déménage",
    ],
)
def test_it_moves_what_is_the_overview(text: str) -> None:
    """ "ça transfère quoi ?", the spoken order of "qu'est-ce qui est transféré ?": what
    moves (overview), not how to start the move."""
    assert subjects_of(text) == {"overview"}


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des pouets programmés pour demain, ils partent avec moi ?",
        "mes messages programmés et mes brouillons passent sur le nouveau compte ?",
        "que deviennent mes publications programmées si je change d'instance ?",
        "j'ai programmé des posts pour la semaine, je les perds ?",
        "mes brouillons et mes posts planifiés, ils suivent ?",
    ],
)
def test_posts_scheduled_are_scheduled_posts_not_a_reposting_program(text: str) -> None:
    """Accents folded, "programmé" reads as "programme" (a program, the cue of the tools
    that re-post): posts programmés / j'ai programmé des posts are scheduled posts."""
    assert subjects_of(text) == {"scheduled_drafts"}


@pytest.mark.parametrize(
    "text",
    [
        "le crochet vert à côté de mon site, il reste après le déménagement ?",
        "mon lien a le crochet vert dans le profil, est-ce qu'il va rester vérifié ?",
        "je garde le crochet vert sur mon blog si je migre ?",
        "la petite coche verte de mon site web, elle suit sur le nouveau compte ?",
    ],
)
def test_the_green_check_mark_is_the_verified_link(text: str) -> None:
    """ "le crochet vert" (Québec: the check mark) beside a link is its verification."""
    assert subjects_of(text) == {"verified_links"}


@pytest.mark.parametrize(
    "text",
    [
        "je n'ai jamais eu de mot de passe, je me connecte avec le compte de mon école, comment je migre ?",
        "je me connecte par le compte de ma fac, j'ai pas de mot de passe et le formulaire en veut un",
        "le formulaire de déménagement me demande un mot de passe mais j'en ai jamais eu, je passe par mon employeur",
        "mon compte passe par la connexion de mon université, quel mot de passe je mets pour migrer ?",
        "j'ai jamais eu de mdp mastodon, je me connecte avec google, je fais quoi pour le move ?",
    ],
)
def test_never_had_a_password_logging_in_through_an_institution_is_sso(text: str) -> None:
    """Logging in through the school's, university's or employer's account and never having
    had a password is single sign-on; the form asking for one is no follow request."""
    assert subjects_of(text) == {"sso_no_password"}


@pytest.mark.parametrize(
    "text",
    [
        "si la nouvelle instance me plaît pas, je peux re-migrer vers une troisième tout de suite ?",
        "et si je regrette, je peux remigrer direct sur un autre serveur encore ?",
        "je déménage, et si ça me plaît pas je peux partir sur une 3e instance direct ?",
        "une fois migré, je peux redéménager vers une autre instance si celle-ci me plaît pas ?",
    ],
)
def test_moving_on_again_to_a_third_server_is_the_cooldown(text: str) -> None:
    """Moving again, to a third server ("si celle-là me plaît pas"), is a second move: the
    30-day cooldown, not moving back to the old account."""
    assert subjects_of(text) == {"cooldown"}
