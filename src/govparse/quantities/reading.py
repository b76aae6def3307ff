"""The first pass: what each candidate reads as, before its role and name.

For every candidate of the scan that is a quantity, a :class:`Reading` holds
the unit in context (a bare 1000万 of a fund is money; 万方 of floor space is
m**2), the values in the canonical unit, the approximation, the classifier as
written and any warning. Roles and names are filled in by later passes.

>>> from govparse.document import Document
>>> from govparse.text import normalize
>>> doc = Document.build(normalize("设立基金1000万,约3亿-5亿元,新建住宅2万方。"))
>>> [(r.text(doc), r.values, r.info.unit, r.approx) for r in read(doc, [])]
[('1000万', (Decimal('10000000'),), 'CNY', 'exact'), ('3亿-5亿元', (Decimal('300000000'), Decimal('500000000')), 'CNY', 'about'), ('2万方', (Decimal('20000'),), 'm**2', 'exact')]
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import attrs

from .. import lexicon
from ..document import Document
from .exclude import reason as exclusion
from .scan import Candidate, candidates, unit_alternation
from ..text import DAMAGE
from .numerals import normal, trailing_magnitude
from .units import WRITTEN_SUFFIXES, UnitInfo, surfaces, to_canonical, unit_info

__all__ = ["Reading", "read", "order", "approximation", "approx_before", "approx_is_word", "as_written", "written_form"]


@attrs.define
class Reading:
    """One amount (or a range: one reading, two values) as the passes see it."""

    c: Candidate
    info: UnitInfo
    values: tuple[Decimal, ...] | None
    approx: str = "exact"
    role: str = "value"
    name: str | None = None
    missing: bool = False
    warnings: tuple[str, ...] = ()
    growth: bool = False  # a rate of change, even when a later rule makes it a target
    cstart: int = 0  # where its clause starts (not before the reading before it): set by order()
    period: str | None = None  # ISO 8601 (2022, 2018/2022, 2022-01/2022-10): set by periods
    basis: str | None = None  # yoy, mom, annual_avg or base, for a growth or change
    base_period: str | None = None  # the base of basis "base" (比2007年 → 2007)
    indicator: str | None = None  # a standard indicator's id: set by indicators
    past: bool = False  # in the plan part but about an earlier time (去年…): set by periods

    @property
    def start(self) -> int:
        return self.c.start

    @property
    def end(self) -> int:
        return self.c.end

    @property
    def kind(self) -> str:
        return self.info.kind

    @property
    def value(self) -> Decimal | None:
        return self.values[0] if self.values else None

    def negate(self) -> None:
        """Sign the amount as a fall (下降28% → -28); a range's ends both fall."""
        if self.values:
            self.values = tuple(-v if v > 0 else v for v in self.values)

    def text(self, doc: Document) -> str:
        return doc.view[self.c.start:self.c.end]


_LOCAL_YUAN = {"MOP": ("CNY", "AUD")}  # Macau writes its pataca 澳元 too


def read(doc: Document, seen: list[tuple[int, int]]) -> list[Reading]:
    """Readings of the candidates that are quantities; ``seen`` collects every candidate's span."""
    view = doc.view
    out: list[Reading] = []
    found = list(candidates(view))
    for k, c in enumerate(found):
        seen.append((c.start, c.end))
        if exclusion(view, c) or (doc.claimed and doc.claims(c.start, c.end)):
            continue  # not a quantity, or a table's cell that the table reading stands for
        if c.unit is None and c.suffix is None and not view[c.end:].strip():
            continue  # 增收4,376万 where an excerpt ends: its unit was cut off with the rest
        info = _unit_for(doc, c) or _list_unit(view, found, k) or _bare_count(c)
        if info is None:
            continue
        if info.kind == "money" and view[c.end:c.end + 1] == "/":
            c, info = _per_unit(view, c, info)
        if doc.currency != "CNY" and info.unit in _LOCAL_YUAN.get(doc.currency, ("CNY",)):
            info = attrs.evolve(info, unit=doc.currency)  # 元 in a report of Taiwan, Hong Kong or Macau
        if c.malformed:
            out.append(Reading(c, info, None, warnings=("malformed_number",)))
            continue
        damaged = _damaged_start(view, c.start)
        if damaged is not None:  # 12�0亿元: no value, never 0亿元
            whole = c._replace(start=damaged, text=view[damaged:c.end], first_end=None, second_start=None)
            out.append(Reading(whole, info, None, warnings=("damaged_number",)))  # one amount, no range ends
            continue
        values = c.values if info.kind == "temperature" else tuple(to_canonical(v, info) for v in c.values)
        r = Reading(c, info, values, warnings=_broken_warning(view, c.start))
        r.approx = approximation(view, c.start, c.end, c.approx_in, info.kind)
        out.append(r)
    return out


def _damaged_start(view: str, start: int) -> int | None:
    """Where a number that a damaged character broke starts (12�0亿元: at 1), or None."""
    k = start
    while k > 0 and (view[k - 1] in _NUMBER_CHARS or DAMAGE.match(view, k - 1)):
        k -= 1
    return k if k < start and DAMAGE.search(view, k, start) and any(ch.isdigit() for ch in view[k:start]) else None


_NUMBER_CHARS = frozenset("0123456789.,")


def _per_unit(view: str, c: Candidate, info: UnitInfo) -> tuple[Candidate, UnitInfo]:
    """5.4亿元/平方公里 → CNY/m**2, 300元/人 → CNY/count: money per unit keeps both units."""
    m = _per_pattern().match(view, c.end + 1)
    if not m:
        return c, info
    per = unit_info(m.group())
    per_unit = "count" if per.kind == "count" else per.unit
    compound = attrs.evolve(info, unit=f"{info.unit}/{per_unit}", factor=info.factor / per.factor,
                            surface=f"{info.surface}/{m.group()}")
    return c._replace(end=m.end(), text=view[c.start:m.end()]), compound


@lru_cache(maxsize=1)
def _per_pattern() -> re.Pattern:
    return re.compile(unit_alternation())


def _list_unit(view: str, found: list[Candidate], k: int) -> UnitInfo | None:
    """10.6万、3.8万、3.3万平方公里: bare numbers listed with 、 take the unit that ends the list."""
    c = found[k]
    if c.unit is not None or c.suffix is not None or not c.magnitude:
        return None
    for nxt in found[k + 1:k + 12]:
        if view[c.end:nxt.start] not in lexicon.words("list_joiners"):
            return None
        if nxt.unit is not None:
            return attrs.evolve(unit_info(nxt.unit), surface=nxt.unit)
        if nxt.suffix is not None or not nxt.magnitude:
            return None
        c = nxt
    return None


def order(doc: Document, readings: list[Reading]) -> list[Reading]:
    """The readings in document order, each knowing where its clause starts."""
    readings.sort(key=lambda r: r.start)
    prev_end = 0
    view = doc.view
    for r in readings:
        r.cstart = doc.clause_start(r.start, prev_end)
        # a size class (千万吨级炼油厂5个) belongs to the words of the count after it
        prev_end = r.start if view.startswith(lexicon.longest("size_class_marks"), r.end) else r.end
    return readings


def _unit_for(doc: Document, c: Candidate) -> UnitInfo | None:
    """The unit in context: a bare amount with a magnitude is money where the clause
    speaks of money; a floor-space unit (万方) is m**2 where it speaks of buildings."""
    if c.suffix in ("percent", "percentage_point", "multiple"):
        return unit_info(c.suffix)
    if c.unit is None:
        if c.magnitude and _any_in(doc.clause(c.start, c.end, 30, 20), "money_cues"):
            return unit_info("元")
        return None
    info = unit_info(c.unit)
    if c.unit in surfaces("floor") and _any_in(doc.clause(c.start, c.end, 20, 20), "floor_space_words"):
        info = attrs.evolve(unit_info("平方米"), surface=c.unit)
    return info


_BARE_COUNT = UnitInfo(surface="", unit="count", kind="count")
_ENDS_IN_MAGNITUDE = re.compile(r"[0-9][万亿][余多]?$")


def _bare_count(c: Candidate) -> UnitInfo | None:
    """贫困人口减少1000万以上, 解决了9748万农村人口: a magnitude with no unit, no money around it
    and no list to share a unit with, is a count with no classifier (the guide)."""
    return _BARE_COUNT if c.unit is None and c.suffix is None and c.magnitude and _ENDS_IN_MAGNITUDE.search(c.text) \
        else None


def _any_in(text: str, section: str) -> bool:
    return lexicon.anywhere(section).search(text) is not None


def as_written(view: str, r: Reading) -> tuple[tuple[Decimal, ...] | None, str | None]:
    """The values as written and their unit with its magnitude: 3.4亿元 → ((3.4,), "亿元");
    800亩 → ((800,), "亩"); 6.45‰ → ((6.45,), "‰"); a lost number → (None, None).

    >>> from govparse.document import Document
    >>> from govparse.text import normalize
    >>> doc = Document.build(normalize("收入3.4亿元,3万余册,提高3.2个百分点"))
    >>> [as_written(doc.view, r) for r in read(doc, [])]
    [((Decimal('3.4'),), '亿元'), ((Decimal('3'),), '万册'), ((Decimal('3.2'),), '个百分点')]
    """
    c = r.c
    if c.values is None or r.values is None:
        return None, None
    unit = c.unit or WRITTEN_SUFFIXES.get(c.suffix) or r.info.surface  # 投资1000万: 元 understood
    if "/" in r.info.surface:  # money per unit: 亿元/平方公里
        unit = r.info.surface
    return written_form(view[c.start:c.number_end], c.values, unit, c.text)


def written_form(number: str, values: tuple[Decimal, ...], unit: str, text: str) -> tuple[tuple[Decimal, ...], str]:
    """Values read from ``number`` (magnitudes applied) back as written, with the magnitudes
    joining ``unit``: ("3.4亿", 340000000, "元") → (3.4, "亿元"). In ``text`` written per mille
    (6.45‰, 个千分点) the values, read as percent, are given back per mille."""
    _, mags, scale = trailing_magnitude(number.rstrip("".join(lexicon.words("approx_in_number"))))
    out = values if scale == 1 else tuple(normal(v / scale) for v in values)  # the scan's values are normal
    if "‰" in text or "千分" in text:
        out, unit = tuple(normal(v * 10) for v in out), "‰" if unit == "%" else "个千分点"
    return out, mags + unit


def approximation(view: str, start: int, end: int, approx_in: bool, kind: str) -> str:
    """``exact``, ``about``, ``over`` or ``under`` from the words around the amount."""
    if approx_in:
        return "over"
    before = approx_before(view, start)
    if before:
        return before
    m = lexicon.anywhere("approx_after").match(view, end + 1 if view[end:end + 1] == ")" else end)
    if m is None or (m.group() in lexicon.words("approx_after_measures") and kind not in ("length", "area", "duration")):
        return "exact"  # 内 is "within" only of a distance, an area or a time
    return lexicon.mapping("approx_after")[m.group()]


def approx_before(view: str, start: int) -> str | None:
    """The approximation an approximation word right before ``start`` gives (约 → about)."""
    m = lexicon.ending("approx_before").search(view, max(0, start - 4), start)
    if m and not approx_is_word(view, m.start(), m.group()):
        return lexicon.mapping("approx_before")[m.group()]
    return None


def approx_is_word(view: str, at: int, w: str) -> bool:
    """True when approximation word ``w`` at ``at`` is the end of another word (签约)."""
    return len(w) == 1 and at > 0 and view[at - 1:at + 1] in lexicon.words("approx_word_exceptions")


def _broken_warning(view: str, start: int) -> tuple[str, ...]:
    """A number right after a line break that follows digits may be the tail of a
    number a copy broke apart (12.7⏎6亿元): the value stands, with a warning."""
    i = start
    while i > 0 and view[i - 1] in " \t\r":
        i -= 1
    if i > 0 and view[i - 1] == "\n":
        j = i - 1
        while j > 0 and view[j - 1] in " \t\r":
            j -= 1
        if j > 0 and (view[j - 1].isdigit() or view[j - 1] == "."):
            return ("number_may_continue_previous_line",)
    return ()
