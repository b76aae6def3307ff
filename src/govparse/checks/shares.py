"""``share_ratio``: a total, a part of it after 其中, and the part's share (占 N%) all stated:
part / total = N%."""
from __future__ import annotations

from decimal import Decimal

from ..models import Report
from .finding import Finding, Sentence, checkable, disagree, interval, of_which

__all__ = ["check"]

_HUNDRED = Decimal(100)


def check(report: Report, sentence: Sentence) -> list[Finding]:
    """>>> import govparse
    >>> [f.rule for f in govparse.check(govparse.parse("进出口总额200亿元，其中出口120亿元，占70%。"))]
    ['share_ratio']
    """
    out = []
    ms = sentence.metrics
    for i, total in enumerate(ms):
        listed = of_which(report, total, ms[i + 1:]) if checkable(total) and total.role == "value" else []
        for part, share in zip(listed, listed[1:]):
            between = report.text[part.end:share.start]
            if not (checkable(part) and checkable(share) and part.role == "value" and part.unit == total.unit
                    and share.unit == "percent" and "占" in between and len(between) <= 8 and total.value > 0):
                continue
            (p_lo, p_hi), (t_lo, t_hi) = interval(part), interval(total)
            if t_lo <= 0:
                continue
            f = disagree("share_ratio", (total, part, share), share, p_lo / t_hi * _HUNDRED, p_hi / t_lo * _HUNDRED,
                         f"share_ratio: {part.text} of {total.text} is {part.value / total.value * _HUNDRED:.2f}%, "
                         f"but {share.text} is stated")
            out += [f] if f else []
    return out
