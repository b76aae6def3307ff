"""``range_order``: a range's low end is no higher than its high end (5%-3% is a typo)."""
from __future__ import annotations

from ..models import Report
from .finding import Finding, Sentence, finding

__all__ = ["check"]


def check(report: Report, sentence: Sentence) -> list[Finding]:
    """Ranges of one sentence whose ends are out of order.

    >>> import govparse
    >>> [f.message for f in govparse.check(govparse.parse("目标增长8%-6%，投资3-5亿元，能耗降低2%-3%。"))]
    ['range_order: 8%-6%: the low end 8% is above the high end 6%']
    """
    out = []
    ms = sentence.metrics
    for a, b in zip(ms, ms[1:]):
        if a.group is not None and a.group == b.group and (a.bound, b.bound) == ("low", "high") \
                and a.value is not None and b.value is not None and abs(a.value) > abs(b.value):  # 降低2%-3%: -2, -3
            quote = report.text[a.start:b.end]
            out.append(finding("range_order", (a, b), a.value, b.value, a.value - a.value,
                               f"range_order: {quote}: the low end {a.text} is above the high end {b.text}"))
    return out

