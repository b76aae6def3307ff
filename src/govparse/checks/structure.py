"""``structure``: the parts of a whole given in percent sum to 100: 三次产业结构 ``a:b:c`` and
the shares of the three industries listed with 分别."""
from __future__ import annotations

import re
from decimal import Decimal

from .. import lexicon
from ..models import Report
from .finding import Finding, Sentence, checkable, examined, finding, half_of_place, half_unit

__all__ = ["check", "check_text"]

_HUNDRED = Decimal(100)
_TERM = r"([0-9]+(?:\.[0-9]+)?)"
_RATIO = re.compile(_TERM + r"\s*[:：]\s*" + _TERM + r"\s*[:：]\s*" + _TERM + r"(?![0-9.:：])")
_NEAR = 30  # characters before a ratio in which a structure word must stand


def check_text(report: Report) -> list[Finding]:
    """Ratios ``a:b:c`` after a structure word (lexicon [structure_words]) that are percents
    (they sum to about 100) but do not sum to 100 within their rounding.

    >>> import govparse
    >>> [f.message for f in govparse.check(govparse.parse("三次产业结构由5.2:40.1:54.7调整为4.9:38.3:58.8。"))]
    ['structure: 4.9:38.3:58.8 sums to 102.0, not 100']
    """
    out = []
    words = lexicon.anywhere("structure_words")
    for m in _RATIO.finditer(report.text):
        if not words.search(report.text, max(0, m.start() - _NEAR), m.start()):
            continue
        terms = [Decimal(g) for g in m.groups()]
        total = sum(terms)
        slack = sum(half_of_place(int(t.as_tuple().exponent)) for t in terms)
        if not Decimal(90) <= total <= Decimal(110):
            continue  # a ratio not in percent (1:2:7)
        spans = tuple(m.span(k) for k in (1, 2, 3))
        examined("structure", spans[terms.index(max(terms))], spans)
        if abs(total - _HUNDRED) <= slack:
            continue  # it rounds to 100
        out.append(finding("structure", (), total, _HUNDRED, slack,
                           f"structure: {m.group()} sums to {total}, not 100", spans))
    return out


def check(report: Report, sentence: Sentence) -> list[Finding]:
    """三次产业…比重分别为 a%、b%、c%: three shares of the whole economy sum to 100."""
    text = sentence.text
    if not lexicon.anywhere("structure_words").search(text) or "分别" not in text:
        return []
    after = sentence.start + text.index("分别")
    shares = [m for m in sentence.metrics if m.start > after and m.role == "share" and m.unit == "percent"]
    if len(shares) != 3 or not all(map(checkable, shares)):
        return []
    total = sum(m.value for m in shares)
    slack = sum(half_unit(m) for m in shares)
    big = max(shares, key=lambda m: m.value)
    examined("structure", (big.start, big.end), ((m.start, m.end) for m in shares))
    if abs(total - _HUNDRED) <= slack:
        return []
    quoted = "、".join(m.text for m in shares)
    return [finding("structure", shares, total, _HUNDRED, slack, f"structure: {quoted} sum to {total}, not 100%")]
