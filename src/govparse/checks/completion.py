"""``completion``: an outcome, its budget or target, and 为预算的 N% all stated: outcome /
budget = N%."""
from __future__ import annotations

import re
from decimal import Decimal

from .. import lexicon
from ..models import Report
from .finding import Finding, Sentence, checkable, disagree, interval

__all__ = ["check"]

_HUNDRED = Decimal(100)


def check(report: Report, sentence: Sentence) -> list[Finding]:
    """>>> import govparse
    >>> [f.message for f in govparse.check(govparse.parse("一般公共预算收入完成30亿元，为预算25亿元的110%。"))]
    ['completion: 30亿元 of 25亿元 is 120.00%, but 110% is stated']
    >>> govparse.check(govparse.parse("投资共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三。"))
    []
    """
    out = []
    ms = sentence.metrics
    plan = re.compile("(?:" + lexicon.alternation("completion_bases") + ")")
    for done, base, share in zip(ms, ms[1:], ms[2:]):
        lead, tail = report.text[done.end:base.start], report.text[base.end:share.start]
        if not (all(map(checkable, (done, base, share))) and done.unit == base.unit and share.unit == "percent"
                and len(lead) <= 10 and plan.search(lead) and tail.strip() == "的" and base.value > 0):
            continue
        (d_lo, d_hi), (b_lo, b_hi) = interval(done), interval(base)
        if b_lo <= 0:
            continue
        less = _HUNDRED if lexicon.anywhere("excess_words").search(lead) else 0  # 超过计划…的15.3%: the excess
        ratio = done.value / base.value * _HUNDRED - less
        f = disagree("completion", (done, base, share), share, d_lo / b_hi * _HUNDRED - less,
                     d_hi / b_lo * _HUNDRED - less,
                     f"completion: {done.text} of {base.text} is {ratio:.2f}%{' over' if less else ''}, "
                     f"but {share.text} is stated")
        out += [f] if f else []
    return out
