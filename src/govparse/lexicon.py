"""The data that steers the parser: word lists and tables in ``data/``.

``lexicon.txt`` holds sections ``[name]`` of words separated by white space, or of
``word = value`` lines; ``units.tsv`` and ``kinds.tsv`` are tables whose columns are
separated by ``|``. Everything is loaded once, on first use.

>>> "签约" in words("approx_word_exceptions")
True
>>> mapping("approx_before")["约"]
'about'
>>> print(regex_class("range_dashes"))
[\\-~–—到至～]
"""
from __future__ import annotations

import ast
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["words", "mapping", "table", "longest_first", "longest", "regex_class", "alternation", "ending",
           "anywhere", "initials", "lookahead", "check"]


def _read(name: str) -> str:
    return resources.files("govparse").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in _read("lexicon.txt").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            if line[1:-1] in sections:
                raise ValueError(f"lexicon.txt: section [{line[1:-1]}] twice")
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"lexicon.txt: line outside a section: {raw!r}")
        current.append(line)
    return sections


def _plain(section: str) -> list[str]:
    return [w for line in _sections()[section] for w in line.split()]


@lru_cache(maxsize=None)
def words(section: str) -> frozenset[str]:
    """The words of a section (for a mapping section, its keys), as a set."""
    if any("=" in line for line in _sections()[section]):
        return frozenset(mapping(section))
    return frozenset(_plain(section))


@lru_cache(maxsize=None)
def mapping(section: str) -> dict[str, str]:
    """A ``word = value`` section as a dict, in file order."""
    out: dict[str, str] = {}
    for line in _sections()[section]:
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"lexicon.txt [{section}]: expected 'word = value', got {line!r}")
        out[key.strip()] = value.strip()
    return out


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``|``-separated table in ``data/``, cells stripped."""
    rows = []
    for raw in _read(name).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in raw.split("|")))
    return tuple(rows)


def longest_first(items) -> list[str]:
    """Sort words longest first, so an alternation prefers 平方公里 to 平方.

    >>> longest_first(["平方", "平方公里", "米"])
    ['平方公里', '平方', '米']
    """
    return sorted(set(items), key=lambda w: (-len(w), w))


@lru_cache(maxsize=None)
def longest(section: str) -> tuple[str, ...]:
    """A section's words, longest first."""
    return tuple(longest_first(words(section)))


def initials(*sections: str) -> set[str]:
    """The characters the words of ``sections`` begin with: a regex can skip every other position.

    >>> sorted(initials("goal_statements"))
    ['主', '目', '预']
    """
    return {w[0] for s in sections for w in words(s)}


def lookahead(first) -> str:
    """``(?=[…])`` of the characters a match can begin with. Put before a pattern, it lets the
    regex engine skip every other position at once instead of trying each alternative there.

    >>> lookahead("比较"), lookahead("")
    ('(?=[比较])', '')
    """
    chars = "".join(re.escape(c) for c in sorted(set(first)))
    return f"(?=[{chars}])" if chars else ""


@lru_cache(maxsize=None)
def alternation(*sections: str) -> str:
    """The words of ``sections`` as one regex alternation, longest first."""
    if len(sections) == 1:
        return "|".join(map(re.escape, longest(sections[0])))
    return "|".join(map(re.escape, longest_first(set().union(*(words(s) for s in sections)))))


@lru_cache(maxsize=None)
def ending(*sections: str) -> re.Pattern:
    """Matches a word of ``sections`` that ends the searched text (longest first)."""
    return re.compile(lookahead(initials(*sections)) + "(?:" + alternation(*sections) + ")$")


@lru_cache(maxsize=None)
def anywhere(*sections: str) -> re.Pattern:
    """Matches a word of ``sections`` (longest first); ``match`` tests the start."""
    return re.compile(lookahead(initials(*sections)) + "(?:" + alternation(*sections) + ")")


def regex_class(*sections: str, exclude: str = "") -> str:
    """A regex character class of the one-character words of ``sections``."""
    chars = sorted({w for s in sections for w in words(s) if len(w) == 1} - set(exclude))
    return "[" + "".join(re.escape(c) if c in "-]\\^" else c for c in chars) + "]"


def _sections_read_by_code() -> set[str]:
    """Every string literal in govparse's modules: a section named nowhere is read by no code."""
    names: set[str] = set()
    for f in Path(str(resources.files("govparse"))).rglob("*.py"):  # every stage's package
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)
    return names


def check() -> list[str]:
    """Problems in the data: repeated words, unread sections, contradicting overlaps.

    >>> check()
    []
    """
    problems = []
    sections = _sections()
    for name, lines in sections.items():
        keys = [line.partition("=")[0].strip() for line in lines] if "=" in "".join(lines) else _plain(name)
        seen: set[str] = set()
        for w in keys:
            if w in seen:
                problems.append(f"[{name}]: {w!r} listed twice")
            seen.add(w)
    read = _sections_read_by_code()
    problems += [f"[{name}]: no code reads this section" for name in sections
                 if name not in read and name != "disjoint"]
    for line in sections.get("disjoint", []):
        group = line.split()
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                problems += [f"[{a}] and [{b}] both list {w!r}" for w in sorted(words(a) & words(b))]
    seen_units: dict[str, int] = {}
    for i, row in enumerate(table("units.tsv")):
        for s in row[0].split():
            if s in seen_units:
                problems.append(f"units.tsv: {s!r} in rows {seen_units[s] + 1} and {i + 1}")
            seen_units[s] = i
    return problems
