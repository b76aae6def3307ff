"""Lists: amounts that pair with the items listed before them (A、B分别增长5%、6%).

A naming rule of :mod:`govparse.passes.names`; the words that join, end and open a list
are sections of ``lexicon.txt``.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import lexicon
from . import words
from ..document import Document
from .phrases import CJK, clean, strip_growth_words, strip_trailing
from .spot import PASS, Spot

__all__ = ["distributive", "share_verb"]

_RATES = ("percent", "percentage_point")
_AGE_GROUP = re.compile(r"[0-9]+(?:[-~至][0-9]+)?(?:周岁|岁)(?:及以上|以上|及以下|以下)?")


def distributive(spot: Spot):
    """Pair the k-th amount after 分别 with the k-th metric or subject before it."""
    doc, me = spot.doc, spot.r
    s = doc.sentence_start(me.start)
    k = doc.last_word("distributive_words", s, me.start)
    if k is None:
        return PASS
    lo, mid, hi = (bisect_left(spot.starts, x) for x in (s, k, doc.sentence_end(k)))
    run = _joined([r for r in spot.rs[mid:hi] if r.kind == me.kind], doc.view)
    pos = next((j for j, r in enumerate(run) if r is me), None)
    if pos is None:  # 分别 is further back than a sentence may reach: not this amount's list
        return PASS
    before = [r for r in spot.rs[lo:mid] if r.name and r.kind != "percent"]
    subjects = _subjects(doc, s, k, len(run))
    if before and me.kind in _RATES and len(subjects) != len(run):
        return (before[-len(run):][pos].name if len(before) >= len(run) else None) or PASS
    if len(subjects) != len(run):
        return PASS
    metric = strip_growth_words(strip_trailing(doc.view[k + 2:run[0].start].rstrip("的")))
    metric = re.sub("^(?:" + lexicon.alternation("metric_openers") + ")", "", metric)
    subject = clean(subjects[pos])
    if not subject:
        return PASS
    return subject + (metric if CJK.search(metric) else "")


def _joined(run: list, view: str) -> list:
    """The amounts of a 分别 list: from the first on, as long as only a list joiner stands between
    two (…分别下降23%、15%、18%，森林覆盖率达到23%: three)."""
    for j in range(1, len(run)):
        gap = view[run[j - 1].end:run[j].start]  # 、 or 、下降 (分别增长8.1%、下降2.4%)
        if gap not in lexicon.words("list_joiners") and strip_growth_words(gap) not in lexicon.words("list_joiners"):
            return run[:j]
    return run


def _subjects(doc: Document, s: int, k: int, n: int) -> list[str]:
    """The subjects listed before 分别 at ``k`` (A和B分别…, 甲、乙园区分别实现…), as many as
    ``n`` where the text allows: split at every joiner, else at 、 alone (信息传输和信息技术服务业、
    租赁和商务服务业增加值), else a pair word opened (城乡居民收入 → 城镇…, 农村…)."""
    cs = doc.clause_start(k, s)
    if cs == k and cs > s:  # 分别 opens its clause: the subjects close the clause before
        text = doc.view[doc.clause_start(cs - 1, s):cs - 1]
        text = re.split(lexicon.alternation("subject_enders"), text)[0]
    else:
        text = doc.view[cs:k]
    text = strip_growth_words(text)
    subjects = [x for x in re.split(lexicon.alternation("subject_joiners"), text) if x]
    if len(subjects) != n and "、" in text:
        subjects = [x for x in text.split("、") if x]
    if len(subjects) == 1 and n == 2:
        pair = next((w for w in lexicon.longest("paired_words") if w in text), None)
        if pair:
            return [text.replace(pair, part, 1) for part in lexicon.mapping("paired_words")[pair].split()]
    return _shared_tail(subjects) if len(subjects) > 1 else subjects


def _shared_tail(subjects: list[str]) -> list[str]:
    """Listed subjects that share the last one's tail: 农业、服务业投资 (its head noun, after
    parallel modifiers ending alike), 城镇和农村居民人均可支配收入 (all after a short modifier),
    基础设施、制造业投资 (a head noun the others lack)."""
    last, firsts = subjects[-1], subjects[:-1]
    age = _AGE_GROUP.match(last)
    if age and all(_AGE_GROUP.fullmatch(x) for x in firsts):  # 0-17岁、…、60岁及以上户籍人口
        return [x + last[age.end():] for x in firsts] + [last]
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


_SHARED = frozenset({"flow", "keep"})
_VERBS = _SHARED | {"v", "vn", "report"}  # an item with one of these has a verb of its own
_LIST_JOINERS = ("、", ",", "，")
MAX_LIST_ITEM = 10  # characters: a longer clause after a comma says something of its own


def share_verb(doc: Document, p, r) -> None:
    """新增示范基地2000亩、生态茶园1000亩: an item of a list (``r``) takes the verb of the item before
    (``p``: 新增生态茶园) when it has no verb of its own; 淘汰落后炼铁产能…、炼钢产能 takes 淘汰落后."""
    if not (p.name and r.name) or r.kind in _RATES or p.kind in _RATES or r.role != p.role:
        return
    between = doc.view[p.end:r.start]
    joiner, raw = between[:1], between[1:]
    if joiner not in _LIST_JOINERS or r.name not in raw or (joiner != "、" and len(raw) > MAX_LIST_ITEM):
        return  # after a comma, only a short item goes on the list
    if lexicon.anywhere("subset_words").search(raw):
        return  # 新增就业2252名,其中高校毕业生725名: a subset keeps its own words
    prefix = _verb_prefix(p.name, same_kind=r.kind == p.kind)
    if prefix and not r.name.startswith(prefix) and not any(t in _VERBS for _, t in words.tag(raw)):
        r.name = prefix + r.name


def _verb_prefix(name: str, same_kind: bool = True) -> str:
    """The verb that opens a name, with an adjective right after a picking verb (淘汰落后); across
    kinds only a flow marker (新增A 2000亩、B 13个; not 签约A 27个、投资112亿元)."""
    out, tags = [], words.tag(name)
    shared = _SHARED if same_kind else {"flow"}
    for i, (w, t) in enumerate(tags[:-1]):
        if t in shared or (t == "a" and i and tags[i - 1][1] == "keep"):
            out.append(w)
        else:
            break
    return "".join(out)
