"""Japanese, French, Spanish and German classes of session 30 (learn30intl), chosen on the
tuning halves of rounds 57-61 (read by a second opinion trained without them) and checked
on rounds 16-56. The phrasings are the tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import command_of, myths_of, read_row


@pytest.mark.parametrize(
    "text",
    [
        "あんたが持っとる私のデータ消しといてくれる？",
        "きみが持ってる僕のデータ消して",
        "お前が覚えとる俺のこと全部消しといて",
        "bot側に保存されとる僕のデータ、削除してほしい",
        "そっちに残ってる私のデータ全部消して",
        "elimina toda la info que tú guardas de mí",
        "borra toda la info q tu tienes sobre mi xfa",
        "Löschen Sie bitte alle Daten, die Ihr Bot über mich hat.",
        "bitte entfernt alles, was euer bot zu meiner person abgelegt hat",
        "je vous prie de supprimer les données me concernant que votre robot conserve",
        "efface toutes les infos que ton bot a stockées me concernant",
    ],
)
def test_deleting_what_the_bot_holds_named_by_you_is_forget(text: str) -> None:
    """Data to delete that the member says the bot holds, the bot named as "you" or by its
    side ("あんたが持っとる私のデータ", "bot側に保存", "la info que tú guardas", "die Ihr
    Bot über mich hat", "que votre robot conserve … me concernant"): the bot's own data
    (LABELS: forget), not a deletion with nothing saying whose (clarify_delete)."""
    assert command_of(text, "dm") == "forget"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("français でお願いします", "language:fr"),
        ("deutsch で返事してもらえますか", "language:de"),
        ("español で話してくれる？", "language:es"),
        ("espanol でおねがい", "language:es"),
        ("bitte ab jetzt auf franzoesisch", "language:fr"),
        ("kannst du auf franzoesisch antworten? meine frau liest mit", "language:fr"),
    ],
)
def test_a_language_asked_for_by_its_own_name_is_chosen(text: str, language: str) -> None:
    """A language named in its own word before Japanese "で" ("español でお願い"), as
    "english で" already was, or German "französisch" typed without its umlaut
    ("franzoesisch"): the member chooses that language (LABELS: language:xx)."""
    assert command_of(text, "dm") == language


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("je vous serais reconnaissant de me donner la liste des commandes disponibles", "public"),
        ("quelles sont les commandes de ce programme ?", "dm"),
        ("la liste des commandes que votre programme comprend, svp", "public"),
        ("あなたはどのようなことを手伝ってくださるのでしょうか", "public"),
        ("このボットはどういうことを手伝ってくれるんですか", "dm"),
        ("どういったことをお願いできるのでしょうか", "public"),
    ],
)
def test_asking_formally_what_the_bot_does_is_help(text: str, where: str) -> None:
    """ "la liste des commandes", "les commandes de ce programme" (the bot, not a
    scheduled post: "programme" folds to "programmé"), "どのようなことを手伝ってくださる":
    which commands the bot knows or what it helps with, asked formally (LABELS: help), not
    a list, scheduled posts, or an order to start."""
    assert command_of(text, where) == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Senden Sie mir bitte keine weiteren Nachrichten mehr.",
        "ich möchte keine weiteren Nachrichten von Ihnen erhalten",
        "bitte keine weiteren Erinnerungen",
    ],
)
def test_no_further_messages_is_stop(text: str) -> None:
    """ "keine weiteren Nachrichten": no more messages, said formally (LABELS: stop), not a
    question about direct messages."""
    assert command_of(text, "dm") == "stop"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("fang bitte nochmal von null an", "alias"),
        ("lass uns bei null anfangen", "import"),
        ("vergiss es, alles nochmal von null", "move"),
    ],
)
def test_starting_again_from_zero_is_restart(text: str, where: str) -> None:
    """ "von null an", "bei null anfangen": the walkthrough started over (LABELS:
    restart), as "von vorn" already was; not a doubt about moving at all."""
    assert command_of(text, where) == "restart"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("me estoy pasando pa aca, mi server viejo se muere", "here"),
        ("me paso pa acá desde mi server de antes", "here"),
        ("vengo pa' acá, el otro server cierra", "here"),
        ("前は他の鯖におって、こっちに越してきたんよ", "here"),
        ("よそから越してきました", "here"),
    ],
)
def test_coming_over_here_in_slang_is_here(text: str, command: str) -> None:
    """ "me estoy pasando pa acá", "こっちに越してきた": the member arrives here from
    another server (LABELS: here), however colloquially; the old server named or closing
    is only where they come from."""
    assert command_of(text, "choose_direction") == command


@pytest.mark.parametrize(
    ("text", "myth"),
    [
        (
            "les comptes que j'ai masqués passent d'office, pas besoin de les exporter ?",
            "mutes_move_automatically",
        ),
        (
            "ma bannière est recopiée automatiquement, donc je touche à rien ?",
            "avatar_header_transferred",
        ),
        (
            "le nom et la bio sont copiés au déménagement, je peux donc laisser le profil vide ?",
            "name_bio_copied",
        ),
        (
            "mes pouets vont suivre, du coup je peux supprimer l'ancien compte ?",
            "posts_move_automatically",
        ),
        (
            "mis bloqueos se pasan solos, asi que no tengo que exportarlos?",
            "blocks_move_automatically",
        ),
        (
            "el avatar se copia solo en la mudanza, o sea que no lo subo de nuevo?",
            "avatar_header_transferred",
        ),
        (
            "meine Follows werden automatisch übernommen, also brauch ich keinen Export?",
            "follows_move_automatically",
        ),
        (
            "mein Avatar wird beim Umzug mitgenommen, dann muss ich nix hochladen?",
            "avatar_header_transferred",
        ),
    ],
)
def test_a_claim_then_the_consequence_asked_states_the_claim(text: str, myth: str) -> None:
    """A claim, then a question about what follows from it ("…, pas besoin de les
    exporter ?", "…, donc je touche à rien ?", "…, asi que no tengo que …?", "…, also
    brauch ich keinen Export?"): the question takes the claim for granted, so the claim is
    stated (LABELS: a myth put forward for a yes), as English "…, so I don't need to …?"
    already was (`confirming`)."""
    assert myths_of(text) == {myth}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("donc comment je fais pour exporter mes abonnements ?", "csv_export"),
        ("mes abonnés passent automatiquement, j'ai rien à faire ?", "followers"),
        ("mis seguidores se pasan solos, asi que no tengo que hacer nada?", "followers"),
    ],
)
def test_a_consequence_asked_of_no_myth_stays_a_question(text: str, subject: str) -> None:
    """ "donc" before a question word still asks, and a true claim ("my followers move by
    themselves") states no myth, whatever consequence is asked."""
    understood = read_row({"text": text, "where": "public"}).understanding
    assert (understood.kind, list(understood.subjects)) == ("question", [subject])
