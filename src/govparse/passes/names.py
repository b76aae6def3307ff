"""The names pass: which metric each amount belongs to.

Runs after the roles pass. :data:`RULES` is an ordered list of small rules;
each gets a :class:`Spot` (one reading and the words around it) and returns a
name, None (the text names nothing), or :data:`PASS` to leave the amount to the
next rule. A naming rule for a new genre is one more function in the list.

>>> from govparse.document import Document
>>> from govparse.quantities.reading import read, order
>>> from govparse.passes import roles
>>> from govparse.text import normalize
>>> doc = Document.build(normalize("完成一般公共预算收入3.4亿元,同比增长14.69%;招引15个项目。"))
>>> rs = order(doc, read(doc, []))
>>> roles.assign(doc, rs); assign(doc, rs)
>>> [r.name for r in rs]
['一般公共预算收入', '一般公共预算收入', '招引项目']
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicon
from . import words
from ..document import Document
from ..text import CJK
from .lists import distributive, share_verb
from .phrases import clean, ends_in_to_word, noun_after, strip_period, strip_growth_words, strip_share_words, strip_trailing
from ..quantities.reading import Reading
from .spot import MAX_LOOK_BACK, PASS, Spot, previous_name

__all__ = ["assign", "RULES", "PASS", "Spot"]

_RATES = ("percent", "percentage_point")


def rate(spot: Spot):
    """A growth rate or share names the metric before its cue (营业收入同比增长5%)."""
    r = spot.r
    if r.kind not in _RATES and not (r.kind == "multiple" and r.role in ("growth", "share")):  # 增长1.71倍 too
        return PASS
    raw = spot.raw
    if r.kind == "multiple" and r.role == "share":
        return previous_name(spot) or PASS  # 投入5800亿元，是前五年总和的1.7倍: the metric before 是
    if r.role == "share" and spot.i and spot.rs[spot.i - 1].role == "target" and not CJK.search(raw.rstrip("的")):
        return _outcome_before(spot) or PASS  # 收入完成39.1亿元,为调整预算37.5亿元的104.3%
    if r.growth:
        raw = strip_growth_words(raw)
    raw = strip_share_words(strip_period(strip_trailing(raw)))
    name = clean(raw, keep_done=r.role == "share") if raw else None
    name = _before_comparison(name)
    if name and len(name) >= 2 and not name.startswith(lexicon.longest("comparison_openers")):
        return name  # its own subject (居民消费价格上涨2%), even after another metric
    p = spot.rs[spot.i - 1] if spot.i else None
    if r.growth and p is not None and p.growth and p.name and ends_in_to_word(spot.raw):
        return p.name  # 增长幅度由上年的58.6%回落到27.8%: the rate named first
    return previous_name(spot) or _previous_sentence_name(spot) or name


def _previous_sentence_name(spot: Spot) -> str | None:
    """生产总值…下降4.1%;与2020年相比,两年平均增长2.5%: a rate with no name of its own, first in its
    sentence, is of the last metric named in the sentence before."""
    s = spot.doc.sentence_start(spot.r.start)
    if s == 0 or any(spot.starts[j] >= s for j in range(max(0, spot.i - 1), spot.i)):
        return None
    floor = spot.doc.sentence_start(s - 1)
    for j in range(spot.i - 1, max(-1, spot.i - 1 - MAX_LOOK_BACK), -1):
        p = spot.rs[j]
        if p.start < floor:
            break
        if p.name and not p.growth:
            return p.name
    return None


def _outcome_before(spot: Spot) -> str | None:
    """The name of the last amount before the target a share is of, in its sentence."""
    s, target = spot.doc.sentence_start(spot.r.start), spot.rs[spot.i - 1]
    for j in range(spot.i - 2, max(-1, spot.i - 2 - MAX_LOOK_BACK), -1):
        p = spot.rs[j]
        if p.start < s:
            break
        if p.name and p.role in ("value", "change") and p.kind == target.kind:
            return p.name
    return None


_COMPARED = re.compile(r"(?:比|较)(?=[0-9〇零一二三四五六七八九十上去前同年])")


def _before_comparison(name: str | None) -> str | None:
    """贷款平均利率较五年前 → 贷款平均利率: a comparison with a base ends the name (比例 is a word)."""
    if not name:
        return name
    m = _COMPARED.search(name)
    return clean(name[:m.start()]) if m else name


def change(spot: Spot):
    """较上年增加0.5亿元: the change of the metric named before it (a planned one too:
    贫困人口减少1000万以上)."""
    if spot.r.role != "change" and not (spot.r.role == "target" and spot.r.kind not in _RATES
                                        and lexicon.ending("change_words").search(spot.before_raw)):
        return PASS
    rest = clean(strip_growth_words(spot.before_raw)) if spot.before_raw else None
    if rest and rest.startswith(lexicon.longest("comparison_openers")):
        rest = None  # 比2007年增加15.5辆: the base names nothing
    if rest or spot.after:
        return rest or spot.after  # 一次性增加6万亿元地方专项债务限额
    before = previous_name(spot)  # 新增“四上”企业14家,净增7家: the change of the stock, not of the flow
    flow = _flow_word(before) if before else ""
    return words.trim(before[len(flow):]) if flow else before


def _flow_word(name: str) -> str:
    w, t = words.tag(name)[0]
    return w if t == "flow" and len(name) > len(w) + 1 else ""


def from_to(spot: Spot):
    """由2002年的7703元增加到2007年的13786元: both amounts belong to the metric named first."""
    raw, doc = spot.before_raw, spot.doc
    if ends_in_to_word(raw):
        return previous_name(spot, same_kind=True) or previous_name(spot) or PASS
    if raw.strip() and not strip_period(raw).strip() and any(w in raw for w in lexicon.words("from_words")):
        cstart = spot.r.cstart  # 经费，从2002年1288亿元: the metric closes the clause before
        return clean(doc.view[doc.clause_start(cstart - 1, max(0, cstart - 40)):cstart - 1]) or PASS
    return PASS


def verb_after_object(spot: Spot):
    """对6条主干道路进行重塑提升 → 重塑提升主干道路."""
    if not spot.before_raw.rstrip().endswith("对"):
        return PASS
    after = spot.after
    if not after:
        return PASS
    r = spot.r
    tail = spot.doc.view[r.end:spot.doc.clause_end(r.end, len(spot.doc.view))]
    m = re.search(re.escape(after) + r"(?:进行)?([\u4e00-\u9fff]{2,6})$", tail)
    return m.group(1) + after if m else PASS


def threshold(spot: Spot):
    """10亿元以上项目: the class named after the amount, unless too generic."""
    if spot.r.role != "threshold":
        return PASS
    after, before = spot.after, spot.before
    view, end = spot.doc.view, spot.r.end
    group = _AGE_LIST.match(view, end, end + MAX_AGE_LIST) if spot.r.kind == "duration" else None
    if group and group.end() > end:  # 0-17岁、18-34岁、60岁及以上户籍人口: the group's noun
        return noun_after(view[group.end():spot.doc.clause_end(group.end(), len(view))]) or after or before
    bound = spot.doc.view[spot.r.end:spot.r.end + 3]
    if bound.startswith(lexicon.longest("class_bounds")) and bound[2:3].isdigit():
        return _class_head(spot) or PASS  # 其中注册资金千万元以上46家: the class counted before
    if after and spot.doc.view.startswith(lexicon.longest("size_class_marks"), spot.r.end):
        return after  # 万吨级泊位: the class of berths
    only_verb = before is not None and all(t in _VERB_CLASSES for _, t in words.tag(before))
    if after and any(after.endswith(h) for h in lexicon.words("category_heads")) and not (
            after in lexicon.words("generic_heads") and before and not only_verb):
        return after  # 10亿元以上项目; 签约亿元以上项目: the projects, not 签约
    return before or after


MAX_AGE_LIST = 120  # characters: a list of age groups is read this far, so a page of ages stays linear
_VERB_CLASSES = frozenset({"flow", "keep", "report", "helper", "v", "d", "ad"})
_AGE_LIST = re.compile(r"(?:(?:及以上|以上|及以下|以下)?、?[0-9]+(?:[-~至][0-9]+)?(?:周岁|岁))*(?:及以上|以上|及以下|以下)?")


def counted_noun(spot: Spot):
    """招引15个项目 → 招引项目: a count, or the object of a verb, names what follows it."""
    after, r = spot.after, spot.r
    if not after:
        return PASS
    if not (r.kind == "count" or spot.verb is not None or not spot.before
            or after.startswith(lexicon.longest("metric_after_words"))):
        return PASS
    verb = spot.verb if spot.verb not in lexicon.words("example_enders") else _opening_verb(spot.before_raw)
    if verb and (verb in lexicon.words("verbs_in_name") or words.classes().get(verb) in ("flow", "keep")) \
            and not after.startswith(verb):
        return verb + after
    before = spot.before
    if after in lexicon.words("generic_counted") and before and not spot.before_raw.rstrip().endswith(
            lexicon.longest("example_enders")):  # 出台服务民营经济发展21条措施, 重点项目20个项目
        return before if before.endswith(after) else before + after
    return after


def _opening_verb(raw: str) -> str | None:
    """新开工A、B等9个重点项目: a list of examples takes the flow or picking verb that opens it."""
    if not raw.rstrip().endswith(lexicon.longest("example_enders")):
        return None
    for w, t in words.tag(raw):
        if t in ("flow", "keep"):
            return w
        if t not in words.DROP_LEADING:
            return None
    return None


def restated(spot: Spot):
    """新增企业23家,累计达到215家: the same metric, said again."""
    if spot.before or spot.after or not spot.before_raw.strip():
        return PASS
    return previous_name(spot, same_kind=True) or previous_name(spot)


def _class_head(spot: Spot) -> str | None:
    """The head noun (企业, 项目) of the last count named before in the sentence (引进企业137家)."""
    s = spot.doc.sentence_start(spot.r.start)
    for j in range(spot.i - 1, max(-1, spot.i - 1 - MAX_LOOK_BACK), -1):
        p = spot.rs[j]
        if p.start < s:
            break
        if p.kind == "count" and p.name:
            heads = [h for h in lexicon.longest("category_heads") if p.name.endswith(h)]
            return heads[0] if heads else None
    return None


def class_count(spot: Spot):
    """亿元以上5家 after 引进企业137家: the count of the class, named with its head noun."""
    r = spot.r
    if r.kind != "count" or not spot.i or spot.rs[spot.i - 1].role != "threshold" \
            or not spot.before_raw.rstrip().endswith(lexicon.longest("class_bounds")):
        return PASS
    head = _class_head(spot)
    before = spot.before
    return (before + head if before and head and not before.endswith(head) else before) or PASS


def nearest(spot: Spot):
    """The words before the amount, else the noun after it; an amount that sizes the noun after it
    (引进投资2000万元的养殖场) is not the object of the verb before it."""
    before = spot.before
    if before and spot.r.kind == "money" and _sizes_a_noun(spot.doc.view, spot.r.end):
        first = words.tag(before)[0]
        if first[1] in ("keep", "flow") and len(before) > len(first[0]) + 1:
            return words.trim(before[len(first[0]):])
    return before or spot.after


def _sizes_a_noun(view: str, end: int) -> bool:
    return view[end:end + 1] == "的" or bool(CJK.match(view[end:end + 1]))


RULES: list[Callable[[Spot], object]] = [
    distributive, rate, change, from_to, verb_after_object, threshold, class_count, counted_noun, restated, nearest]


def assign(doc: Document, rs: list[Reading]) -> None:
    """Name every reading, in document order (a rule may read earlier names)."""
    starts = [r.start for r in rs]
    for i, r in enumerate(rs):
        spot = Spot(doc, rs, i, starts, rs[i + 1].start if i + 1 < len(rs) else len(doc.view))
        for rule in RULES:
            name = rule(spot)
            if name is not PASS:
                r.name = name
                break
        if i:
            share_verb(doc, rs[i - 1], r)
