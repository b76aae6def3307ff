"""Pass 6: the standard indicator a metric's name stands for (``data/indicators.tsv``).

Names stay as written; ``indicator`` is a stable id beside them, so amounts from
different reports (国内生产总值, 地区生产总值, GDP) group together.

>>> lookup("地区生产总值", "money"), lookup("全市规上工业增加值", "percent")
('gdp', 'industrial_value_added_above_scale')
>>> lookup("城镇调查失业率", "percent"), lookup("城镇调查失业率", "money") is None
('surveyed_unemployment', True)
>>> INDICATORS["cpi"].english
'consumer price index'
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from importlib import resources

import attrs

from .. import lexicon
from ..kinds import KINDS
from ..quantities.reading import Reading

__all__ = ["Indicator", "INDICATORS", "lookup", "assign", "resolve"]

_RATES = ("percent", "percentage_point", "multiple")


@attrs.frozen
class Indicator:
    id: str
    name: str
    english: str
    aliases: tuple[str, ...]
    kind: str


def _load() -> dict[str, Indicator]:
    out: dict[str, Indicator] = {}
    text = resources.files("govparse").joinpath("data/indicators.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5 or cells[4] not in KINDS or cells[0] in out:
            raise ValueError(f"indicators.tsv line {n}: expected id, name, English, aliases, kind: {line!r}")
        iid, name, english, aliases, kind = cells
        out[iid] = Indicator(iid, name, english, tuple(dict.fromkeys([name, *aliases.split("|")])), kind)
    return out


INDICATORS: dict[str, Indicator] = _load()


def resolve(given: str) -> str:
    """The indicator id a user means: matched without regard to case, or by a Chinese name.

    >>> resolve("GDP"), resolve("国内生产总值")
    ('gdp', 'gdp')
    >>> resolve("gpd")
    Traceback (most recent call last):
    ...
    ValueError: unknown indicator 'gpd'; did you mean gdp? (all ids: govparse.passes.indicators.INDICATORS)
    """
    key = given.strip()
    if key.lower() in INDICATORS:
        return key.lower()
    if key in _by_alias():
        return _by_alias()[key]
    near = difflib.get_close_matches(key.lower(), list(INDICATORS), n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(near)}? " if near else ""
    raise ValueError(f"unknown indicator {given!r}; {hint}(all ids: govparse.passes.indicators.INDICATORS)")


@lru_cache(maxsize=1)
def _by_alias() -> dict[str, str]:
    table: dict[str, str] = {}
    for ind in INDICATORS.values():
        for alias in ind.aliases:
            if table.setdefault(alias, ind.id) != ind.id:
                raise ValueError(f"indicators.tsv: {alias} is an alias of {table[alias]} and {ind.id}")
    return table


@lru_cache(maxsize=1)
def _qualifiers() -> re.Pattern:
    return re.compile("^(?:" + lexicon.alternation("indicator_qualifiers") + ")+")


@lru_cache(maxsize=8192)
def lookup(name: str | None, kind: str) -> str | None:
    """The indicator id of a metric named ``name`` whose amount is of ``kind``, or None.

    A rate (percent, points, multiple) may measure any indicator (国内生产总值增长5%);
    an amount must be of the indicator's own kind.
    """
    if not name:
        return None
    key = _qualifiers().sub("", name.replace("的", "")) or name
    iid = _by_alias().get(key)
    if iid is None:
        return None
    own = INDICATORS[iid].kind
    if own == "percent":
        return iid if kind in ("percent", "percentage_point") else None
    return iid if kind == own or kind in _RATES else None


def assign(rs: list[Reading]) -> None:
    """Give every named reading its indicator."""
    for r in rs:
        r.indicator = lookup(r.name, r.kind)
