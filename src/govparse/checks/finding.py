"""What a check finds (:class:`Finding`), the sentences it reads, and the tolerance of a
figure as written."""
from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from ..metric import Metric
from ..models import Report

__all__ = ["Finding", "Sentence", "sentences", "half_unit", "checkable", "disagree", "interval", "written", "of_which", "ZERO"]

ZERO = Decimal(0)
_ENDS = re.compile("[。！？!?\n]")  # a sentence runs over its semicolons: 第一产业…；第二产业…
_JOINS = ("其中",)
_DIGITS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


@attrs.frozen
class Finding:
    """Figures of a report that do not agree.

    ``rule`` is a stable id (``parts_sum``, ``structure``, ``share_ratio``, ``completion``,
    ``growth_levels``, ``range_order``, ``revised``); ``metrics`` the Metrics involved and
    ``spans`` the ``(start, end)`` of every amount involved, including terms that are no
    Metric (the parts of ``18.5:14.6:66.9``); ``stated`` the figure the text states,
    ``expected`` what the others make it, ``tolerance`` how far apart they may be from
    rounding alone; ``message`` says it in one line, quoting the amounts as written.
    """

    rule: str
    metrics: tuple[Metric, ...]
    spans: tuple[tuple[int, int], ...]
    stated: Decimal
    expected: Decimal
    tolerance: Decimal
    message: str
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "source": self.source, "spans": [list(s) for s in self.spans],
                "texts": [m.text for m in self.metrics], "stated": _plain(self.stated),
                "expected": _plain(self.expected), "tolerance": _plain(self.tolerance), "message": self.message}


def _plain(d: Decimal) -> str:
    """A decimal as people write it, to four places at most: 5200000000, 0.15, 33.3333."""
    return format(d.quantize(Decimal("0.0001")).normalize(), "f")


def written(value: Decimal, like: Metric) -> str:
    """``value`` in the unit ``like`` was written in: 5200000000 beside 50亿元 is 52亿元."""
    if like.written_value is None or like.value in (None, 0) or like.written_value == 0:
        return _plain(value)
    scale = like.value / like.written_value
    return _plain(value / scale) + (like.written_unit or "")


class Sentence(NamedTuple):
    start: int
    text: str
    metrics: tuple[Metric, ...]


def sentences(report: Report) -> list[Sentence]:
    """The report's sentences that hold two metrics or more, with their metrics. A sentence
    that opens with 其中 belongs to the one before (总值231.66亿元。其中，第一产业…)."""
    text, metrics = report.text, report.metrics
    bounds = [0] + [m.end() for m in _ENDS.finditer(text)] + [len(text)]
    spans: list[list[int]] = []
    for a, b in zip(bounds, bounds[1:]):
        if spans and text[a:a + 4].lstrip().startswith(_JOINS):
            spans[-1][1] = b
        elif b > a:
            spans.append([a, b])
    out, k = [], 0
    for a, b in spans:
        inside = []
        while k < len(metrics) and metrics[k].start < b:
            if metrics[k].start >= a:
                inside.append(metrics[k])
            k += 1
        if len(inside) >= 2:
            out.append(Sentence(a, text[a:b], tuple(inside)))
    return out


def of_which(report: Report, total: Metric, later) -> list[Metric]:
    """The metrics of the list that 其中 opens right after ``total``, up to the next ；or 。
    (其中城镇人口27.83万人，乡村人口57.37万人；…); [] when no 其中 follows it."""
    text = report.text
    k = text.find("其中", total.end, total.end + 12)
    if k < 0 or any(ch in text[total.end:k] for ch in "。)）"):
        return []  # a 其中 after the sentence or the bracket the amount stands in lists the parts of another
    siblings = [m for m in later if m.name and total.name and _tail(m.name, total.name) >= _SIBLING]
    ends = [i for i in (text.find(ch, k) for ch in "；;。") if i >= 0]
    ends += [m.start for m in siblings if m.start > k]  # 工业投资…，其中…，服务业投资: another total starts
    stop = min(ends) if ends else len(text)
    return [m for m in later if k < m.start < stop]


_SIBLING = 4  # names that end alike over this many characters are two totals of one kind


def _tail(a: str, b: str) -> int:
    """How many characters two names share at their end: 工业固定资产投资, 服务业固定资产投资 → 6."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def half_unit(m: Metric) -> Decimal:
    """Half a unit of the last digit written, in the metric's canonical unit: ``3.4亿元`` may be
    anything from 3.35亿 to 3.45亿 (0.05亿 = 5,000,000).

    >>> import govparse
    >>> half_unit(govparse.parse("收入3.4亿元。").metrics[0]), half_unit(govparse.parse("增长12%。").metrics[0])
    (Decimal('5000000.0'), Decimal('0.5'))
    """
    written = m.written_value
    if written is None or m.value is None or written == 0:
        return ZERO
    digits = _DIGITS.findall(unicodedata.normalize("NFKC", m.text))
    if digits:  # the places as written: 2.0亿元 has one, though its value is 2
        exponent = -len(digits[-1].partition(".")[2])
    else:  # Chinese numerals: the last place they name
        exponent = int(written.normalize().as_tuple().exponent)
    return half_of_place(exponent) * abs(m.value / written)


def half_of_place(exponent: int) -> Decimal:
    """Half a unit of the place ``10**exponent``: what a figure rounded there may be off by.

    >>> half_of_place(-1), half_of_place(0)
    (Decimal('0.05'), Decimal('0.5'))
    """
    return Decimal(5) * Decimal(10) ** (exponent - 1)


def checkable(m: Metric) -> bool:
    """An exact figure with a value: 约, 余, 超 and lost numbers are never checked."""
    return m.value is not None and m.approx == "exact" and not m.missing and m.written_value is not None


def finding(rule: str, metrics, stated: Decimal, expected: Decimal, tolerance: Decimal, message: str,
            spans=None) -> Finding:
    spans = tuple(spans if spans is not None else ((m.start, m.end) for m in metrics))
    return Finding(rule, tuple(metrics), spans, stated, expected, tolerance, message)


# Set to a list, every relation a rule compares is put in it as (rule, stated span, all spans):
# evaluation/checks.py alters the stated figures of real passages with it.
EXAMINED: ContextVar[list | None] = ContextVar("EXAMINED", default=None)


def examined(rule: str, stated: tuple[int, int], spans) -> None:
    seen = EXAMINED.get()
    if seen is not None:
        seen.append((rule, stated, tuple(spans)))


def disagree(rule: str, metrics, stated: Metric, low: Decimal, high: Decimal, message: str,
             spans=None, value: Decimal | None = None, bound_only: bool = False) -> Finding | None:
    """A finding when the stated figure, give or take its rounding, lies outside what the
    others make it (``low`` to ``high``, their own rounding included); else None.
    ``bound_only`` marks a relation that only bounds the figure (a part no larger than its total)."""
    if not bound_only:
        examined(rule, (stated.start, stated.end), ((m.start, m.end) for m in metrics))
    value = stated.value if value is None else value
    slack = half_unit(stated)
    if value + slack >= low and value - slack <= high:
        return None
    mid = (low + high) / 2
    return finding(rule, metrics, value, mid, (high - low) / 2 + slack, message, spans)


def interval(m: Metric) -> tuple[Decimal, Decimal]:
    """What a figure as written may stand for."""
    h = half_unit(m)
    return m.value - h, m.value + h
