"""A cheap pass over the normalized view that finds where quantities may be.

A regular expression built from the unit and classifier data finds numeral runs
with what follows them (a unit, %, 个百分点, 倍) and units that stand alone
where a number may have been lost. Only these candidates reach the Lark parser;
the rest of the text never does.

>>> [(c.text, c.value) for c in candidates("完成收入3.4亿元,增长14.69%。")]
[('3.4亿元', Decimal('340000000')), ('14.69%', Decimal('14.69'))]
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

import attrs

from . import lexicon
from .numbers import Parsed, _normal, parse_quantity

__all__ = ["Candidate", "candidates", "orphan_units", "NUMERAL_CHARS"]

NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_CN = "零〇一二两三四五六七八九十百千万亿"


def _run() -> str:
    """A numeral run; a numeral character that begins a unit (千米, 千瓦时) ends it."""
    units = [u for u in lexicon.mapping("units") if u[0] in _CN]
    guard = "(?!" + "|".join(map(re.escape, units)) + ")" if units else ""
    cn = rf"{guard}[{_CN}]"
    first = rf"{guard}[{_CN.replace('万', '').replace('亿', '')}]"  # 万 or 亿 alone is no number
    return rf"(?:{_ARABIC}|{first})(?:{_ARABIC}|{cn}|[余多]|点(?=[零〇一二三四五六七八九]))*"
_RANGE = r"[-—~～至到]"
_MAX_EXPRESSION = 48


@lru_cache(maxsize=1)
def _unit_alternation() -> str:
    """Every unit and classifier as a regex alternation, longest first."""
    units = lexicon.longest_first(list(lexicon.mapping("units")) + list(lexicon.classifiers()))
    return "|".join(re.escape(u) for u in units)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    unit_alt = _unit_alternation()
    suffix = rf"%|‰|个百分点|百分点|倍|{unit_alt}"
    run = _run()
    return re.compile(
        rf"(?P<bad>[0-9]+(?:\.[0-9]+){{2,}}[万亿]*)(?P<bsuffix>{suffix})"
        rf"|(?P<pct>(?:百分之|千分之)(?:{_ARABIC}|[{_CN}点]+))"
        rf"|(?P<hundred>百分百)"
        rf"|(?P<num>(?:[-+负](?=[0-9{_CN}]))?{run}(?:{_RANGE}{run})?)(?P<suffix>{suffix})?"
    )


@lru_cache(maxsize=1)
def _orphan_pattern() -> re.Pattern:
    return re.compile(r"(?:[万亿]+)?(?:" + _unit_alternation() + ")")


@attrs.frozen
class Candidate:
    """A quantity the scan found, in view coordinates.

    ``number_end`` is where the number stops and the unit begins; ``unit`` is the
    unit or classifier as the view writes it (None for a bare number with a
    magnitude, like 1000万), ``suffix`` the grammar's suffix kind.
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    number_end: int
    suffix: str | None
    unit: str | None
    approx_in: bool = False
    chinese: bool = False
    magnitude: bool = False
    range_part: int = 0  # 1 or 2 for the halves of a range, else 0
    malformed: bool = False  # 1.2.3亿元: a unit with a number that reads no way; value is None


def candidates(view: str) -> Iterator[Candidate]:
    """Numeral expressions with a unit, percent, multiple or magnitude."""
    for m in _pattern().finditer(view):
        start, end = m.span()
        if end - start > _MAX_EXPRESSION:
            continue  # 一一一… for a page: no amount is written that long
        if m.group("bad"):
            suffix = m.group("bsuffix")
            kind = {"%": "percent", "个百分点": "percentage_point", "百分点": "percentage_point", "倍": "multiple"}
            yield Candidate(start, end, m.group(), None, m.start("bsuffix"), kind.get(suffix, "unit"),
                            None if suffix in kind else suffix, malformed=True)
            continue
        prev = view[start - 1] if start else ""
        if prev and (prev.isascii() and (prev.isalnum() or prev in "._/")):
            continue  # PM2.5, 1.2.3亿元, 4S, version numbers: not a quantity here
        if m.group("num") is not None and m.group("suffix") is None:
            num = m.group("num")
            if not re.search(r"[0-9一二两三四五六七八九十百千][万亿]$", num):
                continue  # a bare number: a date, a code, an ordinal
        try:
            parsed: Parsed = parse_quantity(m.group())
        except ValueError:
            continue
        suffix_start = m.start("suffix") if m.group("suffix") else end
        if m.group("pct") or m.group("hundred"):
            suffix_start = end
        unit = m.group("suffix") if parsed.suffix == "unit" else None
        has_mag = bool(re.search(r"[万亿]", m.group("num") or ""))
        if len(parsed.values) == 2:
            first_end = start + parsed.first_end
            yield Candidate(start, first_end, view[start:first_end], _normal(parsed.values[0]),
                            first_end, parsed.suffix, unit, parsed.approx_in, parsed.chinese, has_mag, 1)
            second = start + parsed.split
            yield Candidate(second, end, view[second:end], _normal(parsed.values[1]), suffix_start,
                            parsed.suffix, unit, parsed.approx_in, parsed.chinese, has_mag, 2)
            continue
        yield Candidate(start, end, m.group(), _normal(parsed.values[0]), suffix_start, parsed.suffix,
                        unit, parsed.approx_in, parsed.chinese, has_mag)


@lru_cache(maxsize=1)
def _strong_orphan_pattern() -> re.Pattern:
    # after 余, an approximation word's last character, or a magnitude
    lead = "".join(sorted({w[-1] for w in lexicon.mapping("approx_before")} | {"余"}))
    alt = _unit_alternation()
    return re.compile(rf"[万亿]+(?:{alt})|(?<=[{lead}])(?:{alt})")


def orphan_units(view: str, strong_only: bool = False) -> Iterator[tuple[int, int, str]]:
    """Units or classifiers in the view, with any magnitude before it (万人, 亿元).

    Yields ``(start, end, unit)``; :mod:`govparse.semantics` decides which stand
    where a number was lost. ``strong_only`` keeps those after a magnitude, 余
    or an approximation word: the only ones that can be lost numbers in a
    document that otherwise kept its numbers.
    """
    pattern = _strong_orphan_pattern() if strong_only else _orphan_pattern()
    for m in pattern.finditer(view):
        text = m.group()
        unit = text.lstrip("万亿")
        yield m.start(), m.end(), unit
