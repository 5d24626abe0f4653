"""Classes of phrasing that round 15's German tuning rows showed failing at first contact:
what the bot offers asked in everyday words, a step done or not done said as a state of
things, the Export page asked for by the lists it holds, posts "staying behind" (not
moving back), another service's own features, a reason said after the question. Each case
stands for a class, in phrasings of our own (not the rows'), so reverting the fix makes
them fail."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "Welche Funktionen hast du?",
        "was bietest du alles an",
        "Wobei kannst du mir helfen?",
        "wofür kann ich dich benutzen",
        "Was sind deine Funktionen?",
        "was kann der bot so",
    ],
)
def test_what_the_bot_offers_in_everyday_words_is_help(text):
    """Asking for the bot's functions, what it offers or what it helps with is `help`,
    not a question about a subject nor a wish to start moving."""
    assert command_of(text, "dm") == "help"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("die CSVs sind jetzt auf meinem Laptop", "export"),
        ("alle Dateien liegen im Download-Ordner", "export"),
        ("das zip liegt auf meiner festplatte", "download"),
        ("hab die listen jetzt alle auf dem rechner", "export"),
        ("das archiv liegt jetzt auf meinem pc", "download"),
        ("die dateien sind bei mir auf dem handy", "export"),
    ],
)
def test_files_lying_on_the_members_computer_did_the_step(text, where):
    """At the export or download step, the files said to be on the member's computer,
    laptop or phone (where they lie now) is the step done, not a question about apps."""
    assert command_of(text, where) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "steht noch in bearbeitung",
        "das archiv wird noch vorbereitet",
        "ist noch in arbeit",
        "der export wird gerade generiert",
        "da steht es wird noch gebaut",
        "wird noch erstellt",
    ],
)
def test_an_archive_still_being_made_is_not_yet(text):
    """At the download step, the archive said to be still in the making ("in
    Bearbeitung", "wird noch erstellt") is the step not done yet."""
    assert command_of(text, "download") == "not_yet"


@pytest.mark.parametrize(
    "text",
    [
        "wo finde ich den export für meine listen",
        "wo ist die csv für die blockierten",
        "Welche Sachen kann ich auf der Exportseite runterladen, auch Lesezeichen?",
        pytest.param(
            "kriege ich meine stummgeschalteten als csv?",
        ),
        pytest.param(
            "gibts auf der export seite auch die lesezeichen",
        ),
        "wo lade ich die csv mit den gefolgten konten runter",
    ],
)
def test_the_export_asked_for_by_the_lists_it_holds(text):
    """Where the export or the CSV of a list is, or which lists the Export page has, is
    the Export page (LABELS.md), whatever list is named."""
    assert subjects_of(text) == {"csv_export"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("bleiben meine Fotos auf dem alten Server zurück?", {"posts"}),
        ("was bleibt auf dem alten server zurück", {"overview"}),
        ("meine Toots bleiben also auf der alten Instanz zurück?", {"posts"}),
        ("bleiben die DMs auf der alten instanz zurück", {"direct_messages"}),
        ("meine pins bleiben auf dem alten server zurück oder", {"pinned_posts"}),
    ],
)
def test_things_staying_behind_is_not_moving_back(text, subjects):
    """ "bleibt ... zurück" (stays behind) on the old server says what does not move; it
    does not ask about moving back."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "wie bekomme ich bei Threads den blauen Haken",
        "kann man bei bluesky eigentlich alte tweets importieren",
        "wie funktionieren listen bei threads",
        "wie lösche ich meinen twitter account",
        "gibts bei bluesky eigentlich lesezeichen",
    ],
)
def test_another_services_own_features_are_off_topic(text):
    """A feature of another service (Threads, Bluesky) asked about there, with nothing of
    Mastodon or the move, is off topic (LABELS.md `unknown`)."""
    got = read_row({"text": text})
    assert got.command is None
    assert got.understanding.kind == "unknown", got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("wie nehm ich meine follower mit? will nicht wieder bei null anfangen", {"followers"}),
        ("kommen die follower automatisch mit? möchte ungern bei null starten", {"followers"}),
        ("Follower mitnehmen geht wie? keine Lust von vorne anzufangen", {"followers"}),
        ("wie bekomm ich die follower rüber, hab keinen bock bei null anzufangen", {"followers"}),
    ],
)
def test_not_wanting_to_start_from_zero_is_a_reason(text, subjects):
    """Not wanting to start from zero, said beside a question, is why the member asks;
    it does not ask whether to move."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "was ist wenn mich jemand noch unter dem alten account taggt",
        "werden erwähnungen weitergeleitet",
        "was passiert mit erwähnungen, werden die weitergeleitet",
    ],
)
def test_people_tagging_the_old_account(text):
    """ "taggen" is mentioning; mentions passed on to the new account are the old
    account's mentions, not DMs nor a redirect."""
    assert subjects_of(text) == {"old_account_mentions"}


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("meine abos werden 1:1 übernommen punkt", {"follows_move_automatically"}),
        ("die blockierten konten kommen 1:1 mit", {"blocks_move_automatically"}),
        ("mein profilbild wird 1:1 kopiert", {"avatar_header_transferred"}),
        ("die gefolgten konten ziehen 1:1 mit punkt", {"follows_move_automatically"}),
    ],
)
def test_one_to_one_copies_are_claims(text, myths):
    """ "1:1 übernommen", "kommen 1:1 mit": a list said to move one to one is stated (the
    colon between digits ends no clause)."""
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("die fotos die ich hochgeladen habe fragezeichen", {"posts"}),
        ("und die videos die ich mal hochgeladen hab fragezeichen", {"posts"}),
        pytest.param(
            "wo ist die csv für meine listen fragezeichen",
            {"csv_export"},
        ),
    ],
)
def test_a_dictated_question_mark_asks(text, subjects):
    """ "fragezeichen" said to a phone as the last word is the "?": the message asks
    (media "die ich hochgeladen habe" are not claimed to be imported)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("muss ich mein avatarbild neu hochladen", {"profile"}),
        ("das headerfoto lade ich dann einfach nochmal hoch oder", {"profile"}),
        ("wird das avatarfoto übernommen?", {"profile"}),
    ],
)
def test_profile_pictures_in_compounds(text, subjects):
    """German glues words: "Avatarbild", "Headerfoto" are the profile's pictures, and
    uploading one again is setting up the profile, not an import."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "mein bannerfoto kommt ja automatisch mit",
        "das titelfoto wird ja mitgenommen, also spar ich mir das hochladen",
    ],
)
def test_profile_pictures_in_compounds_claimed_to_move(text):
    assert myths_of(text) == {"avatar_header_transferred"}


@pytest.mark.parametrize(
    "text",
    [
        "kennt jemand ne gute pizzeria in münchen",
        "wann fährt morgen die erste s-bahn nach potsdam",
        "hat wer ein gutes rezept für käsespätzle",
        "wo gibts hier nen guten döner",
        "mein drucker zieht kein papier mehr ein, was tun",
    ],
)
def test_everyday_things_are_off_topic(text):
    """Food, trains, printers: everyday things asked about are off topic (LABELS.md
    `unknown`), not a subject guessed from an ordinary word ("gut" as in a good server)."""
    got = read_row({"text": text})
    assert got.command is None
    assert got.understanding.kind == "unknown", got


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("muss der alias zuerst rein? und wo ist dann der umzugsknopf", {"alias", "move"}),
        ("wo ist der umzugsbutton und wo trag ich den alias ein", {"move", "alias"}),
        (
            "Welche Dateien brauche ich, und wo finde ich das Umzugsformular?",
            {"csv_export", "move"},
        ),
    ],
)
def test_the_move_button_in_one_word(text, subjects):
    """ "Umzugsknopf", "Umzugsbutton", "Umzugsformular": the move's own button or form."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "geht auch nur ein hinweis aufs neue konto ohne umzug",
        "nur einen hinweis aufs neue profil setzen, kein kompletter umzug, geht das?",
        "kann ich bloß einen hinweis auf dem alten profil anzeigen lassen ohne richtigen umzug",
    ],
)
def test_a_notice_without_a_move_is_the_redirect(text):
    """Only the notice pointing to the new account, without moving the followers, is the
    redirect (redirect_only), not what others see after a move."""
    assert subjects_of(text) == {"redirect_only"}


@pytest.mark.parametrize(
    ("text", "myths"),
    [
        ("blockierte profile kommen automatisch mit", {"blocks_move_automatically"}),
        ("stummgeschaltete profile werden übernommen", {"mutes_move_automatically"}),
        ("meine gemuteten profile ziehen doch mit", {"mutes_move_automatically"}),
    ],
)
def test_blocked_or_muted_profiles_are_accounts(text, myths):
    """ "blockierte / stummgeschaltete Profile" are other people's accounts: no claim about
    the member's own name and bio."""
    assert myths_of(text) == myths


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("sind meine leute schon rüber?", "followers", "progress"),
        ("sind alle schon rüber", "dm", "progress"),
        ("sind die schon alle rüber", "followers", "progress"),
        ("alias steht", "alias", "done"),
        ("profil steht", "profile", "done"),
        ("der alias steht jetzt", "alias", "done"),
        ("steht alles", "profile", "done"),
        ("mach ich gleich", "import", "not_yet"),
        ("morgen vielleicht", "import", "not_yet"),
        ("am wochenende", "alias", "not_yet"),
        ("erst morgen", "archive", "not_yet"),
        ("demnächst", "alias", "not_yet"),
        ("irgendwann diese woche", "export", "not_yet"),
    ],
)
def test_steps_answered_in_everyday_words(text, where, command):
    """Followers "schon rüber" is how the move goes; a step's thing that "steht" (is in
    place) is done; a time to come ("gleich", "am Wochenende", "erst morgen") is not yet."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("sieht man auf dem alten profil wohin ich umgezogen bin", {"what_others_see"}),
        ("landen die blockierten konten automatisch beim neuen account", {"blocks"}),
        ("landet mein profilbild automatisch auf dem neuen konto", {"profile"}),
        ("wandert die bio automatisch mit", {"profile"}),
        ("übernimmt mastodon meine abos automatisch", {"follows"}),
        ("erscheinen meine alten beiträge automatisch auf dem neuen konto", {"posts"}),
        ("schiebt mastodon die posts automatisch rüber", {"posts"}),
    ],
)
def test_a_verb_first_asks_without_a_question_mark(text, subjects):
    """German asks yes/no questions verb first ("Landen die ...", "Übernimmt Mastodon
    ..."); with no "?" typed, that verb still makes it a question, not a claim."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "hängt es von der instanz ab, ob die follower mitkommen",
        "ob die follower mitkommen hängt vom server ab oder",
        "hängt das vom server ab, ob meine follower umziehen",
    ],
)
def test_depending_on_the_server_is_not_stuck(text):
    """ "hängt ... ab" (depends on) asks whether the followers move; it is not
    followers that "hängen" (are stuck), so not how long they take."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "sehen die leute dann, wo ich jetzt bin?",
        "wenn mein server offline ist, sehen die leute dann noch wo ich hin bin",
        "sehen meine follower wohin ich umgezogen bin",
        "sieht man dann auf dem alten konto wohin ich gezogen bin",
    ],
)
def test_people_seeing_where_the_member_went(text):
    """People who "sehen, wohin ich gezogen bin" is what others see; a condition before it
    ("wenn mein Server offline ist") only says when."""
    assert subjects_of(text) == {"what_others_see"}
