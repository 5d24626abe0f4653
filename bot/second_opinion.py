"""A learned second opinion on what a message asks, for wording the phrase tables miss.

The phrase tables (bot/understand.py) are right on the rows they were tuned on and miss
much of each fresh round's wording at first contact. This is a small linear model (one
linear SVM per class, trained with scikit-learn) over hashed features of the cleaned text,
scaled to unit length: word unigrams and
bigrams, and character n-grams inside words (typos, German compounds, unspaced
Japanese). It names one class: a knowledge subject, a command, greeting/thanks, or
"unknown" (off topic), with a margin over the runner-up that says how sure it is.

bot/interpret.py lets it answer where the tables gave a dead end or a "Do you mean", and
overrule a subject found by weak hints at a margin whose cross-validated precision is well
above the tables' first-contact accuracy (one named by a strong phrase only when far
surer); of two or more subjects the tables named, it drops one it scores far below the
best of them; in a DM or at a step where the tables found no command, it may name one
(bench/train_second_opinion.py measures all four at first contact). Myths are the tables'
first: the model overrules one they read only where it scores that myth below zero (not
stated) and names another subject MISREAD_MYTH ahead (interpret._misread_myth), and names
one (its "~" classes) only where the tables read a plain question and it scores the myth at
MYTH or more, MYTH_ASKED where the message asks or says "not" (interpret._stated_myth: a
claim stated, corrected).

The model is replies/second_opinion.bin, written by bench/train_second_opinion.py from
the tuning rows, the tuners' probes and the retired held-out halves (measured once at first
contact, then training rows: tests/question_set.py RETIRED_THROUGH), never a fresh round's
held-out half (deterministic: fixed seed, crc32 hashing). Weights are int8 per (bucket,
class) pair, the largest kept, in `array`s, with one scale and a bias per class in the
header: 1.65 MB on disk at 400,000 pairs, no numpy at run time.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
import math
import operator
import os
import re
import sys
import warnings
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import replies

MODEL = Path(replies.__file__).parent / "second_opinion.bin"
MAGIC = b"SOP3"
SETTING = "BOT_SECOND_OPINION"
# The margins (model units) the gate in bot/interpret.py asks for, chosen from the
# leave-one-round-out figures of bench/train_second_opinion.py (README "Second opinion"):
# where the tables found nothing, where they ask "Do you mean", and to overrule a subject
# they found only by weak hints (a subject named by a strong phrase is never overruled).
# Session 44 (gate44), OVERRULE 200 -> 100 at first contact (bench/gate_variants.py
# --block 66 76: one model trained without rounds 66-76, their first-contact readings
# gated by today's code; chosen on rounds 71-76, confirmed on 66-70, not used to choose):
# rounds 71-76 en +2, es +1, none broken; rounds 66-70 en +1, fr +1, none broken (0: +6/-1
# and +6/-2; 300 and 500 break rows).
# Session 45 (gate45), 100 -> 75 at first contact (bench/gate_variants.py --block 67 77:
# chosen on rounds 72-77, confirmed on 67-71): OVERRULE 72-77 en +1/-1, de +1;
# 67-71 de +2/-0 (50: +2/-1 on both; 0: +2/-1 and +3/-1; 150 no change; 200 -2 and -2).
DEAD_END = 100
CLARIFY = 100
OVERRULE = 75
# A subject the tables named by a strong phrase (one, no typo corrected) is overruled only
# at this margin. Chosen at first contact on rounds 2-15 (5,279 rows: each round read by
# the tables as they were when it landed, the model trained without that round and with
# only the probes written before it; bench/train_second_opinion.py --probes prior
# --first-contact): 1200 read 84.7% right, 800 85.6, 500 86.2, 300 86.3, 0 85.8. 500
# gains in every locale (en 83.6 -> 85.0, de 83.9 -> 85.6, fr 84.1 -> 85.6, es 84.6 ->
# 86.5, ja 87.9 -> 89.0) and in rounds 12-15 alone (86.0 -> 87.0); below it the gain
# is within a round's noise. (Until round 11's figures, 1200: 1000 then broke a probe.)
# In a DM it stays 1200: there it changed no row at first contact either way, and a DM
# is often asked at a point of the walkthrough the model never sees ("how long does this
# usually take?" while waiting for followers is their timing, elsewhere the duration).
NAMED = 500
NAMED_IN_DM = 1200
# Two or more subjects named by strong phrases in public (none with a typo corrected) are
# replaced by the model's best subject, one neither of them, at this margin: the parts
# named where the whole is asked ("HOW DO I EXPORT MY FOLLOWS AND BLOCKS" is csv_export,
# "k pasa con los toots q solo ven mis seguidores" followers_only_posts). Until session
# 14 never. At first contact on rounds 2-19 (6,742 rows, guesses cross-validated with
# --probes prior, as NAMED): 200 fixes 19 rows and breaks 2 (89.32% -> 89.57%; rounds
# 12-19 11 and 1, 90.50% -> 90.83%); 0 25/3, 100 23/2, 300 15/2, 400 12/2, 600 9/0,
# 1000 5/0. In a DM no row changed at any margin: there it stays never.
NAMED_SEVERAL = 200
# In a DM or at a walkthrough step where the tables found no command (a dead end, or a
# question), the model's command is taken at this margin. At first contact on rounds
# 2-15 (as NAMED above) it fixed 75 rows of 5,279 and changed no other (87.6% right in
# all, from 86.2%; DMs 81.0 -> 88.4%, steps 83.6 -> 87.2%), with NOT_BY_MODEL and
# SAID_WITH_A_NOT as below; before those two, 600 fixed 83, 500 89, 400 95 and broke
# none, 250 105 and broke one. The tables miss many commands put in a member's own
# words ("take me through it from here", "scrap everything you have on me").
# 500 also read three of the tuners' probes wrongly ("es muy complicado" at a step is no
# "done", at a margin of 538). Never in public (there "how do I ...?" and "done?" ask
# about the move), and never the commands in NOT_BY_MODEL.
# Session 44 (gate44), 600 -> 400 at first contact as OVERRULE, with
# today's model (three times session 21's rows) and NOT_BY_MODEL/SAID_WITH_A_NOT: rounds
# 71-76 en +1, ja +1 (DMs), none broken; rounds 66-70 de +1, fr +2, ja +1 (DMs 2, steps 2),
# none broken; 500 +1/+3, 300 +2/+6, 800 -2/-10, none broken below 600.
COMMAND = 400
# At a walkthrough step (not in a DM outside one) a question the tables read that the model
# reads as one of the step's answers or "how" this far ahead is that ("I'm afraid I can't
# find where to make this alias. Where is it?" at the alias step is "how"); a command
# (COMMANDS: resume, help, ...) and anything over a dead end still need COMMAND
# ("元のアカウントで投稿を再開してもいい？" is no "resume", "tortitas de plátano" no "not yet").
# Session 21 (learn21), first contact, one model trained without the rounds scored, after
# learn20's rules and OFF_TOPIC: chosen on rounds 34-49 (0 and 100: en +4/-0, ja +2; 200:
# en +2/-0); confirmed at 100 on rounds 2-33, 50 and 51 en +7/-1, de +3, es +2, fr +1,
# ja +5/-1. For commands and dead ends too it broke a tuners' probe
# (tests/test_understanding_ja.py) and tests/test_as_members_turns.py.
# Session 22: retrained with round 52, the model read "今からでも間に合う？" ("still in
# time?") at the alias step as "not yet" at 138, every class's score below zero (a tuners'
# probe); 150 keeps it. First contact as above (learn20's models): en -2 of 7,759 rows
# (34-49 -1, round 51's held-out half -1), no other locale changed. A floor on the
# answer's own score (over zero) instead: en -3.
# Session 23: retrained with round 53, "ich verstehe nicht warum meine follower weg sind" at
# the import step (a tuners' probe: a question about followers, not "how") was read as
# "how" at 205; 210 keeps it. First contact as above: en -1 of 7,759 (16-33), ja +1. The
# tables' named subject needing NAMED before a command overrules it instead: en -4, de -1,
# ja -2.
# Session 45 (gate45), 210 -> 100 at first contact (bench/gate_variants.py --block 67 77:
# chosen on rounds 72-77, confirmed on 67-71): 72-77 de +1, 67-71 ja +1
# (steps), none broken; every tuners' probe above passes with the model of round 77's
# retirement (50: +1 / +2; 150 +1 / +0; 300 -1 / +1).
COMMAND_AT_A_STEP = 100
# "restart" would put "start over? your progress will be cleared" to a member who asked
# something else (it asks first, bot/walkthrough.py RESTART_ASKED); "stop" silences
# the reminders without a word back from the member ("I need reminders" read as stop at
# a margin of 1340: the word is stop's); "language" needs the language, which only the
# tables find. (`forget` asks before it deletes anything.)
NOT_BY_MODEL = frozenset({"restart", "stop", "language"})
# The commands a "not" in the message leaves standing ("I'm not ready", "I don't get
# it", "I don't want you to keep my data"); the rest a "not" turns around.
SAID_WITH_A_NOT = frozenset(
    {"not_yet", "how", "help", "status", "progress", "clarify_delete", "forget"}
)
# In public, a subject the tables named (one, by a strong phrase) that the model ranks
# below FAR or more of its subjects is overruled at FAR_MARGIN instead of NAMED: there the
# phrase matched beside what is asked more often than it named it. At first contact
# (rounds 2-15 as for NAMED, with ALONE 1150) FAR 4 at 300 fixed 12 rows in 7 rounds and
# broke none: 4563 -> 4575 of 5279 (86.4% -> 86.7%). Lower, it overrules tuners' probes
# the model was not trained on: FAR 3 at 300 (13 fixed, 0 broken) "will my supporters
# come with me when I move" (followers ranked 4th, posts at 330), FAR 5 at 100 (19 fixed,
# 1 broken) three more at margins 124-217 ("listo el alias, cuál es el siguiente paso?").
# FAR 5 at 300: 10 fixed, 0 broken; FAR 2 at 300: 16, 2. No tuning row changes.
# Session 13, first contact on rounds 2-19 (6,742 rows, cross-validated as above): 275
# with ALONE 1050 fixes 9 rows and breaks none (89.22% -> 89.35%); 250 fixes 2 more.
# Session 22: retrained with round 52, the model overruled "is there a way to keep my old
# toots for myself, like offline?" (archive, a tuners' probe) with old_server_gone at 284;
# 300 keeps it. First contact (learn20's models, rounds 2-51): en -1 (round 34-49 block),
# no other locale changed. A floor on the model's own score (over zero) instead: en -7.
# Session 44 (gate44), at first contact as OVERRULE: 100 fixed rounds 71-76 en +1, de +1,
# es +1 and rounds 66-70 fr +1, none broken, but overruled a tuners' probe ("¿puedo importar
# el archivo en la cuenta nueva?" is the archive, not import at 248); 200 +2 and +0, 400
# -4 and -1. It stays 300.
# Session 45 (gate45), 300 -> 250 at first contact (bench/gate_variants.py --block 67 77:
# chosen on rounds 72-77, confirmed on 67-71): FAR_MARGIN 72-77 de +1, 67-71
# en +1, none broken; the Spanish probe above keeps the archive (200 and 150 the same, 100
# +2 / +1; 400 +2/-1 / +0).
FAR = 4
FAR_MARGIN = 250
# Of two or more subjects the tables named, one scored this far below the best of them
# is dropped (a story's subject beside the one asked about), unless it is among the
# model's TOP best subjects ("will i keep my handle and my avatar": both asked). TOP was
# 5, not the 3 that scored best at first contact (about 1 row in 800 more): retrained
# with round 10, the model ranked "move" fifth in "フォロワーを移すには、新旧どっちの
# アカウントで何をするんですか" (which account does what: the alias and the move), and
# dropping one of two subjects asked together costs a member more than an extra one.
# Retrained with round 11 it ranked "move" sixth there (TOP was 6 for a while); since the
# tuners' probes are training data too (tests/data/probes.toml) it ranks it second. TOP 3
# to 5 keep every probe; 4 loses no tuning row (5 lost one, a ja "which files" that the
# model ranks "overview" fifth in) and at first contact 3 to 6 differ by a row or two.
DROP = 500
TOP = 4
# Of the tables' subjects, the model's best alone is kept where it is this far ahead of
# every other class, whatever TOP says ("does the list import's Overwrite unfollow
# everyone": the import, not the follows too). At first contact (rounds 2-15, guesses
# cross-validated leave-one-round-out with the probes written before each round, NAMED
# 500) 1150 gives 4548 -> 4563 of 5279 rows (86.2% -> 86.4%; NAMED 1200: 4469 -> 4484),
# and tuning rows 6354 -> 6363 of 6482, none lost. 1000 fixed 2 more at first contact
# but lost a tuning row ("will my bio and my bookmarks come with me?", margin 1098),
# 750 fixed 26 and broke 6, 1500 gave +4.
# Session 13 (rounds 2-19, the model retrained through round 19): 1050 fixes 6 rows,
# breaks none, and keeps every tuning row and probe (1000: 10 fixed, 2 broken).
ALONE = 1050
# A myth's class in the model: "~posts_move_automatically" scores how surely a message
# states that myth (trained on the rows that state it, every other row a negative).
MYTH_MARK = "~"
# A question the tables read is taken as stating the myth the model scores this high
# (bot/interpret.py _stated_myth: not where it asks or says "not", but a claim closed by
# a tag asking to confirm it, "…, right?", states). At first contact on rounds 2-15 (as
# NAMED): 400 without the tag rule fixed 12 rows; with it 17, and 200 fixed 23 (4,669 of
# 5,279), none broken; 100 and 0 one and two more. Spanish "o qué" ends a question
# (asking_ending), or 200 read a tuners' probe ("mis seguidos se copian solos o qué",
# 313) as the myth.
MYTH = 200
# A question that asks ("can i upload the archive zip to restore my posts?") or says "not"
# states the myth the model scores this high (session 18). At first contact, with guesses
# from one model trained without the rounds scored (bench/train_second_opinion.py --block):
# chosen on rounds 34-47 (en +5/-0, de +2, es +2 at 600; 400 broke an en row, 800 fixed
# 3), then checked once on rounds 16-33: en +11/-0, de +2, fr +2, es +2.
# Session 44 (gate44), 600 -> 400 at first contact as OVERRULE:
# rounds 71-76 fr +1, es +1, rounds 66-70 fr +1, none broken (450 the same; 300 es -1 on
# 71-76; 800 breaks 2 on 66-70).
# Session 45 (gate45): 300 and 350 fixed rows at first contact (bench/gate_variants.py
# --block 67 77: rounds 72-77 ja +1, 67-71 es +1, none broken) but read the tuners' probe
# "mis seguidos se copian solos o qué" as the myth (~follows_move_automatically at 394 with
# the model of round 77's retirement): it stays 400 (500 +1/-1 / +0).
MYTH_ASKED = 400
# A myth whose own subject the tables read (replies/knowledge `subject`: "do I need to DM
# all 400 of my followers asking them to follow me again?" read as followers) is stated at
# this score, asked or claimed (bot/interpret.py _own_subject_read), in English.
# Session 24 (learn24), first contact, one model trained without the rounds scored:
# chosen on rounds 34-49 (en -50: +11/-3, 0: +10/-3, 100: +6/-3, 200: +5/-1); confirmed
# on rounds 2-33 and 50-54, not used to choose: en +35/-7 of 7,333 (+0.38 point).
# Not in the other locales where the message asks: their tuners' probes "J'ai créé
# l'alias, mes abonnés arrivent ?" (fr, 56) and "mis seguidos se copian solos o qué" (es,
# 270) ask, and would be read as the myth under about 300. There, only a claim closed by a
# tag asking to confirm it ("mon avatar et ma bannière vont être transférés auto, c ça ?")
# states its own subject's myth at MYTH_OWN (session 29, learn29intl; first contact, one
# model trained without the rounds scored: chosen on rounds 56-60, fr +4/-0, de +1/-0;
# confirmed on rounds 16-55, not used to choose: fr +4/-0, the rest unchanged).
MYTH_OWN = -50
MYTH_OWN_LOCALES = frozenset({"en"})
# A myth the tables read is no myth where the model scores its class below zero (its "not
# this one") and names a subject the tables did not, this far ahead of its runner-up: the
# message asks that subject ("i write private notes on ppls profiles do those carry over"
# is the notes, not "name and bio are copied"; "i blocked a whole instance of weirdos does
# that block carry over" the domain blocks). Chosen on rounds 34-47 (as MYTH_ASKED): en +4,
# es +1, none broken, at any margin from 200 to 600 and a myth score under -600 to 200.
# Checked once on rounds 16-33: en +1, de +2, fr +1, es +1; rounds 2-15: en +4, fr +1,
# es +1, ja +2; none broken.
MISREAD_MYTH = 600
# Of two or more myths the tables read, one the model scores below zero (its "not this
# one") and this far below the best of them is dropped, with its own subject where no
# kept myth has it ("good thing blocks move automatically bc im NOT rebuilding that list"
# states the blocks' myth, not that lists can't move), unless the model scores that
# subject 0 or more. (bot/interpret.py _drop_unstated.) Session 25 (learn25), first
# contact, one model trained without the rounds scored: chosen on rounds 34-49 with
# SAID_KIND below (together en +5/-0, de +1, fr +3, es +2, ja +1; MYTH_DROP 0 to 1000
# alike, 1300 en -1); confirmed on rounds 2-33 and 50-55 together en +17/-0 of 6,223
# (+0.27 point), de +4, fr +10/-1, es +4, ja +4/-1 (README).
MYTH_DROP = 600
# A myth the tables read where the message asks an open question ("what happens to my
# following when i move", "the pics i uploaded, where do they end up"): no myth where the
# model scores every myth read below this (bot/interpret.py _asked_not_stated). Session 28
# (learn28en), first contact, one model trained without the rounds scored: chosen on round
# 58's tuning half (b6f8515's tables and model: -900 en +1, -600 en +2, none broken),
# confirmed on rounds 2-55, 57 and 59 en +3/-0 (round 52's "what happens to ppl i blocked
# when i move", "what happened to everyone I followed"; round 7), none broken; de -1 and
# ja -1 on rounds 34-49 where every locale had it, so English only.
UNSTATED_ASKED = -600
UNSTATED_ASKED_LOCALES = frozenset({"en"})
# A dead end the model reads as a greeting or thanks (in public or a DM), or in public as
# asking for help ("what can this bot even do"), this far ahead of every other class is
# that. (bot/interpret.py _dead_end_kind; in a DM a command already needs COMMAND.)
# Chosen on rounds 34-49 as MYTH_DROP: 0 to 300 alike, 600 de -1, 1500 en -1, fr -1, es -1.
# Session 44 (gate44), 300 -> 100 at first contact as OVERRULE:
# rounds 71-76 ja +1, rounds 66-70 es +1 (DMs), none broken; 0 fixed +3 and +2 but lost a
# tuning row with the shipped model ("🐘🐘🐘" in public, a greeting 37 ahead: no question).
SAID_KIND = 100
# A clause after the first that opens with an adding word ("…, and will my old links still
# work after?", "… also do my filters move") asks its own subject: the subject the model
# gives that clause alone, scored this high and this far ahead of its runner-up, is added
# to the tables' (bot/interpret.py _asked_too). The whole message's scores cannot tell a
# second subject asked from the story around it (lead18: adding their best subject the
# tables lacked gained en +4/-0 at 600). Chosen on rounds 34-47 as MYTH_ASKED (en +4/-0;
# 200/200 gave +6/-1); with MYTH_ASKED, rounds 16-33 then read en +18/-0, de +2, fr +4,
# es +3, and rounds 2-15 en +2/-0, de +1/-1, fr +1, es +2.
ASKED_TOO = 400
ASKED_TOO_MARGIN = 400
# Session 20 (learn20): a question with one subject and a clause an adding word opens gets
# the best other subject the whole message scores this high (bot/interpret.py
# _second_subject: "why can't mastodon import posts, and is there any tool that can copy
# them over?"). First contact, one model trained without the rounds scored
# (bench/train_second_opinion.py --block), chosen on rounds 34-49: 0 en +6/-1, 100 and
# 200 en +5/-0 (fr +1), 300 +3, 400 +2. Without the adding-word clause, the second subject
# of the whole message's scores is a story's as often as one asked (at 200: en +7/-4 on
# 34-49, +6/-14 on rounds 2-33); every clause scored alone as _asked_too does, without
# the adding word, broke far more than it fixed (400 ahead: en +2/-10).
# Session 45 (gate45), 100 -> 0 at first contact (bench/gate_variants.py --block 67 77:
# chosen on rounds 72-77, confirmed on 67-71): 72-77 fr +1, 67-71 es +1, none
# broken (200 +1 / +0; 300 +1/-1; 25 and 50 no change).
SECOND_SUBJECT = 0
# Session 23 (learn23): where a clause an adding word opens is asked too, the clauses
# before it are scored alone as well, and their subject added at ASKED_FIRST and
# ASKED_FIRST_MARGIN ahead (bot/interpret.py _asked_too: "suppose i change my mind after
# 2 months can i go back to old server? also is there a limit how many ppl i can follow"
# read only the follow limit). First contact, one model trained without the rounds
# scored, chosen on rounds 34-49: 400/400, 200/200 and 0/100 en +1/-0 each, -300/0 en
# +1/-0 but de -1; with an enumeration's items read as added clauses, 0/100 en +2/-0.
ASKED_FIRST = 0
ASKED_FIRST_MARGIN = 100
# At a step, a question or dead end the model reads as a subject this far ahead of every
# other class is about that subject (bot/interpret.py _at_a_step), unless the step stands
# for it; until session 20 the model never named a subject at a step. Chosen on rounds
# 34-49 (first contact, as SECOND_SUBJECT): 300 en +3/-2, 450 +3/-2, 600 to 900 +3/-1
# (de +1), 1200 +1. Of two or more subjects the tables named there, one the model finds
# far less asked is dropped, as in public (en +3/-0, es +1 on 34-49).
# Session 23: retrained with round 53, the model read "puis-je continuer à poster depuis
# l'ancien compte ?" at the followers step as keep_both_accounts 779 ahead (was 547), over
# the old account the tables named (tests/test_as_members_turns.py); 800 keeps it and
# changes no row at first contact on rounds 2-51 (learn20's models).
AT_A_STEP = 800
# At a step, an answer the tables read (the step's own: "done", "not yet"; never a
# command) gives way to a question about a subject the model names this far ahead that is
# not the step's own (bot/interpret.py _over_an_answer: "quick q while im doing this, do
# my private notes on accounts get exported"). Chosen on rounds 34-49: 750 en +2, fr +1
# (ja +1/-1 until the step's own subjects were kept out); 300 en +1/-1, 0 en +1/-1, de -1;
# only where the message has a "?": 600 and 900 en +1.
OVER_AN_ANSWER = 750
# Session 21 (learn21): a question in public or a DM the model reads as off topic (its
# class OFF_TOPIC_CLASS, rows labelled unknown) this far ahead of every other class is out
# of scope, over any subject the tables read (bot/interpret.py _off_topic: "does bluesky
# have account migration like this", "how do I change my instagram username?"). First
# contact, one model trained without the rounds scored, after learn20's rules: chosen on
# rounds 34-49, 100 en +2/-0, es +3/-1; 200 to 500 en +2/-0, es +3/-0; 600 the same.
# Confirmed at 400 on rounds 2-33, 50 and 51 (never used to choose it): en +8/-0, de +4,
# es +5, fr +1, none broken. Only where the tables read a weak subject: en +0 on 34-49.
# Session 45 (gate45), 400 -> 250 at first contact (bench/gate_variants.py --block 67 77:
# chosen on rounds 72-77, confirmed on 67-71): 72-77 en +1, es +1, 67-71 en
# +1, ja +1, none broken (200 the same; 300 +1 / +1; 100 and 150 break fr on 67-71).
OFF_TOPIC = 250
OFF_TOPIC_CLASS = "_unknown"
# Never added so: "how long" after a subject asks how long that takes ("¿los seguidores se
# pasan solos? ¿y cuánto tarda?" is the followers' timing), which its own answer tells.
NOT_ASKED_TOO = frozenset({"duration"})
# Scores and margins are in thousandths of the linear model's own score (an SVM's: +1 is
# "this class" at the edge of the margin, -1 "not this one").
UNIT = 1000
# A reading's confidence when the model gave it: below any phrase match (0.9), like a
# ranking answer (bot/ranking.py).
CONFIDENCE = 0.4

# Packed weights (Model): buckets with this many classes or more (24: 0.13 MB more than
# 32 and scores() 20% faster; 16 crossed the model's 1.5 MB budget) are one big int each,
# a _LANE-bit lane per class holding its int8 weight plus _OFFSET (never negative, so a
# lane never borrows from the next one); 16-bit lanes hold the sum of up to 257 of them,
# so a word's sum of them is widened every _FLUSH features (Model._word). The file keeps
# their pairs apart (encode), read once to pack them and let go: in memory a packed
# bucket is its int alone, found by its place among the packed ones, with no pairs in the
# plain arrays and no slot per bucket (0.42 MB less at 400,000 pairs, session 48).
_PACKED = 24
_LANE = 16
_FLUSH = 256
_OFFSET = 128
# A sum of many features' weights (a word's, a message's) is one int too, each class's
# total t in a _WIDE-bit lane: the int is sum(t << (_WIDE * class)), negative totals
# borrowing from the lane above as in any sum. Plain int additions and subtractions add
# up such sums exactly; Model.scores() reads the lanes apart at the end, each total
# shifted by _HALF to be positive (a lane holds up to 2**31, 16 million features' worth).
_WIDE = 32
_HALF = 1 << (_WIDE - 1)
# Model._rounded() rounds 84 scores at once with audioop's C loops over 32-bit samples:
# deprecated in Python 3.11 (the bot's), gone in 3.13, where the scores are rounded one
# by one. A sample of 0 (a whole 2x) is these four bytes.
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop as _audioop
except ImportError:  # pragma: no cover (Python 3.13)
    _audioop = None
_WHOLE = bytes(4)
# Most words of a message come again in later ones, and cutting, hashing and looking up
# their n-grams was most of scores(): the sums of the last _WORDS_SUMMED words are kept
# (Model.word, an lru_cache; about 0.75 KB a word, 0.8 MB in all), words of up to
# _SUMMED_LENGTH characters (longer ones are rarely met twice, and their n-grams would
# fill it; _kept_word).
_WORDS_SUMMED = 1024
_SUMMED_LENGTH = 20
# A bucket is looked for among those sharing its top _PREFIX bits (Model.first), not
# bisected over all of them: a few comparisons instead of sixteen, for 64 KB.
_PREFIX = 14
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _kept_word(word: str) -> bool:
    """Whether a word's weight sum is kept for the next messages (Model.word): not a
    long one, nor a run of unspaced Japanese (the whole message, or much of it, rarely
    met twice: summed with the word pairs, as they come)."""
    return len(word) <= _SUMMED_LENGTH and (word.isascii() or not _UNSPACED.search(word))


def features(cleaned: str) -> set[int]:
    """Hashed feature ids of a cleaned message (bot/interpret.py clean()), each once.

    Words and word pairs say what is asked; character n-grams inside a word (3 to 5
    letters, with its edges marked) carry typos, inflections and compounds; Japanese,
    written without spaces, gets character 1- to 3-grams of each run instead."""
    words = cleaned.split()
    ids = {_START}
    for index, word in enumerate(words):
        found = _words_kept.get(word)
        if found is None:
            if len(_words_kept) >= _WORDS_KEPT:
                _words_kept.clear()
            found = _words_kept[word] = _word_features(word)
        ids.update(found)
        if index:
            ids.add(zlib.crc32(f"b{words[index - 1]} {word}".encode()))
    return ids


def _word_features(word: str) -> tuple[int, ...]:
    """The ids of one word's own features: the word, and its character n-grams."""
    names = ["w" + word]
    if _UNSPACED.search(word):
        for size in (1, 2, 3):
            names.extend("j" + word[i : i + size] for i in range(len(word) - size + 1))
    else:
        padded = f"<{word}>"
        for size in (3, 4, 5):
            names.extend("c" + padded[i : i + size] for i in range(len(padded) - size + 1))
    # crc32 is the id (stable across runs, unlike hash()); the model keeps the used ones.
    return tuple(map(zlib.crc32, "\n".join(names).encode("utf-8").split(b"\n")))


_START = zlib.crc32(b"^")  # the one feature every message has
# The features of the words met lately: most words of a message come again in the next
# ones, and cutting and hashing their n-grams was most of features(). A full cache starts
# again (512 words, about 0.3 MB).
_WORDS_KEPT = 512
_words_kept: dict[str, tuple[int, ...]] = {}


@dataclass(frozen=True)
class Guess:
    """The model's best class, the runner-up, and how far ahead the best is (in the
    model's UNITs; bench/train_second_opinion.py maps margins to precision)."""

    label: str
    second: str
    margin: int
    # Every class's score, by label: the gate weighs the tables' own subjects with it.
    scores: dict[str, int] = field(default_factory=dict, compare=False)


class Model:
    """Pruned sparse weights: for each used bucket (sorted), its (class, weight) pairs, or
    for a common one (_PACKED classes or more) one int of them all."""

    def __init__(self, source: BinaryIO) -> None:
        """Read from a model file; each array straight from the file (no copy of it all
        in memory on the way, which would double the peak at start)."""
        if source.read(4) != MAGIC:
            raise ValueError("not a second-opinion model")
        size = int.from_bytes(source.read(4), "little")
        header = json.loads(source.read(size))
        self.labels: list[str] = header["labels"]
        self.settings: dict = header["settings"]
        # An int8 weight's worth in UNITs, and each class's bias in UNITs.
        self.step: float = self.settings["step"]
        self.bias: list[int] = self.settings["bias"]
        # The classes guess() ranks: what a message asks, not the myths it states.
        self.asked = [c for c, label in enumerate(self.labels) if not label.startswith(MYTH_MARK)]
        # Their scores in one call: a slice where they are the first classes (labels are
        # sorted, and MYTH_MARK sorts after every letter: ~1,000 instructions, where an
        # itemgetter of 71 classes took ~11,000); else an itemgetter (of one class it
        # gives no tuple).
        self.asked_scores: Callable[[list[int]], Sequence[int]] = (
            operator.itemgetter(slice(len(self.asked)))
            if self.asked == list(range(len(self.asked)))
            else operator.itemgetter(*self.asked)
            if len(self.asked) > 1
            else lambda totals: tuple(totals[c] for c in self.asked)
        )
        arrays = []
        for code, count in header["arrays"]:
            part = array(code)
            part.fromfile(source, count)
            arrays.append(part)
        # Found by bisection, not a dict: a dict of the used buckets would cost megabytes.
        # A packed bucket has no pairs here (its start is the next one's).
        self.buckets, self.starts, self.classes, self.weights = arrays[:4]
        sizes, common_classes, common_weights = arrays[4:]
        # Where the buckets with each top _PREFIX bits start (sorted, so they run together).
        self.first = array("I", [0]) * ((1 << _PREFIX) + 1)
        for bucket in self.buckets:
            self.first[(bucket >> (32 - _PREFIX)) + 1] += 1
        for top in range(1 << _PREFIX):
            self.first[top + 1] += self.first[top]
        # Common features weigh on most classes: their weights are packed into one big
        # int each (a lane of _LANE bits per class, offset to be positive), so adding a
        # common feature to a word's sum costs one int addition, not a loop over classes.
        # packed_at holds their buckets' places, in order: a packed bucket's int is
        # packed[bisect_left(packed_at, place)].
        self.packed: list[int] = []
        self.packed_at = array("I")
        taken = 0
        for n in range(len(self.buckets)):
            if self.starts[n + 1] != self.starts[n]:
                continue
            lanes = [_OFFSET] * len(self.labels)
            size = sizes[len(self.packed)]
            for pair in range(taken, taken + size):
                lanes[common_classes[pair]] += common_weights[pair]
            taken += size
            self.packed_at.append(n)
            self.packed.append(sum(v << (_LANE * c) for c, v in enumerate(lanes)))
        del arrays, sizes, common_classes, common_weights  # packed: not kept twice
        # _OFFSET, and _HALF, in every class's wide lane.
        self.offsets = sum(_OFFSET << (_WIDE * c) for c in range(len(self.labels)))
        self.halves = sum(_HALF << (_WIDE * c) for c in range(len(self.labels)))
        # For _rounded(): 2 * bias + 1 for each class, and the most features a message may
        # have for it to round them all at once (_bulk_features).
        self.odd_biases = array("i", [2 * b + 1 for b in self.bias])
        self.bulk_features = _bulk_features(self.step, self.odd_biases)
        # The feature every message has.
        self.start = self._sum((_START,))
        # A word's feature ids and weight sum, for the words met lately (_WORDS_SUMMED).
        self.word = functools.lru_cache(maxsize=_WORDS_SUMMED)(self._word)

    def pairs_of(self, n: int) -> list[tuple[int, int]]:
        """The (class, weight) pairs of the n-th bucket, read out of its int if it is
        packed: the plain sum that tests check scores() against, and a way to look."""
        start, stop = self.starts[n], self.starts[n + 1]
        if start < stop:
            return [(self.classes[pair], self.weights[pair]) for pair in range(start, stop)]
        packed = self.packed[bisect_left(self.packed_at, n)]
        mask = (1 << _LANE) - 1
        lanes = ((packed >> (_LANE * c)) & mask for c in range(len(self.labels)))
        return [(c, lane - _OFFSET) for c, lane in enumerate(lanes) if lane != _OFFSET]

    def scores(self, cleaned: str) -> list[int]:
        """Each class's score in UNITs: its weights summed over the message's features
        (features(), each feature once), divided by the square root of how many it has
        (the trainer scales every row to unit length), plus its bias.

        Summed a word at a time from each word's own sum (_word, kept for the next
        messages), less each feature a word shares with an earlier one ("posts" and
        "post" share "<po"); then the features of the words not kept (_kept_word) and
        the word pairs, rarely met twice, summed as they come."""
        words = cleaned.split()
        seen = {_START}
        total = self.start
        shared: list[int] = []  # a feature of three words is here twice: counted once
        loose: set[int] = set()  # the features of the words not kept (_kept_word)
        for word in dict.fromkeys(words):
            if not _kept_word(word):
                loose.update(_word_features(word))
                continue
            ids, word_total = self.word(word)
            # The ids made a set once (each id an int once), then set with set: the same
            # features as intersection() and update() with the array, each turning it into
            # ints again (-1.3% of guess()).
            ids_set = set(ids)
            shared.extend(seen & ids_set)
            seen |= ids_set
            total += word_total
        if len(words) > 1:  # the word pairs, hashed in one go ("\n" is in no word)
            pairs = "\n".join(f"b{first} {second}" for first, second in itertools.pairwise(words))
            loose.update(map(zlib.crc32, pairs.encode().split(b"\n")))
        loose -= seen  # each feature once: those of a kept word are in its sum
        seen |= loose
        total += self._sum(loose) - self._sum(shared)
        return self._rounded(self._signed(total), len(seen))

    def _rounded(self, totals: array, features: int) -> list[int]:
        """round(t * step) + bias for each class's signed total t, step being self.step
        over the square root of the message's number of features.

        In a few C calls over all 84 classes (audioop's, on 32-bit samples) where
        _one_by_one() makes three a class: ~60,000 instructions less a guess, 1.5% of a
        Spanish read. audioop.mul() floors: it gives floor(2x), x being the float
        t * step that round() takes, and half of floor(2x) + 1, floored, is round(x)
        wherever 2x is no whole number (1.3 -> 1, 1.7 -> 2, -1.3 -> -1, -1.7 -> -2) or an
        even one. Where 2x is odd, x is halfway and round() takes the even side, so each
        class whose 2x is whole (floor(2x) + floor(-2x) == 0: mostly t == 0, a class no
        feature weighs on, in a third of the guesses) is rounded again as _one_by_one()
        does. Without audioop (gone in Python 3.13), or where a sum could pass its 32-bit
        bound, _one_by_one() rounds them all."""
        step = self.step / math.sqrt(features)
        if _audioop is None or features > self.bulk_features:
            return self._one_by_one(totals, step)
        doubled = _audioop.mul(totals, 4, 2 * step)
        plus_bias = _audioop.add(doubled, self.odd_biases, 4)  # floor(2x) + 2 * bias + 1
        rounded = array("i", _audioop.mul(plus_bias, 4, 0.5)).tolist()
        whole = _audioop.add(doubled, _audioop.mul(totals, 4, -2 * step), 4)  # 0 or -1
        # Each sample of whole is 0 (four zero bytes) or -1 (no zero byte), so four zero
        # bytes found start a sample, and the next are looked for after it.
        at = whole.find(_WHOLE)
        while at >= 0:
            c = at // 4
            rounded[c] = float.__round__(totals[c] * step) + self.bias[c]
            at = whole.find(_WHOLE, at + 4)
        return rounded

    def _one_by_one(self, totals: array, step: float) -> list[int]:
        """round(t * step) + bias for each class's signed total t (what _rounded() gives),
        in C calls, not a loop of bytecode over the classes (float.__round__ is what
        round() calls for a float, without round()'s look for it)."""
        return list(map(operator.add, map(float.__round__, map(step.__mul__, totals)), self.bias))

    def _word(self, word: str) -> tuple[array, int]:
        """A word's feature ids (each once) and their weights' sum."""
        ids = array("I", set(_word_features(word)))
        return ids, self._sum(ids)

    def _sum(self, features: Iterable[int]) -> int:
        """The sum of the features' weights in wide lanes (0 for none the model uses).

        Common features are summed in their narrow lanes and widened at the end (or
        every _FLUSH features), the others class by class in a list of lanes, each
        starting at _HALF (so never negative), turned into one int at the end."""
        buckets, first, starts = self.buckets, self.first, self.starts
        classes, weights, packed, packed_at = (
            self.classes,
            self.weights,
            self.packed,
            self.packed_at,
        )
        shift = 32 - _PREFIX
        total = narrow = in_narrow = 0
        lanes: list[int] | None = None
        for feature in features:
            top = feature >> shift
            end = first[top + 1]
            n = bisect_left(buckets, feature, first[top], end)
            if n == end or buckets[n] != feature:
                continue  # a feature the model does not use
            start, stop = starts[n], starts[n + 1]
            if start == stop:  # a packed bucket
                narrow += packed[bisect_left(packed_at, n)]
                in_narrow += 1
                if in_narrow == _FLUSH:
                    total += self._widened(narrow, in_narrow)
                    narrow = in_narrow = 0
                continue
            if lanes is None:
                lanes = [_HALF] * len(self.labels)
            for pair in range(start, stop):
                lanes[classes[pair]] += weights[pair]
        if in_narrow:
            total += self._widened(narrow, in_narrow)
        if lanes is not None:
            total += int.from_bytes(self._bytes(lanes), "little") - self.halves
        return total

    def _widened(self, narrow: int, count: int) -> int:
        """The sum of `count` packed buckets (_LANE-bit lanes, each offset) in wide lanes,
        less their offsets: the bytes of each lane copied, not shifted out one by one."""
        size = len(self.labels)
        wide = bytearray(4 * size)
        source = narrow.to_bytes(2 * size, "little")
        wide[0::4] = source[0::2]
        wide[1::4] = source[1::2]
        return int.from_bytes(wide, "little") - count * self.offsets

    def _signed(self, total: int) -> array:
        """A sum in wide lanes read apart: each class's total as a signed 32-bit number.

        Adding _HALF to every lane makes each positive (u = t + _HALF, under 2**32), so no
        lane borrows from the next; flipping each lane's top bit back (xor _HALF, which is
        u + _HALF modulo 2**32, no carry between lanes) leaves t modulo 2**32, and a
        signed 32-bit lane reads that as t itself (-2**31 <= t < 2**31). The same t as
        reading u unsigned and subtracting _HALF from each, without a subtraction each."""
        lanes = array(
            "i", ((total + self.halves) ^ self.halves).to_bytes(4 * len(self.labels), "little")
        )
        if sys.byteorder != "little":
            lanes.byteswap()
        return lanes

    @staticmethod
    def _bytes(lanes: list[int]) -> bytes:
        """Positive lane totals as the little-endian bytes of one wide-lane int."""
        packed = array("I", lanes)
        if sys.byteorder != "little":
            packed.byteswap()
        return packed.tobytes()

    def guess(self, cleaned: str) -> Guess:
        """The best class and its margin over the runner-up, among what a message asks
        (a myth's class is a claim beside its subject, never a rival of it)."""
        totals = self.scores(cleaned)
        # The two highest scores, the lower class first on a tie (index() finds the first
        # of equals, and self.asked runs from the lowest class up): the asked classes'
        # scores taken in one call, not a key call each, and both highest found by one
        # sort of plain ints (~21,000 instructions; max() twice and the rest sliced out
        # between them ~40,000).
        scores = self.asked_scores(totals)
        ranked = sorted(scores)
        highest, highest_but_one = ranked[-1], ranked[-2]
        top = scores.index(highest)
        runner_up = (
            scores.index(highest, top + 1)
            if highest_but_one == highest
            else scores.index(highest_but_one)
        )
        best = self.asked[top]
        second = self.asked[runner_up]
        return Guess(
            self.labels[best],
            self.labels[second],
            totals[best] - totals[second],
            dict(zip(self.labels, totals, strict=True)),
        )


def encode(labels: list[str], settings: dict, pairs: dict[int, list[tuple[int, int]]]) -> bytes:
    """The model file: magic, a JSON header, then seven arrays (little-endian): the
    buckets, where each one's plain pairs start, their classes and weights, and, for the
    buckets with _PACKED pairs or more (none of them plain), each one's count and their
    pairs' classes and weights (Model packs them at load)."""
    buckets = array("I", sorted(pairs))
    starts = array("I", [0])
    classes = array("B")
    weights = array("b")
    sizes = array("B")
    common_classes = array("B")
    common_weights = array("b")
    for bucket in buckets:
        these = pairs[bucket]
        if len(these) >= _PACKED:
            sizes.append(len(these))
            common_classes.extend(label for label, _ in these)
            common_weights.extend(weight for _, weight in these)
        else:
            classes.extend(label for label, _ in these)
            weights.extend(weight for _, weight in these)
        starts.append(len(classes))
    parts = [buckets, starts, classes, weights, sizes, common_classes, common_weights]
    header = json.dumps(
        {
            "labels": labels,
            "settings": settings,
            "arrays": [[p.typecode, len(p)] for p in parts],
        },
        sort_keys=True,
    ).encode("utf-8")
    return MAGIC + len(header).to_bytes(4, "little") + header + b"".join(p.tobytes() for p in parts)


def is_subject(label: str) -> bool:
    """Knowledge subjects are plain ids; "_unknown", "_greeting", "!start", "~a_myth" are
    not."""
    return label[:1] not in _NOT_SUBJECTS


_NOT_SUBJECTS = ("_", "!", MYTH_MARK)


def subject_scores(scores: dict[str, int]) -> list[int]:
    """The subjects' scores (is_subject) in a guess's scores, in their order: the test
    written out, where calling is_subject for each of the 84 classes was half of 10 µs."""
    return [score for label, score in scores.items() if label[:1] not in _NOT_SUBJECTS]


def myth_scores(scores: dict[str, int]) -> list[tuple[int, str]]:
    """Each myth's (score, label) in a guess's scores (labels opening with MYTH_MARK), in
    their order. The myths are picked out of the labels once (_myths_among): every guess
    of the model has the same 84 labels, and a comprehension over all of them cost
    ~65,000 instructions a call (~1.2% of a read)."""
    return [(scores[label], label) for label in _myths_among(tuple(scores))]


@functools.lru_cache(maxsize=1)  # the model's one set of labels (~1.5 KB kept)
def _myths_among(labels: tuple[str, ...]) -> tuple[str, ...]:
    size = len(MYTH_MARK)
    return tuple(label for label in labels if label[:size] == MYTH_MARK)


def _bulk_features(step: float, odd_biases: array) -> int:
    """The most features a message may have for Model._rounded() to round its scores in
    audioop's 32-bit samples: floor(2x) + 2 * bias + 1 stays within 2**30 (|t| is at most
    128 for each feature); 8.7 * 10**8 at today's step, none where a bias is that large."""
    if max(map(abs, odd_biases)) >= 1 << 29:
        return 0
    return int(((1 << 29) / (2 * 128 * step)) ** 2)


# The running bots' settings, from their configs (bot/web/app.py holds one with hold()
# while its app runs), latest last: the latest running app decides. Beneath them the
# setting a script gave with configure() (bench scripts), and beneath that the
# environment's BOT_SECOND_OPINION (tests, bench scripts).
_held: list[tuple[object, bool]] = []
_configured: bool | None = None


def configure(on: bool | None) -> bool | None:
    """Set whether the second opinion reads messages, for a script that reads without a
    running app; None hands back to the environment. Returns the previous setting, so a
    caller can restore it. A running app's own setting (hold()) outranks it."""
    global _configured
    previous, _configured = _configured, on
    return previous


def hold(on: bool) -> object:
    """A running app's setting, from its config at start (bot/web/app.py), until it gives
    release() the token returned: the config already merged .env and the environment, and
    a message read while the app runs must not disagree with it when a variable changes
    later. On release only this app's setting goes: another app still running in the
    process (tests, a standby) keeps its own, and a script's configure() or the
    environment decides again once none runs."""
    token = object()
    _held.append((token, on))
    return token


def release(token: object) -> None:
    _held[:] = [entry for entry in _held if entry[0] is not token]


def enabled() -> bool:
    """Whether the gate may ask the model: the running app's setting, else configure()'s,
    else BOT_SECOND_OPINION=off reads with the tables alone (for measuring both ways)."""
    if _held:
        return _held[-1][1]
    if _configured is not None:
        return _configured
    return os.environ.get(SETTING, "on").strip().lower() not in ("off", "0", "false", "no")


def from_bytes(data: bytes) -> Model:
    return Model(io.BytesIO(data))


@functools.cache
def model() -> Model:
    """The bot's model, loaded once (bot/web/app.py loads it at start)."""
    with MODEL.open("rb") as source:
        return Model(source)
