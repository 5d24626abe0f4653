"""Japanese classes of session 34 (learn34jfe), chosen on the tuning halves of rounds
58-65 and checked on rounds 16-56. The phrasings are the tuner's own; none is a row of
the question sets.

Japanese typed in Latin letters (romaji) was a dead end: no locale's tables knew its
words. It is read as the kana it spells (bot/romaji.py, interpret.kana_spelled)."""

from __future__ import annotations

import pytest
from question_set import command_of, first_contact, myths_of, subjects_of

from bot import romaji
from bot.interpret import kana_spelled


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("しゃしんとかどうがって新しいほうにうつせますか", "posts"),
        ("がぞうもひっこしさきにもっていけるのかな", "posts"),
        ("すまほのあぷりだけでひっこしってできる？", "website_vs_app"),
        ("きゅうあかうんとってひっこしのあとどうなるの", "old_account"),
        ("ふるいあかうんとはもうけせますか", "delete_old_account"),
    ],
)
def test_kanji_words_typed_in_hiragana(text: str, subject: str) -> None:
    """しゃしん, どうが, がぞう, すまほ, きゅうあか(うんと), けせる: the kanji and katakana
    words the tables know, typed without converting (variants)."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "ひっこししたら通知ってフォロワーさんたちにいきますか",
        "移ったら通知はフォロワーに届きますか",
        "引っ越しの通知ってフォロワー全員に行くの？",
        "つうちはふぉろわーにとどきますか",
    ],
)
def test_whether_a_notification_reaches_the_followers(text: str) -> None:
    """ "通知 .. 行く / いく / 届く": whether followers are notified, with the followers
    named between, is notifications, not the followers' move."""
    assert subjects_of(text) == {"notifications"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("引っ越したらふぉろわーがすくなくなったんだけど、なんで？", "follower_count_lower"),
        ("「フォロワーを残したまま引っ越すこともできます」ってどういう意味ですか", "redirect_only"),
        ("フォロワーを残したまま引っ越すってのを選ぶとどうなるの", "redirect_only"),
        ("旧アカに届いてた通知、移ったあとも見られる？", "old_account_mentions"),
        ("引っ越し元アカウントの通知はあとから確認できますか", "old_account_mentions"),
        ("muted_accounts.csv以外にダウンロードしておくべき ファイルある？", "csv_export"),
    ],
)
def test_japanese_classes_of_rounds_58_65(text: str, subject: str) -> None:
    """すくない (少ない) typed in kana; the settings' own link "フォロワーを残したまま引っ越す"
    (mastodon-ui-strings: only a redirect); whether the old account's notifications can
    still be read (確認 / 見られる) is its mentions, not who is notified; the files worth
    downloading beside one named are the Export page's."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize("text", ["MergeとOverwriteって何が違うの", "mergeかoverwriteか、どっち？"])
def test_merge_and_overwrite_named_in_english_are_the_import(text: str) -> None:
    """Import's two choices typed as the English screen names them (統合 / 上書き): the
    import step's own subject."""
    assert subjects_of(text, "import") == {"import"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("まだやっでねぇ", "alias", "not_yet"),
        ("こっちさ来たとこだ", "choose_direction", "here"),
        ("こちらのボットは何をしてくださるのですか", "public", "help"),
    ],
)
def test_japanese_answers_of_rounds_58_65(text: str, where: str, command: str) -> None:
    """Tohoku "やっでね" is "やっていない", "こっちさ" "こっちに"; "してくださる" is
    "してくれる" of keigo, and "こちらのボット" "このボット"."""
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "アーカイブのzipを新しい鯖でインポートすれば昔の投稿って復元できるの？",
        "zipをアップロードしたら投稿戻りますか",
        "アーカイブを取り込めば投稿も復活しますか",
        "archiveをimportしたら投稿もどせる？",
    ],
)
def test_importing_the_archive_to_bring_the_posts_back_is_the_myth(text: str) -> None:
    """ "インポートすれば/したら … 投稿 … 復元/復活/戻る": whether importing brings the posts
    back puts the claim forward for a yes (LABELS.md), the myth."""
    assert myths_of(text) == {"posts_can_be_imported"}


@pytest.mark.parametrize(
    "text",
    [
        "アーカイブって新しいアカウントにインポートできますか",
        "アーカイブをインポートしたらどうなりますか",
    ],
)
def test_asking_whether_the_archive_imports_is_no_myth(text: str) -> None:
    assert subjects_of(text) == {"archive"}


@pytest.mark.parametrize(
    "text",
    [
        "私のアカウントを消してください",
        "わたしのあかうんとをけして",
        "僕のアカウント削除して",
        "自分のアカウントを消してほしいです",
    ],
)
def test_delete_my_account_asks_which(text: str) -> None:
    """ "私の/僕の/自分のアカウントを消して": "my account" says no more than "アカウントを
    消して" which one is meant (this bot's data or the Mastodon account): the bot asks."""
    assert command_of(text, "dm") == "clarify_delete"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("toukou wa atarashii account ni utsuseru no?", "posts"),
        ("hikkoshi shitara bookmark wa kieru?", "bookmarks"),
        ("eiriasu wa dotchi no account de tsukuru no?", "alias"),
        ("hikkoshi shitara tsuuchi wa follower ni iku no?", "notifications"),
        ("ato de moto no saabaa ni modoreru?", "move_back"),
        ("hikkoshi ni wa donokurai jikan ga kakaru no", "duration"),
        ("shashin to douga mo motte ikeru? 怖いんだけど", "posts"),
    ],
)
def test_romaji_questions_are_read_as_their_kana(text: str, subject: str) -> None:
    """ "toukou wa ... utsuseru no?" is "とうこうは…うつせるの?": Japanese, read by the Japanese
    tables, with the English words members mix in ("account", "follower") kept."""
    assert subjects_of(text) == {subject}
    assert first_contact({"text": text})[0] == "ja"  # and answered in Japanese


def test_a_romaji_myth_is_the_myth() -> None:
    text = "follower wa minna jibun de follow shinaosanai to dame tte hontou?"
    assert myths_of(text) == {"followers_must_refollow"}


@pytest.mark.parametrize(
    ("text", "where", "command"),
    [
        ("mada yatte nai", "alias", "not_yet"),
        ("mada desu ne", "export", "not_yet"),
        ("hitotsu mae ni modoshite", "move", "back"),
        ("nihongo de kaite kudasai", "profile", "language:ja"),
        ("hikkoshi wo tetsudatte hoshii desu", "dm", "start"),
        ("owatta yo", "alias", "done"),
        ("ima nani wo sureba ii?", "archive", "status"),
    ],
)
def test_romaji_commands_and_answers(text: str, where: str, command: str) -> None:
    assert command_of(text, where) == command


@pytest.mark.parametrize(
    "text",
    [
        "gimme 5 min",
        "kia ora!",
        "salamat po!!",
        "hi po 👋",
        "ok po, thank you",
        "good eve po, do my posts move?",
        "nein danke",
        "done",
        "hecho",
        "the tokyo instance closes, do my followers move?",
        "is Akkoma supported?",
    ],
)
def test_other_latin_text_is_no_romaji(text: str) -> None:
    """Syllables are not enough: slang, other languages and English with a Japanese name
    stay as they were written, and so does Filipino English's "po" beside as many English
    words (romaji must outnumber them)."""
    assert kana_spelled(text, "dm") == text


@pytest.mark.parametrize(
    ("word", "kana"),
    [
        ("hikkoshi", "ひっこし"),
        ("tetsudatte", "てつだって"),
        ("konnichiwa", "こんにちわ"),
        ("onna", "おんな"),
        ("shimbun", "しんぶん"),
        ("kon'ya", "こんや"),
        ("tōkō", "とうこう"),
        ("syasin", "しゃしん"),
        ("mudarme", None),
        ("step", None),
    ],
)
def test_romaji_spelling(word: str, kana: str | None) -> None:
    """Hepburn, Kunrei and word-processor spellings; a word with a letter no syllable
    holds is no romaji."""
    assert romaji.kana_of(word) == kana
