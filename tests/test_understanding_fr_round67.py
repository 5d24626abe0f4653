"""French classes of session 35 (learn35fr), chosen on the tuning halves of rounds 58-66
and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of the
question sets. Each class failed with the phrase tables alone (BOT_SECOND_OPINION=off)
before its fix."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, subjects_of


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


@pytest.mark.parametrize(
    "text",
    [
        "comment je vois si tous mes abonnés sont arrivés sur le nouveau compte ?",
        "y a moyen de vérifier combien de mes abonnés sont déjà passés ?",
        "comment savoir si la migration de mes abonnés est terminée ?",
        "je peux checker quelque part si mes followers sont bien rendus ?",
        "comment je sais si le transfert de mes abonnés est fini ?",
    ],
)
def test_how_to_check_whether_the_followers_have_arrived_is_move_progress(text: str) -> None:
    """How to see whether the followers have all come over (or the transfer is finished) is
    how the move is going (LABELS.md: move_progress in public), not how long it takes."""
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "il en manque 40 sur le nouveau, c'est normal ?",
        "il m'en manque une cinquantaine, pourquoi ?",
        "j'avais 500 abonnés, il en manque genre 60 pk ?",
        "sur le nouveau compte il en manque une vingtaine, ils sont où ?",
    ],
)
def test_some_missing_on_the_new_count_is_the_lower_count(text: str) -> None:
    """ "il en manque 40": a number of followers missing from the new count is the count
    being lower (some servers don't move them), not followers still on their way."""
    assert subjects_of(text) == {"follower_count_lower"}


@pytest.mark.parametrize(
    "text",
    [
        "mon instance est down pour de bon, comment je récupère mes abonnés ?",
        "l'ancien site ne répond plus du tout depuis un mois, je peux encore faire le déménagement ?",
        "mon ancien serveur est down depuis des semaines, mes abonnés sont perdus ?",
        "l'ancienne instance répond plus, je peux encore migrer mes abonnés ?",
    ],
)
def test_an_old_server_down_for_good_is_the_old_server_gone(text: str) -> None:
    """ "down pour de bon", "ne répond plus": the old server already gone, whose followers
    can no longer be moved."""
    assert subjects_of(text) == {"old_server_gone"}


@pytest.mark.parametrize(
    "text",
    [
        "l'admin annonce la fermeture de l'instance en décembre, je fais quoi ?",
        "notre modérateur a annoncé la fermeture du serveur, par quoi je commence ?",
        "ils annoncent que le serveur ferme dans deux semaines, que dois-je faire ?",
    ],
)
def test_the_admin_announcing_the_closing_is_no_notification(text: str) -> None:
    """The admin announcing the closing is the closing; "annonce" is no notification of the
    member's followers."""
    assert subjects_of(text) == {"server_closing"}


@pytest.mark.parametrize(
    "text",
    [
        "je pourrai encore me connecter à mon ancien compte pour récupérer mes affaires ?",
        "après le déménagement, je peux encore me connecter sur le vieux compte pour exporter ?",
        "je pourrai toujours me loguer sur l'ancien compte après la migration ?",
    ],
)
def test_logging_in_to_the_old_account_afterwards_is_the_old_account(text: str) -> None:
    """Logging in to the old account after the move, to look or export, is what the old
    account still allows (LABELS.md: old_account), not using both accounts."""
    assert subjects_of(text) == {"old_account"}


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés devront-ils se réabonner à mon nouveau compte ?",
        "il faudra que chacun vienne s'abonner de nouveau à mon nouveau profil ?",
        "mes amis vont devoir se réabonner un par un ?",
    ],
)
def test_followers_having_to_subscribe_again_is_the_myth(text: str) -> None:
    """ "se réabonner" / "s'abonner de nouveau" (they subscribe again: the followers, where
    "me réabonner" is the member's follows) put forward for a yes is the myth."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    "text",
    [
        "comment choisir une instance qui va pas fermer dans un an ?",
        "je cherche un serveur qui ne fermera pas du jour au lendemain, comment choisir ?",
        "quel serveur prendre pour être sûr qu'il ferme pas comme l'ancien ?",
        "comment trouver une instance stable qui risque pas de fermer ?",
    ],
)
def test_choosing_a_server_that_will_not_close_is_choosing_a_server(text: str) -> None:
    """A server that won't close is what the choice should be: choosing a server, not the
    closing asked about."""
    assert subjects_of(text) == {"choose_server"}


@pytest.mark.parametrize(
    "text",
    [
        "y a un nombre maximal de comptes qu'on peut suivre ?",
        "quel est le nombre maximal d'abonnements quand j'importe ?",
        "je suis 9000 comptes, il y a un maximum de comptes que je peux suivre ?",
    ],
)
def test_a_maximum_of_accounts_one_can_follow_is_the_follow_limit(text: str) -> None:
    """ "un nombre maximal de comptes qu'on peut suivre" was a dead end: the follow limit."""
    assert subjects_of(text) == {"follow_limit"}


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mis des notes sur des comptes pour me souvenir de qui c'est, elles suivent ?",
        "mes notes privées pour me souvenir des gens, elles partent avec moi ?",
    ],
)
def test_notes_to_remember_people_are_not_the_archive(text: str) -> None:
    """ "pour me souvenir" is to remember, not a keepsake (the archive's "souvenir")."""
    assert subjects_of(text) == {"private_notes"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("et les gens que j'ai masqués, ça devient quoi ?", "mutes"),
        ("et mes signets, ça devient quoi tout ça ?", "bookmarks"),
        ("mes filtres, ils deviennent quoi après le déménagement ?", "filters"),
    ],
)
def test_what_becomes_of_a_list_is_that_list_not_the_old_account(text: str, subject: str) -> None:
    """ "ça devient quoi ?" of a list named asks about that list, not the old account."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("je viens d'un autre serv", "choose_direction", "here"),
        ("chu en train de partir d'ici", "choose_direction", "away"),
        ("je suis en train de partir de ce serveur", "choose_direction", "away"),
        ("jme casse de cette instance", "choose_direction", "away"),
        ("je lâche ce serveur", "choose_direction", "away"),
        ("oups reviens à la question d'avant", "ask_old_handle", "back"),
        ("on peut revenir à la question précédente ?", "ask_new_handle", "back"),
        ("on peut-tu sauter celle-là ?", "archive", "skip"),
        ("je peux passer celle-ci ?", "export", "skip"),
        ("c'est quoi la next step ?", "import", "status"),
    ],
)
def test_step_answers_in_everyday_words(text: str, where: str, command: str) -> None:
    """At a step: leaving ("je me casse", "en train de partir": not "not yet" for "en
    train de"), arriving from "un autre serv", going back to "la question d'avant",
    skipping "celle-là" (Québec "on peut-tu"), "la next step" (where am I)."""
    assert command_of(text, where) == command
