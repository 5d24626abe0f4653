"""German classes of session 34 (learn34de), chosen on the tuning halves of rounds 58-65
(read by the tables alone and by a second opinion trained without them) and checked on
rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "der alias kommt aufm alten konto rein, oder?",
        "den alias trag ich aufm alten account ein, passt das so?",
        "ich leg den alias uff'm alten konto an, richtig?",
        "alias muss ufem alte konto, gell?",
    ],
)
def test_auf_dem_said_as_one_word_is_read(text: str) -> None:
    """ "aufm", Berlin "uff'm", Swiss "ufem": "auf dem" said as one word, so "aufm alten
    Konto" is "auf dem alten Konto" (the place the myth puts the alias)."""
    assert myths_of(text) == {"alias_on_old_account"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kann ich hinterher noch über den alten account posten", "alias"),
        ("kann ich danach eigentlich noch vom alten profil aus posten?", "move"),
        ("kann ich dann trotzdem noch auf dem alten konto posten?", "public"),
        ("kann man später noch vom alten account aus posten", "import"),
        ("darf ich vom alten account aus später noch mal was tröten?", "dm"),
        ("darf ich nach dem umzug noch über mein altes konto ab und zu posten?", "public"),
    ],
)
def test_posting_from_the_old_account_later_keeps_both(text: str, where: str) -> None:
    """ "kann ich danach noch vom alten Konto posten?": going on posting from the old
    account after the move is keeping both (LABELS), with words between "noch" and
    "posten" too; "was passiert mit dem alten Konto, kann ich dort noch posten?" stays
    the old account's fate."""
    assert subjects_of(text, where) == {"keep_both_accounts"}


def test_what_becomes_of_the_old_account_stays_its_fate() -> None:
    assert subjects_of("was passiert mit dem alten konto, kann ich dort noch posten?") == {
        "old_account"
    }


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Ich habe, wie einige von euch sicher mitbekommen haben, viele Konten blockiert,"
            " und möchte wissen, ob diese Blockierungen beim Umzug erhalten bleiben.",
            "blocks",
        ),
        (
            "Ich habe auf meiner Instanz, deren Admin – wer es mitbekommen hat, weiß Bescheid"
            " – nicht mehr tragbar ist, etliche Konten stummgeschaltet, und frage mich, ob"
            " diese Stummschaltungen beim Wechsel bestehen bleiben.",
            "mutes",
        ),
        (
            "Unser Server wird Ende März abgeschaltet, so stand es in der Ankündigung. Was"
            " muss ich vorher tun?",
            "server_closing",
        ),
        (
            "Laut der Ankündigung macht unsere Instanz im Sommer dicht. Was muss ich bis"
            " dahin erledigen?",
            "server_closing",
        ),
    ],
)
def test_an_aside_or_an_announcement_as_source_is_no_notification(text: str, subject: str) -> None:
    """ "…, wer es mitbekommen hat, weiß, wovon ich rede, …", "so stand es in der
    Ankündigung": where the member's news came from, not whether anyone is told of the
    move."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "bekommen meine follower eine benachrichtigung, wenn ich umziehe?",
        "wird der umzug irgendwo angekündigt, also merken meine follower das?",
    ],
)
def test_whether_followers_are_told_stays_notifications(text: str) -> None:
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "mein verified link auf der firmen-website, bleibt der nach dem move?",
            {"verified_links"},
        ),
        ("welche files gibt es auf der export-page?", {"csv_export"}),
        ('bekomme immer "is not an alias" obwohl der alias drin ist', {"not_an_alias_error"}),
        (
            "krieg immer den gleichen mist, obwohl ich den alias angelegt hab",
            {"not_an_alias_error"},
        ),
        ("kann ich die follows.csv einfach auf dem neuen konto reinkippen?", {"import"}),
        ("hab ein paar instanzen domain-geblockt, kommt das mit?", {"domain_blocks"}),
        ("ich hab einige ganze server geblockt, bleibt das so nach dem umzug?", {"domain_blocks"}),
    ],
)
def test_english_words_and_colloquial_blocks_are_read(text: str, subjects: set[str]) -> None:
    """English words an admin types in German ("Verified Link", "Export-Page", "Files"),
    "reinkippen" for putting a file in, servers "geblockt", and an error kept getting though
    the alias is made (quoted in English, whose words the German tables do not hold)."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "mein profilbild und banner werden ja mitübertragen, muss ich also nix machen?",
            "avatar_header_transferred",
        ),
        (
            "die konten, denen ich folge, werden beim umzug ja übernommen. was muss ich noch tun?",
            "follows_move_automatically",
        ),
        (
            "meine stummschaltungen ziehen ja automatisch mit, worauf muss ich sonst achten?",
            "mutes_move_automatically",
        ),
        (
            "kann ich das archiv auf dem neuen konto einspielen, damit meine tröts wieder da sind?",
            "posts_can_be_imported",
        ),
        (
            "kann ich die zip auf der neuen instanz importieren um meine posts zurückzukriegen?",
            "posts_can_be_imported",
        ),
        (
            "wie kann man das archiv hochladen, damit die alten beiträge wieder erscheinen?",
            "posts_can_be_imported",
        ),
        ("muss ich das archiv innerhalb von zwei tagen herunterladen?", "download_within_48_hours"),
        ("muss man den archiv-download binnen 48 std machen?", "download_within_48_hours"),
    ],
)
def test_a_claim_said_as_known_or_put_forward_is_the_myth(text: str, myth: str) -> None:
    """The modal "ja" after the verb says the claim is known ("werden ja mitübertragen"),
    as "doch" does; what the archive's upload should bring back ("…, damit meine Beiträge
    wieder da sind") and whether one must download within the time put the claim forward
    (LABELS: "can i upload my archive to restore my posts?" is the myth)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("kann ich mein archiv hochladen?", "posts"),
        ("wie lange kann ich das archiv herunterladen?", "archive"),
        ("ja, aber ziehen meine follower mit?", "followers"),
    ],
)
def test_asked_whether_with_nothing_put_forward_stays_a_question(text: str, subject: str) -> None:
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("mein follower-zähler ist kleiner als vorher, warum?", {"follower_count_lower"}),
        ("vorher 800 follower, jetzt 760. wo sind die restlichen hin?", {"follower_count_lower"}),
        (
            "Ich logge mich über das Firmen-Login ein und habe nie ein Passwort festgelegt. Was"
            " gebe ich im Umzugsformular ein?",
            {"sso_no_password"},
        ),
        (
            "Man liest von einer Sperrfrist von 30 Tagen. Gilt diese Frist fürs alte oder fürs"
            " neue Konto?",
            {"cooldown"},
        ),
        ("meine privaten notizen (nur für mich sichtbar), ziehen die mit um?", {"private_notes"}),
        ("wie bewahre ich meine tröts als sicherungskopie auf?", {"archive"}),
        ("darf ich den alias nach dem umzug irgendwann wieder löschen?", {"alias"}),
        (
            "kann ich mich nach dem umzug ins alte konto einloggen, um noch was zu exportieren?",
            {"old_account"},
        ),
        (
            "was ist der unterschied zwischen archiv und export? brauch ich beides?",
            {"archive", "csv_export"},
        ),
        (
            "welche dateien bietet die exportseite, und soll ich zusätzlich das archiv anfordern?",
            {"archive", "csv_export"},
        ),
        (
            "was passiert, wenn ich das alte konto lösche, bevor meine follower drüben sind?",
            {"delete_old_account"},
        ),
        ("ist mein altes konto nach dem umzug dann gesperrt?", {"old_account"}),
        (
            "reicht nicht einfach eine weiterleitung, ohne die follower zu übertragen?",
            {"redirect_only"},
        ),
        (
            "hab die weiterleitung eingerichtet, aber meine follower sind nicht mitgekommen, warum?",
            {"redirect_only"},
        ),
    ],
)
def test_a_story_word_gives_way_to_what_is_asked(text: str, subjects: set[str]) -> None:
    """A word of the story names no subject of its own: a "Frist" of the cooldown is no
    server closing, notes "sichtbar" only to the member are not what others see, posts kept
    as a backup are the archive, the alias deleted is not the account, logging in to
    export is the old account (LABELS), a condition ("wenn …", "bevor …") says when, the
    old account "gesperrt" is frozen, the redirect weighed against moving the followers is
    the redirect; the export page and the archive asked side by side are both asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("noni, mach i erst heut abend", "export", "not_yet"),
        ("nonig, am abig", "alias", "not_yet"),
        ("bin no bei der arbeit, mach ich erst heute abend", "archive", "not_yet"),
        ("ich komm von chaos.social rüber", "choose_direction", "here"),
        ("chume vo mastodon.online", "choose_direction", "here"),
        ("bin neu da, hab hier schon nen account", "choose_direction", "here"),
        ("ik gah weg vun düsse server", "choose_direction", "away"),
        ("bin wedder dor, wiedermaken", "dm", "resume"),
        ("lösch allet", "dm", "clarify_delete"),
        ("kannst du bitte meinen account löschen", "dm", "clarify_delete"),
        ("alias is drin", "alias", "done"),
        ("is drin, bassd", "import", "done"),
        ("san scho a poar do?", "followers", "progress"),
        ("wie läufts mit meinen followern", "followers", "progress"),
        (
            "Ich möchte mein Konto zu einer anderen Instanz verlegen und bitte Sie, mich dabei"
            " anzuleiten.",
            "dm",
            "start",
        ),
    ],
)
def test_commands_at_a_step_in_dialect_and_colloquial_words(
    text: str, where: str, command: str
) -> None:
    """Swiss "nonig", "am abig", "chume vo", Low German "ik gah weg vun", "wedder dor,
    wiedermaken", Berlin "allet", Bavarian "san scho a poar do", "bassd", "is drin": the
    step's commands as these members say them; a formal "bitte Sie, mich dabei anzuleiten"
    asks to be walked through."""
    assert command_of(text, where) == command


def test_a_thing_named_with_my_followers_at_a_step_is_a_question() -> None:
    """ "was passiert mit meinen Follower-only-Posts?" at a step asks about them: "mit
    meinen Followern" alone is no question about the move's progress."""
    assert subjects_of(
        "was passiert mit meinen follower-only-posts nach dem umzug?", "archive"
    ) == {"followers_only_posts"}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("kriegen meine follower eigentlich a benachrichtigung, wenn i umzieh?", {"notifications"}),
        ("bekommen meine follower dann irgendeine nachricht von mastodon?", {"notifications"}),
        (
            "wie lange dauert des und kriegen meine follower dann a nachricht?",
            {"duration", "notifications"},
        ),
        ("wo krieg ich das archiv mit allen meinen tröts her?", {"archive"}),
        (
            "kann ma des wieder rückgängig machen, wenn ma die neue instanz ned taugt?",
            {"move_back"},
        ),
        ("hab des alias grad angelegt, und wie starte ich jetzt den eigentlichen umzug?", {"move"}),
        ("wo lege ich den alias an, und wie lange dauert das dann?", {"alias", "duration"}),
        ("die csv is aufm handy, wie lad ich die aufm neuen konto hoch?", {"import"}),
        ("wie kann i die csv dadei aufm neia konto eispieln?", {"import"}),
        ("wie tu i die listen-csv eispieln?", {"import"}),
        (
            "kann ick meine mutes irgendwie rüberholen? die leute will ick nie wieder sehen",
            {"import"},
        ),
        ("wie bekomm ich meine lesezeichen aufs neue konto?", {"import"}),
        ("meine aagpinnte tröts, sind die nachher au aagpinnt?", {"pinned_posts"}),
        ("gibts an server für leid aus österreich?", {"choose_server"}),
        ("ist eine kleine regionale instanz gscheiter als eine große?", {"choose_server"}),
    ],
)
def test_dialect_and_story_words_read_as_asked(text: str, subjects: set[str]) -> None:
    """Bavarian "a Benachrichtigung", "eispieln", "dadei", "neia", Swiss "aagpinnt", "Gibts an
    Server für Leid": these members' words; whether the followers get word of the move is
    who is notified; undoing the move is moving back; the alias reported done, the file
    lying on the phone, people never to be seen again and the archive "mit allen meinen
    Tröts" are the story, not what is asked; two questions joined by "und" are both asked."""
    assert subjects_of(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "müssen mir dann alle wieder folgen??",
        "muessen mir jetzt echt alle neu folgen? 😫",
        "sollen mir dann alle nochmal neu folgen?",
    ],
)
def test_followers_to_follow_again_is_the_followers_myth(text: str) -> None:
    """ "müssen mir jetzt alle neu folgen?": "mir … folgen" is who follows the member, the
    claim that they must follow again put forward (LABELS), whatever "alle neu folgen"
    says of the follows."""
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize("text", ["bassd scho, dankschee", "dankschee für die hilfe!"])
def test_thanks_in_dialect(text: str) -> None:
    """Bavarian "dankschee" is "dankeschön"."""
    got = read_row({"text": text, "where": "public"})
    assert got.command is None and got.understanding.kind == "thanks", got
