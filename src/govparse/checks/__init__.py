"""Stage 4 beside the outputs: a report's own arithmetic checked (:func:`check`).

Each rule is a small module that reads the metrics of one sentence and says where
the figures the text states do not agree: ``ranges`` (a range's ends in order),
``structure`` (三次产业结构 a:b:c and the shares of exhaustive parts sum to 100),
``parts`` (a total and its parts, from ``data/parts.tsv``), ``shares`` (X, its
total and X 占 … N%), ``completion`` (an outcome, its budget and 为预算的 N%) and
``growth`` (two levels and the growth between them, money at current prices only).
``series`` checks across reports (a figure stated again, revised). Tolerance comes
from the precision as written (:func:`govparse.checks.finding.half_unit`), so an
honest rounding is never a finding.

>>> import govparse
>>> r = govparse.parse("全年进出口总额1200亿元，其中出口700亿元，进口600亿元。")
>>> [f.message for f in check(r)]
['parts_sum: 出口 700亿元 + 进口 600亿元 = 1300亿元, but 进出口总额 is 1200亿元']
>>> f = check(r)[0]
>>> [m.text for m in f.metrics], f.stated, f.tolerance
(['1200亿元', '700亿元', '600亿元'], Decimal('120000000000'), Decimal('150000000.0'))
"""
from __future__ import annotations

import attrs

from ..models import Report, writes
from . import completion, growth, parts, ranges, shares, structure
from .finding import Finding, sentences
from .series import check_series

__all__ = ["check", "check_series", "Finding", "RULES"]

RULES = (ranges.check, structure.check, parts.check, shares.check, completion.check, growth.check)


@writes("check")
def check(report: Report) -> list[Finding]:
    """Every finding of every rule on ``report``, in document order."""
    found: list[Finding] = structure.check_text(report)
    for sentence in sentences(report):
        for rule in RULES:
            found.extend(rule(report, sentence))
    source = report.source
    return sorted((attrs.evolve(f, source=source) for f in found), key=lambda f: (min(s for s, _ in f.spans), f.rule))
