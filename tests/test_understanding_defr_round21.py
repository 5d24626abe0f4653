"""German and French classes round 21's tuning rows (and older rounds' leftovers) showed
failing at first contact: starting the move once the alias is made read as the alias,
wanting to go back, moving again right after a move, the old handle mentioned, followers
asked to follow again, the old account staying visible, and dialect words. Each case is
the tuner's own phrasing, not a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "comment on déclenche la migration une fois que l alias est fait ?",
        "alias fait. comment je démarre la migration maintenant ?",
        "j'ai fait l'alias, où est le bouton pour la migration ?",
        "l alias est fait sur le nouveau, et je lance la migration depuis quel compte ?",
        "une fois l'alias en place, on lance le déménagement où ?",
        "l alias est créé, et maintenant je lance le transfert comment ?",
    ],
)
def test_fr_starting_the_move_once_the_alias_is_made_is_the_move(text: str) -> None:
    """The alias named as done ("une fois l'alias créé", "alias fait") is where the member
    stands; how to launch / trigger the migration is what is asked (move)."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    "text",
    [
        "l alias lance le déménagement tout seul",
        "alias créé donc ça lance la migration tout seul",
    ],
)
def test_fr_the_alias_starting_the_move_is_still_the_myth(text: str) -> None:
    assert myths_of(text) == {"alias_starts_transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "je veux importer les gens que je suivais sur la nouvelle instance",
    ],
)
def test_fr_the_people_i_follow_in_regional_words_are_imported(text: str) -> None:
    """ "le monde que je suis" (Québec: the people I follow) brought over is the import."""
    assert subjects_of(text) == {"import"}


@pytest.mark.parametrize(
    "text",
    [
        "ich will vielleicht irgendwann zurück, geht das",
        "will ich irgendwann zurück, wie geht das",
    ],
)
def test_de_wanting_to_go_back_is_move_back(text: str) -> None:
    """Wanting to go back ("zurück wollen", "ein Zurück") asks whether the move can be
    reversed (move_back)."""
    assert subjects_of(text) == {"move_back"}


@pytest.mark.parametrize(
    "text",
    [
        "hab gerade umgezogen und will schon wieder weiterziehen, geht aber nicht. wieso?",
        "ich wollte ein zweites mal umziehen aber es lässt mich nicht",
        "nochmal umziehen direkt nach dem letzten umzug, warum blockiert das",
        "kann ich gleich nochmal weiter zu einer anderen instanz?",
        "bin letzte woche umgezogen, jetzt direkt nochmal wechseln geht nicht",
    ],
)
def test_de_moving_again_right_after_a_move_is_the_cooldown(text: str) -> None:
    """Moving a second time right after a move ("gleich nochmal", "weiterziehen", "ein
    zweites Mal") is the 30-day cooldown, and "blockiert das" is no block list."""
    assert subjects_of(text) == {"cooldown"}


@pytest.mark.parametrize(
    "text",
    [
        "erwähnungen an meinen alten handle, krieg ich die?",
        "bekomm ich erwähnungen an den alten handle noch?",
    ],
)
def test_de_the_old_handle_mentioned_is_old_account_mentions(text: str) -> None:
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    "text",
    [
        "mein kollege sagt ich muss jeden follower einzeln bitten mir wieder zu folgen, ist das so?",
        "ich hab gehört man muss jeden follower einzeln bitten einem neu zu folgen",
        "man muss die follower dann bitten einem neu zu folgen, gell",
    ],
)
def test_de_followers_asked_to_follow_again_is_the_refollow_myth(text: str) -> None:
    """Asking (bitten, fragen) each follower to follow again, stated as heard, is the myth
    that followers must refollow."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("wos passiert mit meine buidl wenn i umzieh", {"posts"}),
        ("kumman meine buidl mit?", {"posts"}),
    ],
)
def test_de_bavarian_words_name_the_subject(text: str, want: set[str]) -> None:
    """Bavarian "Buidl" (Bilder) are the member's pictures: posts and media."""
    assert subjects_of(text) == want


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("hab ich ni geschafft bis jetzt", "import"),
        ("hab ich nicht geschafft bis jetzt", "alias"),
        ("is noch ni da", "download"),
        ("hab ni hinbekommen bisher", "export"),
    ],
)
def test_de_not_managed_yet_is_not_yet(text: str, where: str) -> None:
    """ "nicht geschafft" / "ni" (Saxon: nicht) at a step is not yet, not done."""
    assert command_of(text, where) == "not_yet"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("je sais que les listes ne suivent pas. et les comptes masqués ?", ["lists", "mutes"]),
        ("mes listes sont perdues, je sais, mais mes blocages alors ?", ["lists", "blocks"]),
        ("les listes sont pas transférées, mais pour les signets ?", ["lists", "bookmarks"]),
        ("Listen gehen verloren, schon klar. Und die Blockierungen?", ["lists", "blocks"]),
        ("Listen kann man nicht mitnehmen, ok, aber meine Lesezeichen?", ["lists", "bookmarks"]),
        ("Listen mitnehmen klappt nicht, weiß ich. Und die Filter?", ["lists", "filters"]),
    ],
)
def test_defr_a_myth_then_but_what_about_another_keeps_both(text: str, want: list[str]) -> None:
    """A myth stated, then another subject asked after "mais" / "et" / "aber" / "und": the
    myth (lists_cannot_transfer) and the other subject, not one of them alone."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "myth", got
    assert got.understanding.myths == ["lists_cannot_transfer"]
    assert got.understanding.subjects == want


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("attends, on en était où ?", "import"),
        ("attends deux secondes, je fais quoi maintenant ?", "import"),
        ("attends attends, je suis rendu où ?", "import"),
        ("attends, on en était où ?", "export"),
    ],
)
def test_fr_wait_then_where_are_we_is_status(text: str, where: str) -> None:
    """ "attends" opening a question about where the walkthrough stands asks for the
    status; it does not put the step off (not_yet)."""
    assert command_of(text, where) == "status"


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        ("les comptes masqués suivent tout seuls nan ?", "mutes_move_automatically"),
        ("mes blocages sont transférés automatiquement nan?", "blocks_move_automatically"),
        ("la bio est copiée automatiquement nan ?", "name_bio_copied"),
    ],
)
def test_fr_a_claim_closed_by_nan_is_stated(text: str, myth: str) -> None:
    """ "nan ?" (chat "non ?") closing a claim asks for agreement, as "non ?" does: the
    claim is stated, a myth."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    "text", ["Chokran, c est parfait", "choukrane pour ton aide", "choukran pour tout"]
)
def test_fr_thanks_in_arabic_loanwords_is_thanks(text: str) -> None:
    """ "choukran" (Maghreb French for thanks) thanks, like "merci"."""
    got = read_row({"text": text, "where": "dm"})
    assert got.command is None and got.understanding.kind == "thanks", got


@pytest.mark.parametrize(
    "text",
    [
        "was wird aus meinen geteilten posts beim umzug",
        "meine geteilten toots, kommen die mit?",
    ],
)
def test_de_shared_posts_are_boosts(text: str) -> None:
    """ "geteilte Posts" are the member's boosts, not their own posts."""
    assert subjects_of(text) == {"boosts_favourites"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("hab mich hier neu angemeldet, mein altes konto ist auf einem anderen server", "here"),
        ("neu hier – mein altes konto liegt auf einem anderen server", "here"),
        ("je suis nouvelle ici, mon ancien compte est sur une autre instance", "here"),
        ("mon ancien compte est sur un autre serveur, je débute ici", "here"),
        ("nouveau ici, mon ancien compte est sur un autre serveur", "here"),
        ("mon vieux compte reste, je pars sur une autre instance", "away"),
        ("ich gehe auf einen anderen server", "away"),
    ],
)
def test_defr_the_old_account_elsewhere_comes_here(text: str, want: str) -> None:
    """Asked which way, "my old account is on another server" comes here: its "another
    server" alone would say leaving, but the wider phrase names the old account there."""
    assert command_of(text, "choose_direction") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("mes abonnés me suivent quand même si je redirige seulement ?", {"redirect_only"}),
        ("une redirection suffit pour que mes abonnés viennent ?", {"redirect_only"}),
        ("mes abonnés viendront quand même ?", {"followers"}),
    ],
)
def test_fr_anyway_is_no_when_and_a_redirect_answers_for_followers(
    text: str, want: set[str]
) -> None:
    """ "quand même" (anyway) is no "when": it asks whether followers come, not how long
    they take; whether they come with a redirect alone is the redirect's answer."""
    assert subjects_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "angeblich gibt es ein skript das die beiträge aufs neue konto überträgt, kennt ihr das?",
        "il paraît qu un script transfère les posts automatiquement, c est fiable ?",
    ],
)
def test_defr_a_tool_that_copies_posts_told_of_is_the_tools(text: str) -> None:
    """A tool or script said to copy the posts over is true (repost tools), no claim that
    posts move by themselves."""
    assert subjects_of(text) == {"repost_tools"}


def test_de_posts_said_to_move_by_themselves_stay_the_myth() -> None:
    assert myths_of("meine posts ziehen automatisch mit um") == {"posts_move_automatically"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Verliere ich meine Follower beim Umzug? Und kriegen die eine Nachricht?",
            {"followers", "notifications"},
        ),
        ("mes abonnés suivent ? et ils sont prévenus ?", {"followers", "notifications"}),
        (
            "est-ce que je perds mes abonnés ? et est-ce qu ils reçoivent une notif ?",
            {"followers", "notifications"},
        ),
        (
            "kommen meine follower mit? und werden sie informiert?",
            {"followers", "notifications"},
        ),
        ("werden meine follower benachrichtigt?", {"notifications"}),
        ("Meine Follower, bekommen die eine Nachricht?", {"notifications"}),
    ],
)
def test_defr_followers_asked_then_whether_they_are_notified_keeps_both(
    text: str, want: set[str]
) -> None:
    """Whether the followers move, then in a question of its own whether they are told:
    both; the followers only named in the notification question are its own subject."""
    assert subjects_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "il faut cliquer où pour que mes abonnés passent sur le nouveau compte ?",
        "je clique où pour que les abonnés arrivent ?",
        "wo muss ich klicken, damit meine follower rüberkommen?",
    ],
)
def test_defr_where_to_click_so_the_followers_come_is_the_move(text: str) -> None:
    """Where to click so that the followers come over asks for the move's button (move),
    not whether followers move."""
    assert subjects_of(text) == {"move"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("parle-moi en espagnol, c'est pour ma voisine", "language:es"),
        ("parle-moi en anglais stp, c'est pour ma voisine", "language:en"),
        ("réponds-moi en allemand, c'est pour mon collègue", "language:de"),
    ],
)
def test_fr_speak_to_me_in_a_language_with_a_reason_is_the_language(text: str, want: str) -> None:
    """ "parle-moi en espagnol" (the verb with "-moi" glued on), a reason after it: the
    language asked for."""
    assert command_of(text, "dm") == want
