"""Across reports of one region: ``revised`` (a figure for a period stated again in a later
report with another value: last year's outcome, revised in this year's report) and
``growth_levels`` (a nominal amount's growth in one report against its levels in that report
and the one before)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import attrs

from ..models import Report
from .. import lexicon
from .finding import Finding, checkable, disagree, interval

__all__ = ["check_series"]

_REVISION = Decimal("0.2")  # a revision moves a figure by less than a fifth


def _outcome(r: Report, m) -> bool:
    """A figure of a year the report looks back on (not a plan for one ahead of it)."""
    return r.year is not None and m.period[:4].isdigit() and int(m.period[:4]) <= r.year


def check_series(reports: Iterable[Report]) -> list[Finding]:
    """Figures of one region, indicator, name and period, looked back on, that two reports state
    differently.

    >>> import govparse
    >>> a = govparse.parse("2023年台州市政府工作报告\\n一、2022年工作回顾\\n全市地区生产总值6041亿元。", source="a")
    >>> b = govparse.parse("2024年台州市政府工作报告\\n一、2023年工作回顾\\n2022年全市地区生产总值6141亿元。", source="b")
    >>> [f.message for f in check_series([a, b])]
    ['revised: 浙江省台州市 gdp 2022: 6041亿元 (a), then 6141亿元 (b)']
    """
    cells: dict[tuple, list] = defaultdict(list)
    growths: dict[tuple, list] = defaultdict(list)
    for i, r in enumerate(reports):
        place = r.region.name if r.region is not None else r.issuer
        for m in r.metrics:
            if not (m.indicator and m.period and m.bound is None and checkable(m) and place and _outcome(r, m)):
                continue
            said = (r.source if r.source is not None else i, m)
            if m.role == "value":
                cells[(place, m.indicator, m.name, m.period, m.unit)].append(said)
            elif m.role == "growth" and m.unit == "percent" and m.basis in (None, "yoy") \
                    and not lexicon.anywhere("constant_prices").search(r.sentence(m)):  # 实际增长: real, not nominal
                growths[(place, m.indicator, m.name, m.period)].append(said)
    return _revised(cells) + _growth_across(cells, growths)


def _revised(cells: dict) -> list[Finding]:
    out = []
    for (place, indicator, _, period, _), said in cells.items():
        first_source, first = said[0]
        for source, m in said[1:]:
            if source == first_source:
                continue
            (lo1, hi1), (lo2, hi2) = interval(first), interval(m)
            if abs(m.value - first.value) > _REVISION * abs(first.value):
                continue  # six times the first figure is another quantity under one name, not a revision
            if hi1 < lo2 or hi2 < lo1:
                f = Finding("revised", (first, m), ((first.start, first.end), (m.start, m.end)), m.value, first.value,
                            (hi1 - lo1 + hi2 - lo2) / 2,
                            f"revised: {place} {indicator} {period}: {first.text} ({first_source}), then {m.text} ({source})")
                out.append(attrs.evolve(f, source=str(source)))
                break
    return out


def _growth_across(cells: dict, growths: dict) -> list[Finding]:
    """收入2023年420亿元，增长5% against 2022's 400亿元 in the report before: money at current prices."""
    constant = lexicon.anywhere("constant_prices")
    out = []
    for (place, indicator, name, period, unit), said in cells.items():
        if not period.isdigit() or said[0][1].kind != "money" or constant.search(name or ""):
            continue
        before = cells.get((place, indicator, name, str(int(period) - 1), unit))
        stated = [g for g in growths.get((place, indicator, name, period), ()) if g[0] == said[0][0]]
        if not before or not stated:
            continue
        (source, level), (_, earlier), (_, g) = said[0], before[0], stated[0]
        (a_lo, a_hi), (b_lo, b_hi) = interval(earlier), interval(level)
        if a_lo <= 0:
            continue
        f = disagree("growth_levels", (earlier, level, g), g, (b_lo / a_hi - 1) * 100, (b_hi / a_lo - 1) * 100,
                     f"growth_levels: {place} {indicator} {int(period) - 1} {earlier.text} → {period} {level.text} "
                     f"is {(level.value / earlier.value - 1) * 100:.2f}%, but {g.text} is stated ({source})")
        out += [attrs.evolve(f, source=str(source))] if f else []
    return out
