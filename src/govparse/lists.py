"""Lists: amounts that pair with the items listed before them (A、B分别增长5%、6%).

A naming rule of :mod:`govparse.names`; the words that join, end and open a list
are sections of ``lexicon.txt``.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon
from .document import Document
from .phrases import CJK, clean, strip_growth_words, strip_trailing
from .spot import PASS, Spot

__all__ = ["distributive"]

_RATES = ("percent", "percentage_point")


def distributive(spot: Spot):
    """Pair the k-th amount after 分别 with the k-th metric or subject before it."""
    doc, me = spot.doc, spot.r
    s = doc.sentence_start(me.start)
    k = doc.last_word("distributive_words", s, me.start)
    if k is None:
        return PASS
    lo, mid, hi = (bisect_left(spot.starts, x) for x in (s, k, doc.sentence_end(k)))
    run = [r for r in spot.rs[mid:hi] if r.kind == me.kind]
    pos = next((j for j, r in enumerate(run) if r is me), None)
    if pos is None:  # 分别 is further back than a sentence may reach: not this amount's list
        return PASS
    before = [r for r in spot.rs[lo:mid] if r.name and r.kind != "percent"]
    if before and me.kind in _RATES:
        return (before[-len(run):][pos].name if len(before) >= len(run) else None) or PASS
    subjects = _subjects(doc, s, k)
    if len(subjects) != len(run):
        return PASS
    metric = strip_growth_words(strip_trailing(doc.view[k + 2:run[0].start].rstrip("的")))
    metric = re.sub("^(?:" + lexicon.alternation("metric_openers") + ")", "", metric)
    subject = clean(subjects[pos])
    if not subject:
        return PASS
    return subject + (metric if CJK.search(metric) else "")


def _subjects(doc: Document, s: int, k: int) -> list[str]:
    """The subjects listed before 分别 at ``k`` (A和B分别…, 甲、乙园区分别实现…)."""
    cs = doc.clause_start(k, s)
    if cs == k and cs > s:  # 分别 opens its clause: the subjects close the clause before
        text = doc.view[doc.clause_start(cs - 1, s):cs - 1]
        text = re.split(lexicon.alternation("subject_enders"), text)[0]
    else:
        text = doc.view[cs:k]
    subjects = [x for x in re.split(lexicon.alternation("subject_joiners"), text) if x]
    return _shared_tail(subjects) if len(subjects) > 1 else subjects


def _shared_tail(subjects: list[str]) -> list[str]:
    """Listed subjects that share the last one's tail: 农业、服务业投资 (its head noun, after
    parallel modifiers ending alike), 城镇和农村居民人均可支配收入 (all after a short modifier),
    基础设施、制造业投资 (a head noun the others lack)."""
    last, firsts = subjects[-1], subjects[:-1]
    head = next((h for h in lexicon.longest("list_heads") if last.endswith(h) and len(last) > len(h)), None)
    modifier = last[:-len(head)] if head else ""
    if head and all(x[-1:] == modifier[-1:] for x in firsts):
        return [x + head for x in firsts] + [last]
    if len(subjects) == 2 and len(firsts[0]) <= 3 and len(last) > len(firsts[0]) + 2:
        return [firsts[0] + last[len(firsts[0]):], last]
    ends = lexicon.longest("list_heads") + lexicon.longest("measure_endings")
    if head and not any(x.endswith(ends) for x in firsts):
        return [x + head for x in firsts] + [last]
    return subjects
