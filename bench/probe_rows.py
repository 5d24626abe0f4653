"""The tuners' probes as training rows for the second opinion (tests/data/probes.toml).

The probes in tests/test_understanding*.py (and the subject phrasings of
tests/topic_phrasings.py, read in tests/test_knowledge_topics.py) are some 1,500 phrasings
written by the team, each standing for a class of wording the tuning rows showed: more
labelled text than a round, which the learned second opinion did not learn from. Their
labels are already written in the tests; this script takes them from there, never from
what the bot reads today (that would teach the model its own mistakes):

- a test's parameters (pytest's own collection, so tables built by comprehension or from
  module constants count too), and
- its `assert <reading> == <expected>` comparisons: the expected side a literal or a
  parameter, the reading side saying which part is compared (command, subjects, myths,
  kind) and which call read which text where.

Only equalities count ("is None", "in", "!=" name no label); tests that swap in a fake
model or read with the phrase tables alone (their readings are not the true label) are
left out. Each row notes the last round whose tuning rows had landed when its line was
committed (git blame), so cross-validation can leave out the probes written after a round
it tests on (bench/train_second_opinion.py --probes prior).

    python bench/probe_rows.py            # rows found, per file, and checks
    python bench/probe_rows.py --write    # write tests/data/probes.toml

Deterministic: the same tests and history give the same file. Rerun it before retraining
(docs/rounds.md); a probe added since is simply not learned until then.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import subprocess
import sys
import textwrap
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "data"))

import pytest  # noqa: E402
from add_round import toml_value  # noqa: E402
from question_set import DATA, LOCALES, first_contact, is_right  # noqa: E402
from test_question_sets import COMMANDS, KINDS, MYTHS, SUBJECTS, WHERE, row_problems  # noqa: E402

TARGET = DATA / "probes.toml"
FILES = (
    *sorted((ROOT / "tests").glob("test_understanding*.py")),
    ROOT / "tests/test_knowledge_topics.py",
)
# Modules of phrasings that tests read their probes from.
PHRASING_MODULES = ("topic_phrasings.py",)
# Calls that read a probe: the bot's readers and the tests' small helpers around them.
READERS = {
    "read",
    "read_row",
    "read_in_context",
    "first_contact",
    "understand",
    "command_of",
    "subjects_of",
    "myths_of",
    "reading",
    "reading_of",
    "subjects",
    "named",
    "said",
    "_command",
    "_subjects",
    "_reading",
}
# Readings that are not the true label: the tables alone, or a phrase-only pass.
NOT_THE_LABEL = {"_read_tables", "phrases_only", "lexicon", "_correct"}
COMMANDERS = {"command_of", "said", "_command"}
SUBJECTERS = {"subjects_of", "subjects", "named", "_subjects"}
_UNSET = object()


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _value(node: ast.AST, params: dict) -> object:
    """A literal or a parameter (through set/sorted/list/frozenset), else _UNSET."""
    if isinstance(node, ast.Name):
        return params.get(node.id, _UNSET)
    if isinstance(node, ast.Call) and _name(node) in ("set", "sorted", "list", "frozenset"):
        if len(node.args) == 1 and not node.keywords:
            inner = _value(node.args[0], params)
            return _UNSET if inner is _UNSET else sorted(inner)
        return _UNSET
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = [_value(e, params) for e in node.elts]
        if _UNSET in items:
            return _UNSET
        return tuple(items) if isinstance(node, ast.Tuple) else sorted(items)
    if isinstance(node, ast.Constant):
        return node.value
    return _UNSET


def _labels(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value):
        return sorted(value)
    return None


def _among(value: object, names: set[str]) -> bool:
    return isinstance(value, str) and value in names


class Probe:
    """One test case: its function's source and its parameters (Probe.of a pytest item)."""

    def __init__(self, source: str, params: dict) -> None:
        self.params = params
        self.source = textwrap.dedent(source)
        self.tree = ast.parse(self.source)
        # name = call(...) in the body: "got = read(text, where=...)" then "got.command";
        # with the attributes read off the call ("got = read_row(...).understanding", so
        # "got.subjects" is its ".understanding.subjects"), by the line of the assignment.
        self.bound: dict[str, list[tuple[int, ast.Call, str]]] = {}
        # Also "_, got = reading(...)": each name of a tuple target is bound to the call.
        for node in ast.walk(self.tree):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            value, attributes = node.value, ""
            # "got = reading(text)[1].understanding": attributes and indexes off the call.
            while isinstance(value, (ast.Attribute, ast.Subscript)):
                if isinstance(value, ast.Attribute):
                    attributes = f".{value.attr}{attributes}"
                value = value.value
            if not isinstance(value, ast.Call):
                continue
            target = node.targets[0]
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            for name in names:
                if isinstance(name, ast.Name) and name.id != "_":
                    read_off = "" if isinstance(target, ast.Tuple) else attributes
                    self.bound.setdefault(name.id, []).append((node.lineno, value, read_off))

    @classmethod
    def of(cls, item: pytest.Item) -> Probe:
        callspec = getattr(item, "callspec", None)
        return cls(inspect.getsource(item.function), dict(callspec.params) if callspec else {})

    def uses_a_fake_model(self) -> bool:
        return "_Sure(" in self.source or "setattr(second_opinion" in self.source

    def _bindings(self, node: ast.AST, line: int) -> list[tuple[ast.Call, str]]:
        """(call, attributes read off it) of each name in `node`, as its last assignment
        before `line` (the assert) bound it."""
        found = []
        for name in (n.id for n in ast.walk(node) if isinstance(n, ast.Name)):
            before = [entry for entry in self.bound.get(name, []) if entry[0] < line]
            if before:
                _, call, read_off = max(before, key=lambda entry: entry[0])
                found.append((call, read_off))
        return found

    def reader(self, node: ast.AST, line: int) -> ast.Call | None:
        """The call that read the compared text, or None (also when it is not a true
        reading: the tables alone, a phrase-only pass)."""
        calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)]
        names = [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]
        calls += [call for call, _ in self._bindings(node, line)]
        if any(_name(c) in NOT_THE_LABEL for c in calls) or "tables" in names:
            return None
        if any(
            _name(n) in NOT_THE_LABEL for c in calls for n in ast.walk(c) if isinstance(n, ast.Call)
        ):
            return None
        found = [c for c in calls if _name(c) in READERS]
        return found[0] if found else None

    def where_text(self, call: ast.Call) -> tuple[str, str, str | None] | None:
        """(text, where, locale) of a reading call, from literals and parameters."""
        args = [_value(a, self.params) for a in call.args]
        keywords = {k.arg: _value(k.value, self.params) for k in call.keywords}
        if call.args and isinstance(call.args[0], ast.Dict):  # first_contact({"text": ...})
            row = call.args[0]
            for key, value in zip(row.keys, row.values, strict=True):
                if isinstance(key, ast.Constant):
                    keywords[key.value] = _value(value, self.params)
            args = [keywords.pop("text", _UNSET), *args[1:]]
        if not args or not isinstance(args[0], str):
            return None
        where, locale = keywords.get("where", _UNSET), keywords.get("locale", _UNSET)
        for extra in args[1:]:
            if extra in WHERE and where is _UNSET:
                where = extra
            elif extra in LOCALES and locale is _UNSET:
                locale = extra
        if locale is _UNSET:
            locale = self.params.get("locale")
        where = "public" if where is _UNSET else where
        if where not in WHERE or (locale is not None and locale not in LOCALES):
            return None
        return args[0], where, locale

    def facts(self) -> list[tuple[tuple[str, str, str | None], str, object]]:
        """((text, where, locale), part, expected) for each equality the test asserts."""
        if self.uses_a_fake_model():
            return []
        found = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Assert):
                continue
            test = node.test  # each part of an "and"; an "or" names no one label
            parts = (
                test.values
                if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)
                else [test]
            )
            for part in parts:
                if (
                    isinstance(part, ast.Compare)
                    and len(part.ops) == 1
                    and isinstance(part.ops[0], ast.Eq)
                ):
                    found.extend(self._compared(part.left, part.comparators[0], node.lineno))
        return found

    def _compared(self, left: ast.AST, right: ast.AST, line: int) -> list:
        expected, observed = _value(right, self.params), left
        if expected is _UNSET:
            expected, observed = _value(left, self.params), right
            if expected is _UNSET or _value(right, self.params) is not _UNSET:
                return []
        if isinstance(observed, ast.Tuple):
            if not isinstance(expected, tuple) or len(expected) != len(observed.elts):
                return []
            return [
                fact
                for sub, value in zip(observed.elts, expected, strict=True)
                for fact in self._compared(sub, ast.Constant(value), line)
            ]
        call = self.reader(observed, line)
        if call is None:
            return []
        where = self.where_text(call)
        if where is None:
            return []
        # What is compared, with the attributes its names were bound through.
        source = ast.unparse(observed) + "".join(a for _, a in self._bindings(observed, line))
        return [(where, part, value) for part, value in self._parts(source, call, expected)]

    @staticmethod
    def _parts(source: str, call: ast.Call, expected: object) -> list[tuple[str, object]]:
        """Which part of a reading is compared: by the attribute read, or by the helper
        (whose tuples pair a command or kind with subjects, told apart by their values)."""
        if ".command" in source or _name(call) in COMMANDERS:
            return [("command", expected)] if _among(expected, COMMANDS) else []
        if ".myths" in source or _name(call) == "myths_of":
            labels = _labels(expected)
            return [("myths", labels)] if labels and set(labels) <= MYTHS else []
        if ".kind" in source:
            return [("kind", expected)] if _among(expected, KINDS) else []
        if ".subjects" in source or _name(call) in SUBJECTERS:
            values = expected if isinstance(expected, tuple) else (expected,)
            parts: list[tuple[str, object]] = []
            for value in values:
                labels = _labels(value)
                if _among(value, KINDS):
                    parts.append(("kind", value))
                elif _among(value, COMMANDS):
                    parts.append(("command", value))
                elif value is not None and labels is not None and set(labels) <= SUBJECTS:
                    parts.append(("subjects", labels))
            return parts
        return []


def collect() -> list[pytest.Item]:
    """The probe files' test cases, collected by pytest (nothing run)."""
    items: list[pytest.Item] = []

    class Collector:
        def pytest_collection_finish(self, session: pytest.Session) -> None:
            items.extend(session.items)

    code = pytest.main(
        ["--collect-only", "-p", "no:terminal", "-p", "no:cacheprovider", "-p", "no:xdist", "-o", "addopts=",
         *map(str, FILES)],
        plugins=[Collector()],
    )  # fmt: skip
    if code != 0:
        raise SystemExit(f"collecting the probe tests failed ({code})")
    return items


def myth_subjects() -> dict[str, str]:
    knowledge = tomllib.loads((ROOT / "replies/knowledge/en.toml").read_text(encoding="utf-8"))
    return {myth: entry["subject"] for myth, entry in knowledge["myths"].items()}


def landed() -> list[tuple[int, int]]:
    """(commit time, round) of each round's first tuning rows (round 1: the first sets).
    Every round the tuning files name: the numbers have gaps (rounds written and kept
    sealed, or never added), and a probe written after a round past a gap must not be
    taken as written before it (cross-validation's --probes prior would then train on
    probes tuned on the very round it tests)."""
    notes = " ".join(path.read_text(encoding="utf-8") for path in (DATA / "tuning").glob("*.toml"))
    numbers = sorted({int(n) for n in re.findall(r'note = "round (\d+)"', notes)} - {1})
    times = []
    for number in numbers:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "--format=%ct", "--reverse",
             f"-S\"round {number}\"", "--", "tests/data/tuning"],
            check=True, capture_output=True, text=True,
        ).stdout.split()  # fmt: skip
        if out:
            times.append((int(out[0]), number))
    return times


def blame(path: Path) -> list[int]:
    """Each line's author time: when it was written (a landing rebase resets the commit
    time); now for lines not committed yet."""
    now = int(time.time())
    tracked = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "--error-unmatch", "--", str(path)],
        capture_output=True,
    ).returncode == 0  # fmt: skip
    if not tracked:  # a new test file: every line is being written now
        return [now] * len(path.read_text(encoding="utf-8").splitlines())
    out = subprocess.run(
        ["git", "-C", str(ROOT), "blame", "--line-porcelain", "--", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    times = []
    commit = ""
    for line in out.splitlines():
        if not line.startswith("\t") and len(line) > 40 and line[40] == " ":
            commit = line[:40]
        elif line.startswith("author-time "):
            times.append(now if commit == "0" * 40 else int(line.split()[1]))
    return times


def text_lines(path: Path) -> dict[str, int]:
    """The first line (0-based) each string literal of a file is written on."""
    lines: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            lines[node.value] = min(lines.get(node.value, node.lineno - 1), node.lineno - 1)
    return lines


def probe_rows() -> tuple[list[dict], Counter]:
    """The probes' rows, one per (text, where), in file order; and what was skipped."""
    merged: dict[tuple[str, str], dict] = {}
    order: list[tuple[str, str]] = []
    sources: dict[tuple[str, str], Path] = {}
    skipped: Counter[str] = Counter()
    for item in collect():
        for (text, where, locale), part, value in Probe.of(item).facts():
            key = (text, where)
            facts = merged.setdefault(key, {"locale": locale})
            if key not in sources:
                order.append(key)
                sources[key] = Path(item.path)
            if locale and not facts.get("locale"):
                facts["locale"] = locale
            if facts.get(part, value) != value:
                facts["conflict"] = True
            facts[part] = value
    myths = myth_subjects()
    rows = []
    for key in order:
        facts = merged[key]
        row = row_of(key, facts, myths)
        if row is None or facts.get("conflict"):
            skipped["conflicting" if facts.get("conflict") else unlabelled(facts)] += 1
            continue
        if row_problems(row):
            skipped["breaks LABELS.md"] += 1
            continue
        row["locale"] = facts.get("locale") or first_contact({"text": key[0]})[0]
        row["file"] = sources[key].name
        rows.append(row)
    return rows, skipped


def unlabelled(facts: dict) -> str:
    """Why a probe's facts make no row."""
    return "a myth not named" if _myth_unnamed(facts) else "no label"


def _myth_unnamed(facts: dict) -> bool:
    # Asserted a myth without saying which one ("(got.kind, got.subjects) == ("myth",
    # ["alias"])"): as a row it would teach the model that these words state no myth.
    return facts.get("kind") == "myth" and not facts.get("myths")


def row_of(key: tuple[str, str], facts: dict, myths: dict[str, str]) -> dict | None:
    text, where = key
    row: dict = {"text": text, "where": where}
    if _myth_unnamed(facts):
        return None
    if facts.get("command"):
        return {**row, "command": facts["command"]}
    subjects = list(facts.get("subjects") or [])
    said = facts.get("myths") or []
    if said and not subjects:
        subjects = sorted({myths[m] for m in said})
    if subjects:
        if said:
            return {**row, "subjects": subjects, "kind": "myth", "myths": list(said)}
        return {**row, "subjects": subjects}
    if facts.get("kind") in ("greeting", "thanks", "unknown"):
        return {**row, "subjects": [], "kind": facts["kind"]}
    return None


def with_rounds(rows: list[dict]) -> None:
    """Note on each row the last round landed when its text's line was written: in its
    test's file, else in the module the test takes its phrasings from."""
    rounds = landed()
    files: dict[str, tuple[list[int], dict[str, int]]] = {}
    for row in rows:
        when = int(time.time())
        for name in (row["file"], *PHRASING_MODULES):
            if name not in files:
                path = ROOT / "tests" / name
                files[name] = (blame(path), text_lines(path))
            times, lines = files[name]
            if row["text"] in lines:
                when = times[lines[row["text"]]]
                break
        row["after"] = max([1, *(n for t, n in rounds if t <= when)])


ORDER = ("text", "where", "subjects", "command", "kind", "myths", "locale", "after", "file")


def toml_line(row: dict) -> str:
    parts = [f"{k} = {row[k] if k == 'after' else toml_value(row[k])}" for k in ORDER if k in row]
    return "  { " + ", ".join(parts) + " },\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(ROOT)}")
    args = parser.parse_args()
    rows, skipped = probe_rows()
    with_rounds(rows)
    by_file = Counter(r["file"] for r in rows)
    for name, count in sorted(by_file.items()):
        print(f"  {name:<44} {count:>4}", file=sys.stderr)
    print(f"{len(rows)} probe rows; skipped {dict(skipped)}", file=sys.stderr)
    print(
        f"  by round written after: {sorted(Counter(r['after'] for r in rows).items())}",
        file=sys.stderr,
    )
    # A check, not a filter: the suite passes, so a row the bot reads otherwise today is
    # most likely a probe read with a hint (a locale) that first contact does not have.
    wrong = [r for r in rows if not is_right(r, first_contact(r)[1])]
    print(f"  read otherwise at first contact today: {len(wrong)}", file=sys.stderr)
    for row in wrong[:40]:
        print(f"    {row}", file=sys.stderr)
    if args.write:
        head = (
            "# The tuners' probes as rows: written by bench/probe_rows.py --write from\n"
            "# tests/test_understanding*.py and tests/topic_phrasings.py; never edit by hand.\n"
            "# Training data for the second opinion only (bench/train_second_opinion.py), in\n"
            "# no test fold; `after` is the last round landed when the probe was committed.\n"
        )
        TARGET.write_text(
            head + "rows = [\n" + "".join(map(toml_line, rows)) + "]\n", encoding="utf-8"
        )
        print(f"wrote {TARGET.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
