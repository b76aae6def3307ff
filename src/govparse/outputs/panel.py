"""The panel a researcher loads: one row per region × period × indicator.

Each row gathers what the reports state for that cell: the level (``value``), its
``growth`` on the year before in percent (an average over years or a growth against a base year is left
to :func:`govparse.series`), the ``target`` set for it (a range's ends in ``target_low`` and
``target_high``), each with its unit, and where the value was said (``source``,
``quote``). Where several reports state the same cell (last year's outcome stated
again in this year's report) the latest report's figure is kept: a revision wins. Rows come
in the order of the regions' codes, then period and indicator.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..models import Metric, Report

__all__ = ["PANEL_COLUMNS", "panel_rows"]

PANEL_COLUMNS = ["region", "region_code", "region_level", "period", "indicator", "value", "unit", "growth",
                 "target", "target_low", "target_high", "target_unit", "approx", "source", "quote"]


def panel_rows(reports: Iterable[Report], indicators: Iterable[str] | str | None = None) -> Iterator[dict]:
    """The rows of :func:`govparse.panel`, without pandas (values are exact Decimals).

    >>> import govparse
    >>> r = govparse.parse("2023年温州市政府工作报告\\n——2023年1月12日\\n一、2022年工作回顾\\n"
    ...                    "全市地区生产总值8029亿元，增长3.7%。\\n二、2023年主要目标\\n地区生产总值增长7%左右。")
    >>> [(row["region_code"], row["period"], row["value"], row["growth"], row["target"]) for row in panel_rows([r])]
    [('330300', '2022', Decimal('802900000000'), Decimal('3.7'), None), ('330300', '2023', None, None, Decimal('7'))]
    """
    wanted = _wanted(indicators)
    cells: dict[tuple, dict] = {}
    order = sorted(enumerate(reports), key=lambda ir: (ir[1].date or "", ir[0]))  # later reports revise
    for i, r in order:
        region = r.region
        for m in r.metrics:
            if m.indicator is None or m.value is None or (wanted and m.indicator not in wanted) or m.period is None \
                    or _column(m) is None:
                continue  # no cell for a share, a change or a growth over several years
            key = (region.name if region else r.issuer, m.period, m.indicator)
            row = cells.setdefault(key, _empty(r, m))
            _fill(row, r, m, i)
    yield from sorted(cells.values(), key=lambda row: (row["region_code"] or "~", str(row["region"]), row["period"],
                                                       row["indicator"]))  # by code, as GB/T 2260 lists them


def _wanted(indicators: Iterable[str] | str | None) -> set[str]:
    from ..passes.indicators import resolve

    if indicators is None:
        return set()
    if isinstance(indicators, str):
        indicators = indicators.split(",")
    return {resolve(i.strip()) for i in indicators if i.strip()}


def _empty(r: Report, m: Metric) -> dict:
    region = r.region
    row = dict.fromkeys(PANEL_COLUMNS)
    row.update(region=region.name if region else r.issuer, region_code=region.code if region else None,
               region_level=region.level if region else None, period=m.period, indicator=m.indicator)
    return row


def _column(m: Metric) -> str | None:
    """The column a metric fills: a level, a growth on the year before, a target (or a range's end)."""
    if m.role == "target":
        return {"low": "target_low", "high": "target_high"}.get(m.bound or "", "target")
    if m.role == "growth" and m.bound is None and m.basis in (None, "yoy") and m.unit in ("percent", "multiple"):
        return "growth"  # not an average over years, not against a base year
    return "value" if m.role == "value" and m.bound is None else None


def _fill(row: dict, r: Report, m: Metric, i: int) -> None:
    """Put one metric in its cell: a level, a growth rate or a target (a range's end by its bound)."""
    source = r.source if r.source is not None else i
    column = _column(m)
    if column == "growth":
        row["growth"] = m.value * 100 if m.unit == "multiple" else m.value  # in percent: 增长1.71倍 is 171
    elif column == "value":
        row.update(value=m.value, unit=m.unit, approx=m.approx, source=source, quote=r.sentence(m))
    elif column is not None:
        row[column], row["target_unit"] = m.value, m.unit
    if row["quote"] is None:
        row.update(source=source, quote=r.sentence(m), approx=m.approx)
