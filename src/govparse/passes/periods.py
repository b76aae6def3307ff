"""Pass 5: the time each amount refers to, and what a change is measured against.

A report has two anchor years: the year it *reviews* (:func:`review_year`) and the year it
is *spoken* in. Words such as 去年 and 今年 count from the year spoken; 全年, 年末 and 上半年
mean the year of the part they sit in (the review part: the year reviewed; the plan part: the
year after it). The words are data (``lexicon.txt`` [period_meanings], [basis_words], [base_markers],
[forward_reports]); ISO 8601 comes out: ``2022``, ``2018/2022``, ``2022-01/2022-10``.

>>> from govparse.text import normalize
>>> from govparse.document import Document
>>> doc = Document.build(normalize("2022年1-10月，完成投资3亿元，同比增长5%。上半年新增就业100人。"))
>>> [(t.start, t.period, t.base) for t in times(doc.view, Years(2022, 2022))]
[(0, '2022-01/2022-10', False), (26, '2022-01/2022-06', False)]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

import attrs

from .. import lexicon
from ..document import Document
from ..quantities.numerals import DIGITS
from ..quantities.reading import Reading

__all__ = ["Years", "Time", "review_year", "times", "assign", "assign_bases", "five_year_plan"]

_YEAR = r"(?:1[89]|20)[0-9]{2}"
_CN_DIGIT = "〇零一二三四五六七八九"


@attrs.frozen
class Years:
    """The year a report reviews and the year it is spoken in (None where unknown)."""

    review: int | None
    spoken: int | None


@attrs.frozen
class Time:
    """A time expression in the view and the ISO period it names; ``base`` when 比/较 precede it."""

    start: int
    end: int
    period: str
    base: bool = False


def _cn_year(s: str) -> int:
    return int("".join(str(DIGITS[c]) for c in s))


def five_year_plan(n: int) -> str:
    """The years of the n-th five-year plan (十三五 → 2016/2020).

    >>> five_year_plan(13), five_year_plan(1)
    ('2016/2020', '1953/1957')
    """
    first = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)  # 1963–65 were no plan's years
    return f"{first}/{first + 4}"


def review_year(title: str | None, date: str | None, view: str, known: int | None = None) -> Years:
    """The year a report reviews: a year in its title, else a ``YYYY年工作回顾`` line, else its date.

    A forward report (政府工作报告) delivered in year Y reviews Y - 1 unless its title names the
    year; a summary dated in January–March reviews the year before. ``known`` (the
    caller's ``parse(..., year=)``) wins over all of these.

    >>> review_year("唐闸镇街道办事处2022年工作总结及2023年工作规划", "2023-01-06", "")
    Years(review=2022, spoken=2023)
    >>> review_year("政府工作报告", "2023-03-05", "")
    Years(review=2022, spoken=2023)
    >>> review_year(None, None, "各位代表：\\n一、2008年工作回顾\\n")
    Years(review=2008, spoken=2009)
    >>> review_year("汉滨区2025年政府工作报告", "2025-03-21", "")
    Years(review=2024, spoken=2025)
    """
    forward = bool(title) and lexicon.anywhere("forward_reports").search(title) is not None
    spoken = int(date[:4]) if date else None
    if known is not None:  # the caller's word; spoken in it, or the year after for a forward report
        forward = forward or _heading_year(view) == known
        return Years(known, spoken or (known + 1 if forward else known))
    m = re.search(rf"({_YEAR})年", title or "")
    if m:
        review = int(m.group(1))
        if forward and (spoken == review or _heading_year(view) == review - 1):
            review -= 1  # 汉滨区2025年政府工作报告, delivered in 2025: it reviews 2024
    elif date:
        review = spoken - 1 if forward or int(date[5:7]) <= 3 else spoken
    elif (m := _heading_year(view)) is not None:
        review, forward = m, True
    else:
        return Years(None, None)
    return Years(review, spoken if spoken else (review + 1 if forward else review))


_OPENING = 5000  # characters in which the most named year is the year reviewed, as a last resort


def _heading_year(view: str) -> int | None:
    """The year reviewed, from the first heading that tells it: 一、2008年工作回顾 (2008) or
    二、2008年主要任务 (2007); from the year that opens a review headed without one
    (一、去年工作回顾⏎2005年，…); else the latest year named twice in the opening (a review looks back).

    >>> _heading_year("一、去年工作回顾\\n\\n2005年，经济平稳较快发展。2006年是开局之年，2006年要…")
    2005
    """
    line = r"[^\n,，。;；]"  # a heading: one short line without a sentence's punctuation
    words, review = lexicon.alternation("plan_heading_words"), lexicon.alternation("review_words")
    m = re.search(rf"^{line}{{0,6}}?(?:(?P<r>{_YEAR})年{line}{{0,8}}(?:{review})|(?P<p>{_YEAR})年{line}{{0,16}}(?:{words}))"
                  rf"{line}{{0,20}}$", view, re.M)
    if m:
        return int(m.group("r")) if m.group("r") else int(m.group("p")) - 1
    # 一、去年工作回顾 with no year: the paragraph that opens the review names it (2005年，我国…)
    m = re.search(rf"^{line}{{0,12}}(?:{review}){line}{{0,8}}\n\s*({_YEAR})年", view, re.M)
    if m:
        return int(m.group(1))
    named = Counter(re.findall(rf"(?<![0-9])({_YEAR})年", view[:_OPENING]))
    return max((int(y) for y, n in named.items() if n >= 2), default=None)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = lexicon.alternation("period_meanings")
    cn = f"[{_CN_DIGIT}]{{4}}"
    first = set("0123456789十" + _CN_DIGIT) | lexicon.initials("period_meanings")
    return re.compile(
        lexicon.lookahead(first) +
        rf"(?:(?:(?P<y>{_YEAR})|(?P<cy>{cn}))年(?:(?P<ym1>[0-9]{{1,2}})[-—－~至到](?P<ym2>[0-9]{{1,2}})月)?"
        rf"|(?P<m1>[0-9]{{1,2}})[-—－~至到](?P<m2>[0-9]{{1,2}})月"
        rf"|(?P<fyp>十?[一二三四五六七八九]|十)五(?=”?(?:时期|期间|规划|计划|以来|末))"
        rf"|(?P<w>{words}))")


def _resolve(spec: str, years: Years, ctx: int | None) -> str | None:
    """A [period_meanings] spec (``now-1``, ``ctx``, ``ctx:01/06``, ``now-5/now-1``) as ISO 8601."""
    def year(term: str) -> int | None:
        anchor = years.spoken if term.startswith("now") else ctx
        if anchor is None:
            return None
        return anchor + int(term[3:] or 0)

    if ":" in spec:
        term, months = spec.split(":")
        y = year(term)
        a, b = months.split("/")
        return None if y is None else f"{y}-{a}/{y}-{b}"
    parts = [year(t) for t in spec.split("/")]
    if None in parts:
        return None
    return "/".join(str(p) for p in parts)


def times(view: str, years: Years, plan: int | None = None) -> list[Time]:
    """Every time expression in the view, in order, with its period."""
    spec = lexicon.mapping("period_meanings")
    out = []
    for m in _pattern().finditer(view):
        ctx = years.review + 1 if plan is not None and m.start() >= plan and years.review else years.review
        if m.group("y") or m.group("cy"):
            y = int(m.group("y")) if m.group("y") else _cn_year(m.group("cy"))
            period = f"{y}-{int(m.group('ym1')):02d}/{y}-{int(m.group('ym2')):02d}" if m.group("ym1") else str(y)
        elif m.group("m1"):
            period = None if ctx is None else f"{ctx}-{int(m.group('m1')):02d}/{ctx}-{int(m.group('m2')):02d}"
        elif m.group("fyp"):
            f = m.group("fyp")
            period = five_year_plan(10 * (f[0] == "十") + (DIGITS[f[-1]] if f != "十" else 0))
        else:
            period = _resolve(spec[m.group("w")], years, ctx)
        if period:
            base = lexicon.ending("base_markers").search(view, max(0, m.start() - 2), m.start()) is not None
            out.append(Time(m.start(), m.end(), period, base))
    return out


MAX_PARAGRAPH = 600  # a time said this far back in the paragraph still holds


def assign(doc: Document, rs: list[Reading], years: Years) -> list[Time]:
    """Give each reading its period: the last time expression before it in its paragraph
    (not one after 比/较, which is a base), else its part's year. A plan part's amount with
    an earlier time (去年…超收7239亿元) is marked ``past``: a quoted outcome, not a target.
    Returns the time expressions found, which :func:`assign_bases` reads again."""
    found = times(doc.view, years, doc.plan)
    ends = [t.end for t in found]
    for r in rs:
        floor = max(doc.view.rfind("\n", max(0, r.start - MAX_PARAGRAPH), r.start) + 1, r.start - MAX_PARAGRAPH)
        k = bisect_left(ends, r.start + 1) - 1
        while k >= 0 and found[k].start >= floor and found[k].base:
            k -= 1
        in_plan = doc.plan is not None and r.start >= doc.plan
        if k >= 0 and found[k].start >= floor:
            r.period = found[k].period
            r.past = in_plan and years.review is not None and _last_year(r.period) <= years.review
        elif years.review is not None:
            r.period = str(years.review + 1 if in_plan else years.review)
    return found


def _last_year(period: str) -> int:
    """The last year a period touches: 2018/2022 → 2022, 2022-01/2022-10 → 2022."""
    return int(re.findall(r"[0-9]{4}", period)[-1])


def assign_bases(doc: Document, rs: list[Reading], found: list[Time]) -> None:
    """For a growth or change: what it is measured against (yoy, mom, annual_avg, or a base year);
    ``found`` are the document's time expressions (:func:`assign` returns them)."""
    found = [t for t in found if t.base]
    ends = [t.end for t in found]
    for r in rs:
        if r.role in ("growth", "change") or r.growth:
            k = bisect_left(ends, r.start + 1) - 1
            base = found[k] if k >= 0 and found[k].start >= r.cstart else None
            r.basis, r.base_period = _basis(doc, r, base)


def _basis(doc: Document, r: Reading, base: Time | None) -> tuple[str | None, str | None]:
    """yoy, mom or annual_avg from the last basis word of the clause; else a base year (比2007年)."""
    k = doc.last_word("basis_words", r.cstart, r.start)
    if k is not None:
        word = lexicon.anywhere("basis_words").match(doc.view, k).group()
        return lexicon.mapping("basis_words")[word], None
    if base is not None:
        return "base", base.period
    return None, None
