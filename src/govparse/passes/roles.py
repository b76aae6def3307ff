"""The roles pass: value, growth, change, share, target or threshold.

:data:`RULES` is an ordered list of small rules; each looks at one reading (and
the readings before it) and may set its role and sign. A rule for a new genre
is one more function in the list, with its words in ``lexicon.txt``.

>>> from govparse.document import Document
>>> from govparse.quantities.reading import read, order
>>> from govparse.text import normalize
>>> doc = Document.build(normalize("收入3亿元,同比下降5%,减少0.2亿元,计划投资2亿元。"))
>>> rs = order(doc, read(doc, []))
>>> assign(doc, rs)
>>> [(r.role, str(r.value)) for r in rs]
[('value', '300000000'), ('growth', '-5'), ('change', '-20000000'), ('target', '200000000')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import lexicon
from ..document import Document
from ..quantities.reading import Reading
from ..text import CJK

__all__ = ["assign", "RULES", "growth_direction"]

_RATES = ("percent", "percentage_point")


def growth_direction(text: str) -> int:
    """+1 or -1 when ``text`` (what stands just before a percent) is a growth cue.

    >>> growth_direction("同比增长"), growth_direction("下降了"), growth_direction("提升至")
    (1, -1, 0)
    """
    tail = text[-8:]
    if tail.endswith(lexicon.longest("rate_nouns")):
        return 0  # 自然增长率1.45‰: the rate's level
    best, sign = -1, 0
    for section, s in (("growth_up", 1), ("growth_down", -1)):
        for w in lexicon.longest(section):
            i = tail.rfind(w)
            if i >= 0 and i + len(w) > best:
                best, sign = i + len(w), s
    if best < 0:
        return 0
    rest = tail[best:]
    if rest[:1] in lexicon.words("level_reached"):
        return 0  # 提升至95%: the level reached, not a rate of growth
    for w in lexicon.longest("growth_frame"):
        rest = rest.replace(w, "")
    return sign if not rest.strip() else 0


def rate(doc: Document, rs: list[Reading], i: int) -> None:
    """A percent or a multiple after a growth cue is growth (增长1.71倍), signed; percentage
    points after one are a change of the rate (提高0.6个百分点); else a share (percent) or a value."""
    r = rs[i]
    if r.kind not in _RATES and r.kind != "multiple":
        return
    view = doc.view
    sign = growth_direction(view[max(r.cstart, r.start - 10):r.start]) if not r.missing else 0
    if not sign and not r.missing:
        sign = _comparative(view[r.cstart:r.start]) or \
            _rate_of_growth(view[doc.clause_start(r.start, max(0, r.start - 40)):r.start])
    if not sign and i:
        p = rs[i - 1]  # 增长8%和5%: the cue carries through a list
        if p.growth and p.kind == r.kind and view[p.end:r.start] in lexicon.words("list_joiners"):
            sign = -1 if p.value is not None and p.value < 0 else 1
    if sign:
        point_change = r.kind == "percentage_point" and not _contribution(view[r.cstart:r.start])
        r.role, r.growth = "change" if point_change else "growth", True
        if sign < 0:
            r.negate()
    elif r.kind != "multiple":  # a multiple without a cue is left to the later rules
        r.role = "share" if r.kind == "percent" else "value"
    elif _MULTIPLE_OF_BASE().search(view[r.cstart:r.start]):
        r.role = "share"  # 是1997年投入总和的1.7倍


@lru_cache(maxsize=1)
def _MULTIPLE_OF_BASE() -> re.Pattern:
    return re.compile("(?:" + lexicon.alternation("multiple_of_base") + ")[^,，;；。]{1,30}的$")


@lru_cache(maxsize=1)
def _BASIS_ONLY() -> re.Pattern:
    """同比分别-6.2%: a basis word (and 分别) right before a signed amount makes it growth."""
    basis = [w for w, v in lexicon.mapping("basis_words").items() if v in ("yoy", "mom")]
    return re.compile("(?:" + "|".join(map(re.escape, lexicon.longest_first(basis))) + ")(?:"
                      + lexicon.alternation("distributive_words") + r")?\s*$")


def _rate_of_growth(clause: str) -> int:
    """+1 when the clause names a rate of growth before the amount (涨幅回落到2.6%, 同比分别-6.2%,
    经济成长率达4.3%): the amount is that rate, with its own sign."""
    if lexicon.anywhere("rate_nouns").search(clause):
        return 0  # 人口自然增长率降到6.45‰: a level
    if _BASIS_ONLY().search(clause):
        return 1
    return 1 if lexicon.anywhere("growth_rate_nouns").search(clause) else 0


def _contribution(clause: str) -> bool:
    """拉动投资增长11个百分点: the points a part adds to the whole's growth."""
    return lexicon.anywhere("contribution_words").search(clause) is not None


def _comparative(clause: str) -> int:
    """比去年预算高 → +1, 较上年低 → -1: a comparison with a base that ends right before the amount."""
    m = _COMPARATIVE().search(clause)
    if not m:
        return 0
    return 1 if m.group(1) in lexicon.words("comparative_up") else -1


@lru_cache(maxsize=1)
def _COMPARATIVE() -> re.Pattern:
    words = lexicon.alternation("comparative_up", "comparative_down")
    return re.compile(rf"(?:比|较)[^,，;；。]{{1,12}}?({words})了?$")


def change(doc: Document, rs: list[Reading], i: int) -> None:
    """An absolute amount after 增加/减少 is a change of its metric, signed."""
    r = rs[i]
    if r.kind in _RATES or r.missing or r.growth:
        return
    tail = doc.view[max(r.cstart, r.start - 6):r.start]
    tail = _APPROX_END().sub("", tail)  # 减少约1500亿元: the change word before the approximation
    m = lexicon.ending("change_words").search(tail)
    ch = m.group() if m else None
    if ch is None and i and rs[i - 1].role == "change" and rs[i - 1].kind == r.kind \
            and doc.view[rs[i - 1].end:r.start] in lexicon.words("list_joiners"):
        r.role = "change"  # 净减少10.6万、3.8万平方公里: the cue carries through the list
        if rs[i - 1].value is not None and rs[i - 1].value < 0:
            r.negate()
        return
    if ch and not lexicon.ending("not_change").search(tail):
        r.role = "change"
        if ch in lexicon.words("growth_down"):
            r.negate()


@lru_cache(maxsize=1)
def _APPROX_END() -> re.Pattern:
    return re.compile("(?:" + lexicon.alternation("approx_before") + ")$")


def threshold(doc: Document, rs: list[Reading], i: int) -> None:
    """An amount that sets a class (10亿元以上项目, 60岁以上老人) is a threshold."""
    r = rs[i]
    if r.role == "value" and not r.missing and _is_threshold(doc.view, r):
        r.role = "threshold"


def _is_threshold(view: str, r: Reading) -> bool:
    start, end = r.start, r.end
    after = view[end:end + 6]
    if r.kind == "count":
        return False
    if after.startswith(lexicon.longest("size_class_marks")):
        return True  # 千万吨级炼油厂: a size class
    bound = lexicon.anywhere("threshold_bounds_after").match(after, 1 if after.startswith(")") else 0)
    if bound:
        rest = after[bound.end():]
        rest = rest[1:] if rest.startswith("的") else rest
        if rest[:1] and (CJK.match(rest[0]) or rest[0] in "“\""):
            return True
        if r.kind == "money" and _COUNT_AFTER.match(rest):
            return True  # 其中注册资金千万元以上46家: the count of a class
        return after.startswith(")") and view[start - 1:start] == "("  # 标准(0.05mg/L)以下
    if view[start:end].endswith(lexicon.longest("age_units")) and (
            CJK.match(after[:1]) or re.match(r"、[0-9]", after)):
        return True  # 3-11岁人群, 0-17岁、18-34岁…户籍人口: ages that set a group
    before = view[max(0, start - 2):start]
    if before.endswith(lexicon.longest("threshold_bounds_before")) and after[:1] and CJK.match(after[0]):
        return True
    if r.kind in ("money", "duration"):
        return _before_category(view, end)
    return False


_COUNT_AFTER = re.compile(r"[0-9]+(?:[家个户项])")


def _before_category(view: str, end: int) -> bool:
    """10亿元项目, 3年期贷款: an amount right before a category noun sets the class."""
    nxt = view[end:end + 12]
    if lexicon.anywhere("category_heads").search(nxt) is None:
        return False
    for h in lexicon.words("category_heads"):
        i = nxt.find(h)
        if i == 0 or (0 < i and CJK.match(nxt[0])
                      and not any(nxt.startswith(w) for w in lexicon.words("metric_after_words"))
                      and not re.search(r"[,，。;；、()]", nxt[:i])):
            return True
    return False


def target(doc: Document, rs: list[Reading], i: int) -> None:
    """Amounts in the plan part, in a statement of goals (主要预期目标是：…), or after a
    target cue (计划, 力争, 拟), are targets; a planned growth keeps its sign."""
    r = rs[i]
    if r.role not in ("value", "share", "growth", "change") or (r.role == "change" and r.kind in _RATES):
        return  # a planned change of an amount (减少贫困人口1000万以上) is a target; 高0.2个百分点 stays a change
    in_plan = doc.plan is not None and r.start >= doc.plan and not r.past
    if in_plan or _goal_statement(doc, r) or (r.role == "value" and _target_cue(doc, r)):
        r.role = "target"


MAX_GOAL_LIST = 600  # characters a list of goals may run after its 目标是：


def _goal_statement(doc: Document, r: Reading) -> bool:
    """The amount follows 目标是： in its sentence (今年发展的主要预期目标是：…)."""
    view = doc.view
    s = doc.sentence_start(r.start)
    while s > 0 and view[s - 1] in "：:；;" and r.start - s < MAX_GOAL_LIST:
        s = doc.sentence_start(s - 1)  # 目标是：A；B；C: the list is one statement
    return doc.last_word("goal_statements", max(0, s - 1), r.start) is not None


def _target_cue(doc: Document, r: Reading) -> bool:
    clause = doc.view[max(r.cstart, r.start - 10):r.start]
    outturn = ("budget_outturn_estimates", "budget_year_estimates") if doc.genre == "budget" \
        else ("budget_outturn_estimates",)
    if lexicon.anywhere(*outturn).search(clause):
        return False  # 预计完成39.1亿元: the expected outturn, a value
    cue = lexicon.anywhere("target_cues").search(clause)
    if cue and not clause.startswith(lexicon.longest("target_cue_nouns"), cue.start()):
        return True
    after = doc.view[r.end:doc.clause_end(r.end, r.end + 30)]
    return after.endswith(lexicon.longest("plan_nouns"))  # 编制了年度1.44亿元基础设施投资计划


RULES: list[Callable[[Document, list[Reading], int], None]] = [rate, change, threshold, target]


def assign(doc: Document, rs: list[Reading]) -> None:
    """Run every rule, in order, on every reading, in document order."""
    for i in range(len(rs)):
        for rule in RULES:
            rule(doc, rs, i)
