"""``revised``: a figure for a period stated again in a later report of the same region, with
another value (last year's outcome, revised in this year's report)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import attrs

from ..models import Report
from .finding import Finding, checkable, interval

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
    for i, r in enumerate(reports):
        place = r.region.name if r.region is not None else r.issuer
        for m in r.metrics:
            if m.indicator and m.period and m.role == "value" and m.bound is None and checkable(m) and place \
                    and _outcome(r, m):
                cells[(place, m.indicator, m.name, m.period, m.unit)].append((r.source if r.source is not None else i, m))
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
