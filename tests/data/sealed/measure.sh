#!/bin/sh
# The next session's first step (docs/rounds.md): open the sealed judge, commit its held-out
# half alone, and measure it once at first contact, second opinion on and off.
#
#     PYTHON=.venv/bin/python [OPENING=judgeNN] sh tests/data/sealed/measure.sh ROUND [OUTDIR]
#
# Run from the repository's root on a clean main. The judge was written by independent
# writers and sealed before the previous session's tuning; it is kept here, xz-compressed,
# only so a machine change cannot lose it (nobody opens it but this script). The tuning half
# is added afterwards with the command this prints, then the round is retired and
# next-judge.tar.xz replaced by the next sealed judge.
set -eu
round=$1
out=${2:-/tmp}
python=${PYTHON:-python3}
sha256sum -c tests/data/sealed/next-judge.sha256
# The judge opened must be the one meant: a session that seals its successor before
# measuring it would otherwise open the successor (session 51 did). The folder is named
# for the round it was sealed as; OPENING=judgeNN opens it under another round's number.
folder=$(tar -tJf tests/data/sealed/next-judge.tar.xz | head -n 1 | cut -d/ -f1)
if [ "$folder" != "${OPENING:-judge$round}" ]; then
  echo "next-judge.tar.xz holds $folder, not ${OPENING:-judge$round}: nothing opened." >&2
  echo "If $folder is the judge meant for round $round, run again with OPENING=$folder." >&2
  exit 2
fi
dir=$(mktemp -d)
tar -C "$dir" -xJf tests/data/sealed/next-judge.tar.xz
chmod -R a-w "$dir"
for f in "$dir"/*/*.toml; do
  "$python" tests/data/add_round.py "$round" "$f" --half heldout
done
git add tests/data/heldout
git commit -q -m "Round $round's held-out half, alone (the sealed judge: independent writers, sealed before the previous session's tuning; never tuned on)"
git log --oneline -1
PYTHONPATH=$PWD BOT_SECOND_OPINION=on "$python" bench/answers.py > "$out/judge$round-on.txt" 2>&1
PYTHONPATH=$PWD BOT_SECOND_OPINION=off "$python" bench/answers.py > "$out/judge$round-off.txt" 2>&1
grep -E "^\[|held-out, fresh" "$out/judge$round-on.txt"
echo "tuning half (after reading the figures): for f in $dir/*/*.toml; do $python tests/data/add_round.py $round \$f --half tuning; done"
