"""Word lists that steer the parser, read from ``data/lexicon.txt``.

The file is data, not code: a section ``[name]`` holds either words separated by
white space, or ``word = value`` lines. Loaded once, on first use.

>>> "家" in classifiers()
True
>>> mapping("approx_before")["约"]
'about'
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    text = resources.files("govparse").joinpath("data/lexicon.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"lexicon.txt: line outside a section: {raw!r}")
        current.append(line)
    return sections


@lru_cache(maxsize=None)
def words(section: str) -> frozenset[str]:
    """The words of a plain section, as a set."""
    return frozenset(w for line in _sections()[section] for w in line.split())


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


def classifiers() -> frozenset[str]:
    """Classifiers (量词) that make a number a count."""
    return words("classifiers")


def longest_first(items) -> list[str]:
    """Sort words longest first, so an alternation prefers 平方公里 to 平方.

    >>> longest_first(["平方", "平方公里", "米"])
    ['平方公里', '平方', '米']
    """
    return sorted(set(items), key=lambda w: (-len(w), w))
