"""A cheap pass over the normalized view that finds where quantities may be.

A regular expression built from the unit and classifier data finds numeral runs
with what follows them (a unit, %, 个百分点, 倍) and units that stand alone
where a number may have been lost. Only these candidates reach the Lark parser;
the rest of the text never does.

>>> [(c.text, c.values) for c in candidates("完成收入3.4亿元,增长14.69%,84-86周岁。")]
[('3.4亿元', (Decimal('340000000'),)), ('14.69%', (Decimal('14.69'),)), ('84-86周岁', (Decimal('84'), Decimal('86')))]
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from .grammar import Parsed, parse_quantity
from .numerals import (APPROX_CLASS, DASH_CLASS, DIGITS, MAG_CLASS, MAGNITUDES, NONZERO_CLASS, PLACE_CLASS, PLACES,
                       POINT_CLASS, SIGN_CLASS, SIGNS)
from .units import surfaces

__all__ = ["Candidate", "candidates", "orphan_units", "unit_alternation", "vague_prefix", "REMAINDER"]

_ARABIC = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_CN = "".join(sorted(set(DIGITS) | set(PLACES) | set(MAGNITUDES)))
_MAX_EXPRESSION = 48
REMAINDER = "余"  # the one approximation word that still stands where a lost number was (余万元)
# a bare number counts only when a magnitude ends it (1000万); others are dates, codes, ordinals
_ENDS_IN_MAGNITUDE = re.compile(f"(?:[0-9]|{NONZERO_CLASS}|{PLACE_CLASS}){MAG_CLASS}$")
_HAS_MAGNITUDE = re.compile(MAG_CLASS)


def _run() -> str:
    """A numeral run; a numeral character that begins a unit (千米, 千瓦时) ends it."""
    units = [u for u in surfaces() if u[0] in _CN]
    guard = "(?!" + "|".join(map(re.escape, units)) + ")" if units else ""
    capital = lexicon.words("capital_numerals")
    plain = "".join(sorted((set(DIGITS) | set(PLACES)) - capital))  # 万 or 亿 alone is no number
    cap = "".join(sorted(capital))
    digit = "".join(sorted(DIGITS))
    return (rf"(?:{_ARABIC}|{guard}[{plain}]|[{cap}](?=[{_CN}]))(?:{_ARABIC}|{guard}[{_CN}]|{APPROX_CLASS}"
            rf"|{POINT_CLASS}(?=[{digit}]))*+")  # possessive: no backtracking state per character


@lru_cache(maxsize=1)
def vague_prefix() -> re.Pattern:
    """A vague 数/几/上 that opens a number, which is then read as its lower bound, over.

    >>> [bool(vague_prefix().match(s)) for s in ("数十亿元", "几百人", "几十三", "上千家", "上海")]
    [True, True, False, True, False]
    """
    return re.compile(_vague_prefix())


def _vague_prefix() -> str:
    """数/几/上 before 十, 百 or 千 that a digit does not follow (数十亿, 几百人; not 人数十三万)."""
    vague = "".join(sorted(lexicon.words("vague_numerals")))
    nouns = "".join(sorted({w[0] for w in lexicon.words("count_nouns")}))
    places = "".join(c for c, v in PLACES.items() if v in (10, 100, 1000))
    digits = "".join(sorted(DIGITS))
    return rf"(?<![{nouns}])[{vague}](?=[{places}](?![分{digits}0-9]))"


@lru_cache(maxsize=1)
def unit_alternation() -> str:
    """Every unit and classifier as a regex alternation, longest first."""
    return "|".join(re.escape(u) for u in lexicon.longest_first(surfaces()))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    suffix = rf"%|‰|个百分点|百分点|个千分点|千分点|倍|{unit_alternation()}"
    run = _run()
    # every character an expression can begin with: the engine skips all others at once (8x on reports)
    first = set("0123456789") | set(_CN) | lexicon.words("capital_numerals") | set(SIGNS) \
        | lexicon.words("vague_numerals") | {"百", "千"}
    return re.compile(
        lexicon.lookahead(first) +
        # a malformed number (1.2.3亿元) starts only where a run of digits and dots starts, and
        # takes its dotted run possessively: "1." repeated is scanned once, not once per digit
        rf"(?:(?<![0-9.])(?P<bad>[0-9]++(?:\.[0-9]++){{2,}}+{MAG_CLASS}*)(?P<bsuffix>{suffix})"
        rf"|(?P<pct>(?:百分之|千分之|万分之)(?:{_ARABIC}|(?:[{_CN}]|{POINT_CLASS})+)"
        rf"(?:{DASH_CLASS}(?:百分之|千分之|万分之)?(?:{_ARABIC}|(?:[{_CN}]|{POINT_CLASS})+)(?![0-9{_CN}年月日]))?)"
        rf"|(?P<frac>(?<![{_CN}])(?:[0-9]+|[{_CN}]{{1,4}})分之(?:[0-9]+|[{_CN}]{{1,4}}))"  # 三分之一
        rf"|(?P<tenths>(?<![{_CN}0-9])[{_TENTHS}]成(?!{_not_tenths()}))"  # 两成, 近三成
        rf"|(?P<hundred>百分百)"
        rf"|(?P<p1>(?>{run}))(?P<pct1>[%‰])(?P<pdash>{DASH_CLASS})(?P<p2>(?>{run})(?P=pct1))"
        rf"|(?P<num>(?:{SIGN_CLASS}(?=[0-9{_CN}]))?(?P<vague>{_vague_prefix()})?{run}(?:{DASH_CLASS}{run})?)"
        rf"(?P<suffix>{suffix})?)"
    )


_TENTHS = "一二两三四五六七八九"


def _not_tenths() -> str:
    return "[" + "".join(sorted(lexicon.words("not_tenths"))) + "]"


def _unit_start() -> str:
    """A lookahead for the characters a unit or a magnitude begins with."""
    return lexicon.lookahead({u[0] for u in surfaces()} | set(MAGNITUDES))


@lru_cache(maxsize=1)
def _orphan_pattern() -> re.Pattern:
    return re.compile(_unit_start() + rf"(?:(?<!{MAG_CLASS}){MAG_CLASS}++)?(?P<unit>" + unit_alternation() + ")")


class Candidate(NamedTuple):  # a tuple: made for every numeral the scan finds, so made cheaply
    """A quantity the scan found, in view coordinates.

    ``number_end`` is where the number stops and the unit begins; ``unit`` is the
    unit or classifier as the view writes it (None for a bare number with a
    magnitude, like 1000万), ``suffix`` the grammar's suffix kind. A range is one candidate with two values.
    """

    start: int
    end: int
    text: str
    values: tuple[Decimal, ...] | None
    number_end: int
    suffix: str | None
    unit: str | None
    approx_in: bool = False
    chinese: bool = False
    magnitude: bool = False
    first_end: int | None = None  # a range (84-86周岁): where its first end stops …
    second_start: int | None = None  # … and where its second end starts
    malformed: bool = False  # 1.2.3亿元: a unit with a number that reads no way; values is None

    @property
    def value(self) -> Decimal | None:
        """The value of a single amount, or of a range's first end."""
        return self.values[0] if self.values else None

    def ends(self) -> tuple[tuple[int, int], ...]:
        """The view spans of the amount: one, or two for a range (84 and 86周岁)."""
        if self.first_end is None:
            return ((self.start, self.end),)
        return ((self.start, self.first_end), (self.second_start, self.end))


def candidates(view: str) -> Iterator[Candidate]:
    """Numeral expressions with a unit, percent, multiple or magnitude."""
    for m in _pattern().finditer(view):
        start, end = m.span()
        if end - start > _MAX_EXPRESSION:
            continue  # 一一一… for a page: no amount is written that long
        if m.group("bad"):
            yield _malformed(m, start, end, m.group("bsuffix"), m.start("bsuffix"))
            continue
        prev = view[start - 1] if start else ""
        if prev and (prev.isascii() and (prev.isalnum() or prev in "._/")):
            continue  # PM2.5, 1.2.3亿元, 4S, version numbers: not a quantity here
        if m.group("p1"):
            c = _percent_range(m)
            if c is not None:
                yield c
            continue
        if m.group("num") is not None and m.group("suffix") is None:
            num = m.group("num")
            if not _ENDS_IN_MAGNITUDE.search(num):
                continue  # a bare number: a date, a code, an ordinal
        vague = m.group("vague")
        try:  # a vague 数/几/上 is no part of the number: 数十亿 is read as 十亿, over
            parsed: Parsed = parse_quantity(m.group()[len(vague):] if vague else m.group())
        except ValueError:
            if m.group("suffix") and _ANY_DIGIT.search(m.group()):  # 2兆20000亿元: a number that reads no way
                yield _malformed(m, start, end, m.group("suffix"), m.start("suffix"))
            continue
        suffix_start = m.start("suffix") if m.group("suffix") else end
        if m.group("pct") or m.group("hundred"):
            suffix_start = end
        unit = m.group("suffix") if parsed.suffix == "unit" else None
        has_mag = bool(_HAS_MAGNITUDE.search(m.group("num") or ""))
        values = parsed.values
        first_end = start + parsed.first_end if len(values) == 2 else None
        second = start + parsed.split if len(values) == 2 else None
        yield Candidate(start, end, m.group(), values, suffix_start, parsed.suffix, unit,
                        parsed.approx_in or bool(vague), parsed.chinese, has_mag, first_end, second)


_SUFFIX_KINDS = {"%": "percent", "‰": "percent", "个百分点": "percentage_point", "百分点": "percentage_point",
                 "个千分点": "percentage_point", "千分点": "percentage_point", "倍": "multiple"}
_ANY_DIGIT = re.compile("[0-9]")


def _malformed(m: re.Match, start: int, end: int, suffix: str, suffix_start: int) -> Candidate:
    """A unit or sign whose number reads no way (1.2.3亿元): kept, with no value, never dropped."""
    return Candidate(start, end, m.group(), None, suffix_start, _SUFFIX_KINDS.get(suffix, "unit"),
                     None if suffix in _SUFFIX_KINDS else suffix, malformed=True)


def _percent_range(m: re.Match) -> Candidate | None:
    """6%－6.5%: a range whose ends both carry the percent sign."""
    try:
        parsed = parse_quantity(m.group("p1") + m.group("pdash") + m.group("p2"))
    except ValueError:
        return None
    values = parsed.values
    return Candidate(m.start(), m.end(), m.group(), values, m.end() - 1, parsed.suffix, None, parsed.approx_in,
                     parsed.chinese, False, m.end("pct1"), m.start("p2"))


@lru_cache(maxsize=1)
def _strong_orphan_pattern() -> re.Pattern:
    # after 余, an approximation word's last character, or a magnitude
    lead = "".join(sorted({w[-1] for w in lexicon.mapping("approx_before")} | {REMAINDER}))
    alt = unit_alternation()
    # a run of magnitudes is taken whole from its start only: 万 repeated is scanned once, not once per 万
    return re.compile(_unit_start() + rf"(?:(?<!{MAG_CLASS}){MAG_CLASS}++(?P<unit>{alt})|(?<=[{lead}])(?P<bare>{alt}))")


def orphan_units(view: str, strong_only: bool = False) -> Iterator[tuple[int, int, str]]:
    """Units or classifiers in the view, with any magnitude before it (万人, 亿元).

    Yields ``(start, end, unit)``; :mod:`govparse.semantics` decides which stand
    where a number was lost. ``strong_only`` keeps those after a magnitude, 余
    or an approximation word: the only ones that can be lost numbers in a
    document that otherwise kept its numbers.
    """
    pattern = _strong_orphan_pattern() if strong_only else _orphan_pattern()
    for m in pattern.finditer(view):
        yield m.start(), m.end(), m.group("unit") or m.group("bare") if strong_only else m.group("unit")
