"""``growth_levels``: two levels of one amount and the growth between them (由 A 增加到 B，增长
g%; 从2017年的 A 增加到2022年的 B，年均增长 g%). Money at current prices only: a growth of GDP
or value added is at constant prices and is never compared with nominal levels."""
from __future__ import annotations

import re
from decimal import Decimal

from .. import lexicon
from ..metric import Metric
from ..models import Report
from .finding import Finding, Sentence, checkable, disagree, interval

__all__ = ["check"]

_HUNDRED = Decimal(100)
_FROM = re.compile(r"(?:由|从)(?:([0-9]{4})年的?|[一二三四五六七八九〇零]{4}年的?|上年的?|去年的?)?$")
_TO = re.compile(r"^(?:增加|增长|提高|上升|扩大|达到|减少|下降)?到(?:([0-9]{4})年的?|[一二三四五六七八九〇零]{4}年的?)?$")
_NAME = 20  # characters before the first level where its name (国内生产总值) stands
_AVERAGE = "年均"


def check(report: Report, sentence: Sentence) -> list[Finding]:
    """>>> import govparse
    >>> [f.message for f in govparse.check(govparse.parse("财政收入由100亿元增加到120亿元，增长25%。"))]
    ['growth_levels: 100亿元 → 120亿元 is 20.00%, but 25% is stated']
    >>> [f.message for f in govparse.check(govparse.parse("财政收入51304亿元，比上年增加7543亿元，增长19.2%。"))]
    ['growth_levels: 51304亿元 after a change of 7543亿元 is 17.24%, but 19.2% is stated']
    """
    text = report.text
    constant = lexicon.anywhere("constant_prices")
    out = []
    ms = sentence.metrics
    for a, b, g in zip(ms, ms[1:], ms[2:]):
        fro = _FROM.search(text, max(0, a.start - 10), a.start)
        to = _TO.match(text[a.end:b.start])
        if not (fro and to and _nominal(a) and _nominal(b) and a.unit == b.unit and checkable(g)
                and g.role == "growth" and g.unit in ("percent", "multiple") and a.value > 0):
            continue
        if constant.search(text, max(0, a.start - _NAME), g.end):
            continue  # 国内生产总值由…增加到…，按可比价格计算增长…: a real growth
        years = _years(fro.group(1), to.group(1), _AVERAGE in text[b.end:g.start])
        if years is None:
            continue
        f = _compare(a, b, g, years)
        out += [f] if f else []
    return out + _with_change(report, ms, constant)


def _with_change(report: Report, ms, constant) -> list[Finding]:
    """收入51304亿元，比上年增加7543亿元，增长17.2%: the level, its change and its growth agree."""
    out = []
    text = report.text
    for b, y, g in zip(ms, ms[1:], ms[2:]):
        if not (_nominal(b) and checkable(y) and y.role == "change" and y.unit == b.unit and checkable(g)
                and g.role == "growth" and g.unit == "percent" and len(text[b.end:y.start]) <= 6
                and len(text[y.end:g.start]) <= 4 and not constant.search(text, max(0, b.start - _NAME), g.end)):
            continue
        (b_lo, b_hi), (y_lo, y_hi) = interval(b), interval(y)
        corners = [yy / (bb - yy) * _HUNDRED for bb in (b_lo, b_hi) for yy in (y_lo, y_hi) if bb - yy > 0]
        if len(corners) < 4:
            continue
        f = disagree("growth_levels", (b, y, g), g, min(corners), max(corners),
                     f"growth_levels: {b.text} after a change of {y.text} is "
                     f"{y.value / (b.value - y.value) * _HUNDRED:.2f}%, but {g.text} is stated")
        out += [f] if f else []
    return out


def _nominal(m: Metric) -> bool:
    return checkable(m) and m.kind == "money" and m.role == "value" and m.bound is None


def _years(first: str | None, last: str | None, average: bool) -> int | None:
    """How many years a growth spans: 1, or for 年均 the years between the two named."""
    if not average:
        return 1
    if first and last and int(last) > int(first):
        return int(last) - int(first)
    return None


def _compare(a: Metric, b: Metric, g: Metric, years: int) -> Finding | None:
    (a_lo, a_hi), (b_lo, b_hi) = interval(a), interval(b)
    if a_lo <= 0:
        return None
    scale = _HUNDRED if g.unit == "percent" else Decimal(1)

    def rate(lo: Decimal, hi: Decimal) -> Decimal:
        return (Decimal(float(hi / lo) ** (1 / years)) - 1) * scale

    low, high = rate(a_hi, b_lo), rate(a_lo, b_hi)
    mid = rate(a.value, b.value)
    return disagree("growth_levels", (a, b, g), g, low, high,
                    f"growth_levels: {a.text} → {b.text} is {mid:.2f}{'%' if scale == _HUNDRED else '倍'}"
                    f"{' a year' if years > 1 else ''}, but {g.text} is stated")
