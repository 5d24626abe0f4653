"""Japanese public questions of session 40 (ja-public), chosen on the tuning halves of
rounds 58-72 and the dialects, trades and learners the next round's writers were given:
dialect question endings, a word two subjects share, a count or an account's purpose told
beside the question, words a Taiwanese learner carries over. The phrasings are the
tuner's own; none is a row of the question sets."""

from __future__ import annotations

import pytest
from question_set import myths_of, subjects_of


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーさんちゃんと移るかな、不安",
        "てかフォロワーちゃんと移るん？まじ心配",
        "フォロワーってちゃんと移る？",
        "フォロワーってちゃんと移るの？",
    ],
)
def test_whether_followers_will_move_properly_is_about_the_followers(text: str) -> None:
    """ "ちゃんと移る" (will they move properly?) asks whether the followers move, not how a
    move under way is going: that is "ちゃんと移った/移ってる" (move_progress)."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワーちゃんと移ってる？",
        "フォロワーさんちゃんと移ってきてるかな",
        "フォロワーちゃんと移った？",
    ],
)
def test_whether_followers_have_moved_properly_is_the_progress(text: str) -> None:
    assert subjects_of(text) == {"move_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "フォロワー何人いても全部移る？",
        "フォロワーが何人おっても移るん？",
        "フォロワーが何千人いても移せるの？",
        "フォロワー何人でも移るの？",
    ],
)
def test_however_many_followers_is_about_the_followers(text: str) -> None:
    """ "何人いても" (however many there are) is no count of followers arrived so far."""
    assert subjects_of(text) == {"followers"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("お知らせ用の垢なんですけど、フォロワーは引き継げます？", "followers"),
        ("告知用アカウントなんだけど、投稿は移せる？", "posts"),
        ("店のお知らせ垢、フォロワーさんは自動で移りますか", "followers"),
        ("園のお知らせアカウントを引っ越したいです。ブックマークは移りますか", "bookmarks"),
    ],
)
def test_an_announcements_account_is_no_notification(text: str, subject: str) -> None:
    """An account kept for announcements ("お知らせ用", "告知用", "お知らせ垢") says what
    the account is for: nobody asks whether anyone is notified of the move."""
    assert subjects_of(text) == {subject}


def test_a_notice_to_followers_is_still_a_notification() -> None:
    assert subjects_of("引っ越したらフォロワーにお知らせ行く？") == {"notifications"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("投稿は持っていけるんかえ", "posts"),
        ("名前とアイコンは引き継がれるんかえ", "profile"),
        ("投稿は移せるんかいね", "posts"),
        ("ミュートしてる人らも移るんかいな", "mutes"),
        ("ブロックも移るんけ", "blocks"),
        ("投稿は持っていけるかい", "posts"),
        ("ブックマークも移るとかいな", "bookmarks"),
    ],
)
def test_dialect_question_endings_ask_without_a_question_mark(text: str, subject: str) -> None:
    """Oita/Tosa "かえ", Chugoku "かいね", Kansai "かいな", Kanto/Tohoku "け" (after る, ん,
    の), Hokkaido and old "かい", Kyushu "とかいな" end a question as "か" does, with or
    without "？": nothing is put forward for a yes."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "ブロックも移るって聞いたけど本当け？",
        "ブロックしたやつも新しい垢に引き継がれるって書いてあったけど本当け",
    ],
)
def test_true_with_a_kanto_ke_puts_the_claim_forward(text: str) -> None:
    """ "本当け？" is "本当？" (LABELS.md: the claim heard, asked to be confirmed)."""
    assert myths_of(text) == {"blocks_move_automatically"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("帳號を引っ越したら粉絲はついてきますか？", "followers"),
        ("我的貼文は新しいサーバーに移せますか", "posts"),
        ("追蹤している人はどうなりますか", "follows"),
        ("靜音した人はどうなる？", "mutes"),
        ("匯出はどこでできますか", "csv_export"),
        ("私訊は新しいアカウントで見られますか", "direct_messages"),
    ],
)
def test_traditional_chinese_words_a_taiwanese_learner_carries_over(
    text: str, subject: str
) -> None:
    """Taiwan's words for the move's nouns (粉絲 followers, 追蹤 follow, 貼文 posts, 靜音
    mute, 匯出/匯入 export/import, 私訊 DM), as the simplified ones already are."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "投稿の控えを取っておきたいんだけど、どうすればいい？",
        "写真を手元に取っときたい、どうしたらいい？",
        "投稿を取っておく方法は？",
        "昔の写真の控えを取っとくにはどうしたらいい？",
    ],
)
def test_keeping_a_copy_of_ones_posts_is_the_archive(text: str) -> None:
    """Keeping a copy of one's posts ("控えを取る", "取っておく/取っとく") asks for the
    archive, as saving them does."""
    assert subjects_of(text) == {"archive"}


def test_holding_back_from_posting_is_no_copy() -> None:
    assert subjects_of("引っ越し中は投稿を控えたほうがいいですか") != {"archive"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("移行したらブロックはどうなるんでしょう", "blocks"),
        ("移行したらブロックはどうなるんでしょう？", "blocks"),
        ("引っ越しの時フォロー中のアカウントってどうなるんやろ", "follows"),
        ("移行時にフォロー中のアカウントってどうすればいいんでしょう", "follows"),
        ("移行したら投稿はどうなっちゃうんでしょう", "posts"),
        ("移行したらリストはどうなるんだべ", "lists"),
    ],
)
def test_a_question_word_then_deshou_wonders(text: str, subject: str) -> None:
    """ "でしょう/やろ/だべ" after an open question word of its clause ("どうなるんでしょう",
    "どうすればいいんやろ") wonders: a question, not a claim put forward for a yes."""
    assert subjects_of(text) == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "ブロックも移るんでしょ？",
        "移行したらブロックは何もしなくても移るんでしょ？",
        "どうせブロックも移るんでしょ",
    ],
)
def test_deshou_without_a_question_word_still_confirms(text: str) -> None:
    assert myths_of(text) == {"blocks_move_automatically"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("フォロワーは自動で移るんだよねそれとブロックはどうなるの", "blocks"),
        ("投稿は移らないんだよねあとリストは？", "lists"),
        ("フォロワーは移るんでしょあとミュートはどうなる？", "mutes"),
        ("エイリアスは新しい方で作るんですかそれと引っ越しボタンはどっちで押すんですか", "move"),
    ],
)
def test_an_adding_word_after_an_unmarked_sentence_end_opens_a_question(
    text: str, asked: str
) -> None:
    """ "それと/あと/それから" right after a sentence's ending ("よね", "でしょ", "ですか")
    with no mark between starts the next question, as after "。": the first sentence's
    words make no claim about the second's subject."""
    assert asked in subjects_of(text)


def test_after_the_move_is_no_added_question() -> None:
    assert subjects_of("引っ越しのあとフォロワーはどうなる？") == {"followers"}
