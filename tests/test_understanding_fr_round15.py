"""French classes round 15's tuning rows showed failing at first contact: deleting "mon
compte" said with an infinitive or a noun, being lost at "cette étape", what to do now,
who made the bot, posts named by what they hold, a locked account described, what the
others will see, and a closing server told as the reason. Each case is the tuner's own
phrasing, not a row of the question sets, read at first contact."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of, subjects_of


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("effacer mon compte svp", "dm"),
        ("supprimer mon compte", "dm"),
        ("détruire mon compte", "dm"),
        ("suppression de mon compte stp", "dm"),
        ("supprimez mon compte", "dm"),
        ("effacer mon compte", "public"),
    ],
)
def test_fr_deleting_my_account_said_bare_asks_which(text: str, where: str) -> None:
    """ "effacer / supprimer / détruire mon compte", "suppression de mon compte": an order
    with nothing saying whose data or which account, so the bot asks (clarify_delete)."""
    assert command_of(text, where) == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "where"),
    [("supprimer mon ancien compte", "dm"), ("comment effacer mon compte ?", "public")],
)
def test_fr_deleting_the_old_account_or_asking_how_is_a_question(text: str, where: str) -> None:
    """The old account named, or how asked, is the question about deleting it."""
    assert subjects_of(text, where) == {"delete_old_account"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("je comprends rien à cette étape", "import"),
        ("je pige pas cette étape", "alias"),
        ("cette étape je comprends pas", "move"),
        ("je suis perdu à cette étape", "export"),
        ("j'y comprends rien à cette partie", "profile"),
    ],
)
def test_fr_lost_at_this_step_is_how(text: str, where: str) -> None:
    """ "cette étape" points at the step being walked: not being able to follow it asks how
    to do it (not a question about the move's steps)."""
    assert command_of(text, where) == "how"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("je dois faire quoi maintenant ?", "import"),
        ("je fais quoi déjà ?", "alias"),
        ("qu'est-ce que je dois faire maintenant ?", "export"),
        ("que dois-je faire maintenant ?", "download"),
        ("rappelle-moi ce que je dois faire", "archive"),
    ],
)
def test_fr_what_to_do_now_is_status(text: str, where: str) -> None:
    """What to do now, or reminded what to do, asks where the walkthrough stands."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    "text",
    [
        "qui t'a créé ?",
        "t'as été codé par qui ?",
        "qui est derrière ce robot ?",
        "c'est qui ton créateur",
    ],
)
def test_fr_who_made_the_bot_is_off_topic(text: str) -> None:
    """Who made the bot is no question about moving, no request for help and no order to
    forget ("ce robot" alone says nothing of data)."""
    reading = first_contact({"text": text})[1]
    assert reading.command is None
    assert reading.understanding.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("à quoi sert ce robot ?", "public"),
        ("comment fonctionne ton bot ?", "dm"),
        ("qui es-tu ?", "dm"),
    ],
)
def test_fr_what_the_bot_is_for_is_help(text: str, where: str) -> None:
    """What the bot is for, or how it works, asks for help, not to be forgotten."""
    assert command_of(text, where) == "help"


@pytest.mark.parametrize(
    "text",
    [
        "mes dessins postés ici vont disparaître de mon profil ?",
        "toutes mes illustrations resteront sur mon ancien profil ?",
        "mes vidéos vont disparaître de mon profil si je pars ?",
        "mes créations publiées ici, je les perds ?",
    ],
)
def test_fr_posts_named_by_what_they_hold(text: str) -> None:
    """Drawings, illustrations, videos "postés / publiés" are the posts; the profile they
    show on only says where they are."""
    assert subjects_of(text) == {"posts"}


@pytest.mark.parametrize(
    "text",
    [
        "mon nouveau compte valide les abonnements à la main, les abonnés migrés vont devoir "
        "faire une demande ?",
        pytest.param(
            "j'ai mis mon compte sur validation des abonnés, ça bloque la migration ?",
        ),
        "mes abonnés migrés devront passer par des demandes ?",
        "je dois valider chaque abonné sur le nouveau compte, ils arriveront quand même ?",
    ],
)
def test_fr_a_locked_account_described(text: str) -> None:
    """Followers validated by hand, or arriving as requests, is a locked account."""
    assert subjects_of(text) == {"locked_account"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("les autres vont voir quoi quand ils iront sur mon vieux profil", "move"),
        ("les gens vont voir quoi sur l'ancien compte ?", "alias"),
        ("mes abonnés vont voir quoi sur mon vieux profil ?", "followers"),
        ("les visiteurs de mon ancien profil verront quoi ?", "public"),
    ],
)
def test_fr_what_the_others_will_see(text: str, where: str) -> None:
    """ "vont voir quoi" on the old profile asks what others see there."""
    assert subjects_of(text, where) == {"what_others_see"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mon instance ferme et j'ai des brouillons, ils deviennent quoi ?", {"scheduled_drafts"}),
        ("le serveur va fermer et j'ai plein de signets, ils partent où ?", {"bookmarks"}),
        ("mon serveur ferme bientôt et j'ai des filtres, ils suivent ?", {"filters"}),
    ],
)
def test_fr_a_closing_told_as_the_reason(text: str, subjects: set[str]) -> None:
    """The closing is why they ask (LABELS.md); the thing named is what they ask about."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "l'export me donne un fichier CSV de mes pouets, je le réimporte comment ?",
        "L'exportation me sort un CSV avec tous mes messages, c'est bien le fichier à garder ?",
        "le CSV avec mes pouets, je le trouve où ?",
        "j'ai le CSV de mes publications, je le mets où sur le nouveau compte ?",
    ],
)
def test_fr_asking_what_to_do_with_the_csv_of_posts_takes_it_for_granted(text: str) -> None:
    """Asking where or how to use the CSV of posts, or whether it is the file to keep,
    takes for granted that the export holds the posts (as en.toml has it)."""
    assert myths_of(text) == {"export_csv_of_posts"}


@pytest.mark.parametrize(
    "text",
    [
        "comment je réimporte mon archive pour retrouver mes pouets ?",
        "je remets l'archive sur le nouveau compte et mes photos seront de retour",
        "je réimporte mon archive et hop mes pouets reviennent",
        "où est-ce que je téléverse l'archive pour récupérer mes messages ?",
    ],
)
def test_fr_posts_coming_back_from_the_archive_is_the_import_claim(text: str) -> None:
    """Putting the archive back so the posts come back ("de retour", "reviennent"), or asking
    how to, takes for granted that posts can be imported."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "une fois l'alias créé, les abonnés commencent à migrer, c'est ça ?",
        "dès que l'alias est fait mes abonnés commencent à partir",
        "l'alias créé, les abonnés se mettent à migrer tout seuls",
    ],
)
def test_fr_followers_starting_to_move_once_the_alias_exists(text: str) -> None:
    """Followers "commencent à migrer" once the alias exists: the alias-starts-it claim."""
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "je peux garder mon ancien compte comme archive ?",
        "est-ce que je peux laisser l'ancien compte en ligne comme archive de mes pouets ?",
        "conserver mon ancien compte pour les archives, c'est possible ?",
    ],
)
def test_fr_the_old_account_kept_as_an_archive_is_keeping_both(text: str) -> None:
    """The old account kept "comme archive" is keeping both accounts, not the archive."""
    assert subjects_of(text) == {"keep_both_accounts"}


@pytest.mark.parametrize(
    "text",
    [
        "mes abonnés vont recevoir un petit message quand je pars ?",
        "personne ne sera prévenu ? même pas un petit mot ?",
        "est-ce que mes abonnés reçoivent un message quand je déménage ?",
    ],
)
def test_fr_a_message_telling_the_followers_is_the_notice(text: str) -> None:
    """ "un (petit) message" to the followers about the move is the notification."""
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("ça veut dire quoi ?", "alias", "how"),
        ("je mets quoi dans le champ ?", "alias", "how"),
        ("on met quoi là-dedans ?", "ask_old_handle", "how"),
        ("je rejoins cette instance", "choose_direction", "here"),
        ("je m'installe ici", "choose_direction", "here"),
        ("je suis revenu", "dm", "resume"),
        ("me revoici", "dm", "resume"),
        ("je préfère l'anglais", "dm", "language:en"),
        ("je préférerais en espagnol", "dm", "language:es"),
    ],
)
def test_fr_step_answers_and_orders_in_everyday_words(text: str, where: str, command: str) -> None:
    """What a word means or what to put in the field is how; joining or settling here
    arrives; being back resumes; a language preferred is asked for."""
    assert command_of(text, where) == command
