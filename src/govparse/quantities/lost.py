"""The lost-number pass: units and classifiers that stand where a number was lost.

A copy that dropped its Arabic digits leaves ``一般公共预算收入亿元``: the unit is
still there, its number is not. govparse reports such a unit as a metric with
``missing`` set and no value, never a guessed one.

Strong signs count in any document: a unit after a magnitude (亿元, 万人), after
余 or after an approximation word (约亿元). Where a document shows at least
:data:`STRONG_SIGNS` of them, it lost its numbers (``Document.numbers_lost``) and a
classifier right after a word counts too (企业家 is a word; 企业 家 after a
lost digit is a count).

>>> from govparse.document import Document
>>> from govparse.text import normalize
>>> doc = Document.build(normalize("完成一般公共预算收入亿元,同比增长%。"))
>>> [(r.text(doc), r.missing) for r in lost_numbers(doc, [])]
[('亿元', True)]
"""
from __future__ import annotations

from decimal import Decimal
from bisect import bisect_left
from itertools import accumulate

from .. import lexicon
from ..document import Document
from .exclude import idiom_spans
from .numerals import MAGNITUDES, NUMERAL_CHARS
from .reading import Reading, approx_before
from .scan import REMAINDER, Candidate, orphan_units
from ..text import CJK
from .units import surfaces, to_canonical, unit_info

__all__ = ["lost_numbers", "STRONG_SIGNS"]

STRONG_SIGNS = 3
_MAGNITUDE_KINDS = ("money", "count", "area", "volume")  # 亿元, 万人, 万亩, 万方: lost amounts
_WEAK_KINDS = ("count", "area", "length", "duration")


def lost_numbers(doc: Document, taken: list[tuple[int, int]]) -> list[Reading]:
    """Readings (``missing``) of the units that stand where the text lost a number.

    ``taken`` holds the spans of every numeral the scan saw, excluded or not:
    a unit inside one is never a lost number. Sets ``doc.numbers_lost``.
    """
    view = doc.view
    busy = sorted(taken + idiom_spans(view))
    starts = [a for a, _ in busy]
    reach = list(accumulate((b for _, b in busy), max))  # furthest end among spans up to here

    def overlaps(s, e):
        k = bisect_left(starts, e) - 1  # spans starting before e
        return k >= 0 and reach[k] > s

    orphans = [o for o in orphan_units(view, strong_only=True) if not overlaps(o[0], o[1])]  # one scan
    strong = [r for o in orphans if (r := _strong(view, *o)) is not None]
    doc.numbers_lost = len(strong) >= STRONG_SIGNS
    vague = [r for o in orphans if (r := _vague(view, *o)) is not None]
    if not doc.numbers_lost:
        classes = [r for o in orphans if (r := _size_class(view, *o)) is not None]
        return sorted([magnitude_only(view, r) for r in strong] + vague + classes, key=lambda r: r.start)
    found = {r.end for r in strong}
    weak = [r for s, e, unit in orphan_units(view)
            if e not in found and not overlaps(s, e) and (r := _weak(view, s, e, unit)) is not None]
    return sorted(strong + weak, key=lambda r: r.start)


def _vague(view: str, s: int, e: int, unit: str) -> Reading | None:
    """上亿人, 数万亩: a vague amount, the magnitude with its approximation."""
    prev = view[s - 1:s]
    approx = lexicon.mapping("vague_magnitude").get(prev)
    if approx is None or e - s == len(unit):
        return None
    info = unit_info(unit)
    c = Candidate(s - 1, e, view[s - 1:e], None, s, None, unit, False, True, True)
    r = Reading(c, info, None, approx=approx)
    return _with_magnitude(view, r, s)


def _size_class(view: str, s: int, e: int, unit: str) -> Reading | None:
    """万吨级泊位: a bare magnitude and unit before 级 is a size class of 10^4 t, exact;
    亿元以上项目: before 以上 or 以下, a class bound of 10^8 yuan, over (under)."""
    if e - s == len(unit) or _blocked(view, s, unit):
        return None
    bound = next((w for w in lexicon.longest("class_bounds") if view.startswith(w, e)), None)
    if bound is None and not view.startswith(lexicon.longest("size_class_marks"), e):
        return None
    info = unit_info(unit)
    if info.kind == "count":
        return None
    approx = lexicon.mapping("approx_after")[bound] if bound else "exact"
    r = Reading(Candidate(s, e, view[s:e], None, s, None, unit, False, True, True), info, None, approx=approx)
    return _with_magnitude(view, r, s, warn=False)  # a class is named by its magnitude: nothing lost


def magnitude_only(view: str, r: Reading) -> Reading:
    """In a complete text, 超过万亿元 is no lost number: it is 10^12 yuan, over."""
    if r.approx == "exact" or not r.c.magnitude:
        return r
    r.missing = False
    k = r.c.number_end
    while k < r.c.end and view[k] not in MAGNITUDES:  # 余万吨: the magnitude follows 余
        k += 1
    return _with_magnitude(view, r, k)


def _with_magnitude(view: str, r: Reading, mag_start: int, warn: bool = True) -> Reading:
    """Give ``r`` the value of the bare magnitude at ``mag_start`` in its unit (with the
    warning ``magnitude_only`` when ``warn``)."""
    value = Decimal(1)
    k = mag_start
    while k < len(view) and view[k] in MAGNITUDES:
        value *= MAGNITUDES[view[k]]
        k += 1
    r.values = (to_canonical(value, r.info),)
    c = r.c
    r.c = Candidate(c.start, c.end, c.text, r.values, k, c.suffix, c.unit, c.approx_in, c.chinese, True)
    if warn:
        r.warnings = r.warnings + ("magnitude_only",)
    return r


def _blocked(view: str, s: int, unit: str) -> bool:
    """A digit, a numeral or 第/每 right before the unit, or a word that ends in it (住户)."""
    prev = view[s - 1] if s else ""
    if prev and (prev.isdigit() or prev in NUMERAL_CHARS or prev in lexicon.words("not_lost_after")
                 or (prev.isascii() and prev.isalnum())):  # 25l亿元: a garbled number, not a lost one
        return True
    return (prev + unit) in lexicon.words("classifier_tail_words")


def _approx_at(view: str, s: int) -> tuple[int, str | None]:
    """Where a lost amount starts and its approximation: 余 joins it (余万元), 约 qualifies it."""
    if view[s - 1:s] == REMAINDER and not (s >= 2 and (view[s - 2] in NUMERAL_CHARS or view[s - 2].isdigit())):
        return s - 1, "over"
    return s, approx_before(view, s)


def _strong(view: str, s: int, e: int, unit: str) -> Reading | None:
    """A lost number after 余, an approximation word or with a magnitude, or None."""
    if _blocked(view, s, unit):
        return None
    info = unit_info(unit)
    has_mag = e - s > len(unit)
    start, approx = _approx_at(view, s)
    if approx is None and not _magnitude_amount(view, s, e, unit, info.kind):
        return None
    if approx is not None and not has_mag and unit in surfaces("common"):
        return None  # 富余人员, 超支, 其余部分: words, not 余人 or 超支 with a number lost
    c = Candidate(start, e, view[start:e], None, start if start < s else s, None, unit, False, False, has_mag)
    return Reading(c, info, None, approx=approx or "exact", missing=True)


def _magnitude_amount(view: str, s: int, e: int, unit: str, kind: str) -> bool:
    """亿元, 万人, 万亩: a magnitude and a unit with nothing before, not an adjective
    (万元GDP, 亿元级, 每万人, 单位万元)."""
    if e - s == len(unit) or kind not in _MAGNITUDE_KINDS:
        return False
    nxt = view[e:e + 2]
    return not (nxt.startswith(lexicon.longest("magnitude_unit_followers"))
                or (nxt[:1].isascii() and nxt[:1].isalpha())
                or view[max(0, s - 2):s].endswith(lexicon.longest("magnitude_unit_leaders")))


def _weak(view: str, s: int, e: int, unit: str) -> Reading | None:
    """In a document that lost its numbers: a classifier right after a word, or None."""
    if _blocked(view, s, unit):
        return None
    info = unit_info(unit)
    if _approx_at(view, s)[1] is not None or _magnitude_amount(view, s, e, unit, info.kind):
        return None  # a strong sign, judged by _strong
    if not CJK.match(view[s - 1] if s else " "):
        return None
    if (unit + view[e:e + 1]) in lexicon.words("classifier_words"):
        return None
    if view[max(0, s - 2):s + len(unit)] in lexicon.words("classifier_tail_words"):
        return None
    if info.kind not in _WEAK_KINDS or unit in surfaces("common"):
        return None
    return Reading(Candidate(s, e, view[s:e], None, s, None, unit), info, None, missing=True)
