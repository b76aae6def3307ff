"""The names pass: which metric each amount belongs to.

Runs after the roles pass. :data:`RULES` is an ordered list of small rules;
each gets a :class:`Spot` (one reading and the words around it) and returns a
name, None (the text names nothing), or :data:`PASS` to leave the amount to the
next rule. A naming rule for a new genre is one more function in the list.

>>> from govparse.document import Document
>>> from govparse.reading import read, order
>>> from govparse import roles
>>> from govparse.text import normalize
>>> doc = Document.build(normalize("完成一般公共预算收入3.4亿元,同比增长14.69%;招引15个项目。"))
>>> rs = order(doc, read(doc, []))
>>> roles.assign(doc, rs); assign(doc, rs)
>>> [r.name for r in rs]
['一般公共预算收入', '一般公共预算收入', '招引项目']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

import attrs

from . import lexicon
from .document import Document
from .phrases import CJK, clean, ends_in_to_word, noun_after, strip_period, strip_growth_words, strip_share_words, strip_trailing, verb_before
from .reading import Reading

__all__ = ["assign", "RULES", "PASS", "Spot"]

PASS = object()  # a rule's answer: not mine, ask the next rule
_RATES = ("percent", "percentage_point")


class lazy:  # noqa: N801 - functools.cached_property without the lock Python 3.11 takes on every get
    """A property computed on first use and stored in the instance's ``__dict__``."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@attrs.define(slots=False)  # a plain __dict__ for the lazy properties
class Spot:
    """One reading and what the naming rules read around it."""

    doc: Document
    rs: list[Reading]
    i: int
    starts: list[int]
    nxt: int  # where the next reading starts

    @property
    def r(self) -> Reading:
        return self.rs[self.i]

    @lazy
    def raw(self) -> str:
        """The words of the clause before the amount."""
        return self.doc.view[self.r.cstart:self.r.start]

    @lazy
    def before_raw(self) -> str:
        """As :attr:`raw`; for 标准(0.05mg/L), the words before the bracket; for 工业源(企业)254家,
        the words before the amount with their bracketed note."""
        cstart, view = self.r.cstart, self.doc.view
        if not self.raw.strip() and view[cstart - 1:cstart] == "(":
            return view[self.doc.clause_start(cstart - 1, max(0, cstart - 40)):cstart - 1]
        if not self.raw.strip() and view[cstart - 1:cstart] == ")":
            opening = view.rfind("(", max(0, cstart - 12), cstart - 1)
            if opening > 0:
                floor = max(opening - 40, self.rs[self.i - 1].end if self.i else 0, 0)
                return view[self.doc.clause_start(opening, floor):cstart].lstrip("、")
        return self.raw

    @lazy
    def before(self) -> str | None:
        return clean(self.before_raw) if self.before_raw else None

    @lazy
    def after(self) -> str | None:
        """The noun after the amount; a count right before another amount (130名84-86周岁老年人)
        counts the noun after that one."""
        end, doc = self.r.end, self.doc
        if end == self.nxt and self.r.kind == "count" and self.i + 1 < len(self.rs):
            end = self.rs[self.i + 1].end
            return noun_after(doc.view[end:doc.clause_end(end, len(doc.view))])
        return noun_after(doc.view[end:doc.clause_end(end, self.nxt)])

    @lazy
    def verb(self) -> str | None:
        return verb_before(self.before_raw)

    @lazy
    def previous(self) -> tuple[str | None, str | None]:
        return _previous(self)


MAX_LOOK_BACK = 12  # amounts: a name is carried over a list, not over a page of unnamed numbers


def previous_name(spot: Spot, same_kind: bool = False) -> str | None:
    """The name of the last amount before this one in its sentence that is not a growth rate
    (of the same kind with ``same_kind``), looking back at most :data:`MAX_LOOK_BACK` amounts."""
    return spot.previous[0 if same_kind else 1]


def _previous(spot: Spot) -> tuple[str | None, str | None]:
    """One walk back for both: (the last such name of the same kind, the last of any kind)."""
    s = spot.doc.sentence_start(spot.r.start)
    kind, rs, starts = spot.r.info.kind, spot.rs, spot.starts
    same = other = None
    for j in range(spot.i - 1, max(-1, spot.i - 1 - MAX_LOOK_BACK), -1):
        if starts[j] < s:
            break
        p = rs[j]
        if p.growth or not p.name:
            continue
        other = other or p.name
        if p.info.kind == kind:
            same = p.name
            break
    return same, other


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


def rate(spot: Spot):
    """A growth rate or share names the metric before its cue (营业收入同比增长5%)."""
    r = spot.r
    if r.kind not in _RATES and not (r.kind == "multiple" and r.growth):  # 增长1.71倍 is a rate too
        return PASS
    raw = spot.raw
    if r.growth:
        raw = strip_growth_words(raw)
    raw = strip_share_words(strip_trailing(raw))
    name = clean(raw, keep_done=r.role == "share") if raw else None
    name = _before_comparison(name)
    if name and len(name) >= 2 and not name.startswith(lexicon.longest("comparison_openers")):
        return name  # its own subject (居民消费价格上涨2%), even after another metric
    return previous_name(spot) or name


_COMPARED = re.compile(r"(?:比|较)(?=[0-9〇零一二三四五六七八九十上去前同年])")


def _before_comparison(name: str | None) -> str | None:
    """贷款平均利率较五年前 → 贷款平均利率: a comparison with a base ends the name (比例 is a word)."""
    if not name:
        return name
    m = _COMPARED.search(name)
    return clean(name[:m.start()]) if m else name


def change(spot: Spot):
    """较上年增加0.5亿元: the change of the metric named before it."""
    if spot.r.role != "change":
        return PASS
    rest = clean(strip_growth_words(spot.before_raw)) if spot.before_raw else None
    return rest or previous_name(spot)


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
    if after and spot.doc.view.startswith(lexicon.longest("size_class_marks"), spot.r.end):
        return after  # 万吨级泊位: the class of berths
    if after and any(after.endswith(h) for h in lexicon.words("category_heads")) and not (
            after in lexicon.words("generic_heads") and before):
        return after
    return before or after


def counted_noun(spot: Spot):
    """招引15个项目 → 招引项目: a count, or the object of a verb, names what follows it."""
    after, r = spot.after, spot.r
    if not after:
        return PASS
    if not (r.kind == "count" or spot.verb is not None or not spot.before
            or after.startswith(lexicon.longest("metric_after_words"))):
        return PASS
    verb = spot.verb
    if verb in lexicon.words("verbs_in_name") and not after.startswith(verb):
        return verb + after
    return after


def restated(spot: Spot):
    """新增企业23家,累计达到215家: the same metric, said again."""
    if spot.before or spot.after or not spot.before_raw.strip():
        return PASS
    return previous_name(spot, same_kind=True) or previous_name(spot)


def nearest(spot: Spot):
    """The words before the amount, else the noun after it."""
    return spot.before or spot.after


RULES: list[Callable[[Spot], object]] = [
    distributive, rate, change, from_to, verb_after_object, threshold, counted_noun, restated, nearest]


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
