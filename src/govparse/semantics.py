"""What each amount means in its sentence.

Given the scan's candidates, this module decides the metric's unit and kind
in context (a bare 1000万 of a fund is money; 万方 of floor space is m**2), its
approximation, its role (value, growth, change, share, target, threshold), the
name of the metric it belongs to, and which units stand where a number was
lost. The rules read the normalized view and the word lists in
``lexicon.txt``; nothing here is specific to one document.

>>> from govparse.text import normalize
>>> ms = metrics(normalize("完成一般公共预算收入3.4亿元,同比增长14.69%。"))
>>> [(m.text, str(m.value), m.role, m.name) for m in ms]
[('3.4亿元', '340000000', 'value', '一般公共预算收入'), ('14.69%', '14.69', 'growth', '一般公共预算收入')]
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from decimal import Decimal
from itertools import accumulate
from functools import lru_cache

import attrs

from . import lexicon
from .exclude import idiom_spans, reason as exclusion
from .models import Metric
from .scan import NUMERAL_CHARS, Candidate, candidates, orphan_units
from .text import Text
from .units import UnitInfo, to_canonical, unit_info

__all__ = ["metrics", "plan_start"]

_CLAUSE = set(",，;；:：!?！？\n()（）[]【】。")
_SENTENCE = set("。;；!?！？\n")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_NAME = 16


@lru_cache(maxsize=None)
def _longest(section: str) -> tuple[str, ...]:
    return tuple(lexicon.longest_first(lexicon.words(section)))


@lru_cache(maxsize=None)
def _longest_map(section: str) -> tuple[tuple[str, str], ...]:
    m = lexicon.mapping(section)
    return tuple((w, m[w]) for w in lexicon.longest_first(m))


_MAX_SENTENCE = 300  # look no further than this for a clause's or sentence's bounds
_CLAUSE_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE))) + "]")
_SENTENCE_RE = re.compile("[" + re.escape("".join(sorted(_SENTENCE))) + "]")


_LOCAL = threading.local()


def _marks(view: str) -> tuple[list[int], list[int]]:
    """Positions of clause and sentence delimiters, found once per document.

    Kept per thread for the view object in hand (compared by identity: an equal
    copy of a long text must not cost a comparison of its characters per call).
    """
    hit = getattr(_LOCAL, "marks", None)
    if hit is not None and hit[0] is view:
        return hit[1]
    marks = ([m.start() for m in _CLAUSE_RE.finditer(view)], [m.start() for m in _SENTENCE_RE.finditer(view)])
    _LOCAL.marks = (view, marks)
    return marks


def _before(marks: list[int], pos: int, floor: int) -> int:
    k = bisect_left(marks, pos) - 1
    return max(floor, marks[k] + 1 if k >= 0 else 0)


def _after(marks: list[int], pos: int, ceil: int) -> int:
    k = bisect_left(marks, pos)
    return min(ceil, marks[k] if k < len(marks) else ceil)


def _clause_start(view: str, pos: int, floor: int) -> int:
    return _before(_marks(view)[0], pos, max(floor, pos - _MAX_SENTENCE))


def _clause_end(view: str, pos: int, ceil: int) -> int:
    return _after(_marks(view)[0], pos, min(ceil, pos + _MAX_SENTENCE))


def _sentence_start(view: str, pos: int) -> int:
    return _before(_marks(view)[1], pos, max(0, pos - _MAX_SENTENCE))


def _sentence_end(view: str, pos: int) -> int:
    return _after(_marks(view)[1], pos, min(len(view), pos + _MAX_SENTENCE))


# ---------------------------------------------------------------- plan part
_PLAN_YEAR = re.compile(r"(?:^|\n|。)[ \t]*(?:20[0-9]{2}年)[^\n。]{0,40}?将")


_SHORT_LINE = re.compile(r"\n([^\n]{2,30})(?=\n)")


def plan_start(view: str) -> int | None:
    """Where the report turns to next year's plan, or None.

    A paragraph that opens with a year and says what "will" be done (2023年,
    街道将…) or with 下一步 / 明年 starts the plan; amounts after it are targets.

    >>> plan_start("一、工作总结\\n完成10个。\\n2023年,街道将完成20个。")
    14
    """
    m = _PLAN_YEAR.search(view)
    best = m.start() + (1 if view[m.start()] in "\n。" else 0) if m else None
    for w in _longest("plan_openers"):
        for mm in re.finditer(r"(?:^|\n)[ \t]*" + re.escape(w), view):
            s = mm.start() + (1 if view[mm.start()] == "\n" else 0)
            if best is None or s < best:
                best = s
    words = lexicon.words("plan_heading_words")
    body = view.find("。")  # headings of the plan come after the report has begun, not in its title
    for mm in _SHORT_LINE.finditer(view, max(body, 0)):
        line = mm.group(1)
        if any(w in line for w in words) and not any(ch in line for ch in "。;；"):
            s = mm.start(1)
            if best is None or s < best:
                best = s
            break
    if best is not None:
        while best < len(view) and view[best] in " \t":
            best += 1
    return best


# ---------------------------------------------------------------- names
@lru_cache(maxsize=None)
def _ends(section: str) -> re.Pattern:
    """Matches a word of ``section`` at the end of a string (longest first)."""
    return re.compile("(?:" + "|".join(map(re.escape, _longest(section))) + ")$")


@lru_cache(maxsize=None)
def _starts(section: str) -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, _longest(section))) + ")")


@lru_cache(maxsize=None)
def _ends_map(section: str) -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(w) for w, _ in _longest_map(section)) + ")$")


def _strip_trailing(name: str) -> str:
    rx = _ends("name_trailing")
    while name:
        m = rx.search(name)
        if not m:
            break
        if m.start() == 0:
            return ""
        name = name[:m.start()]
    return name


def _strip_leading(name: str) -> str:
    rx = _starts("name_prefixes")
    changed = True
    while changed and name:
        changed = False
        m = rx.match(name)
        if m:
            w = m.group()
            if len(name) - len(w) > (2 if w in ("完成", "实现") else 1):
                name, changed = name[len(w):], True
        if name[:1] in "对向在把将从和及与":
            name, changed = name[1:], True
    return name


def _cut(name: str, keep_done: bool = False) -> str:
    best = -1
    for m in _starts("name_cuts").finditer(name):
        w = m.group()
        if keep_done and w in ("完成", "实现"):
            continue
        rest = len(name) - m.end()
        if rest > 2 or rest == 2 and w not in ("完成", "实现"):
            best = max(best, m.end())
    return name[best:] if best >= 0 else name


def _clean(name: str, keep_done: bool = False) -> str | None:
    name = name.strip(" \t、,.。“”\"'‘’《》")
    name = _strip_trailing(name)
    name = _cut(name, keep_done)
    name = _strip_leading(name)
    name = name.strip(" \t、,.。")
    if name in lexicon.words("name_prefixes") or name in lexicon.words("name_cuts"):
        return None
    if len(name) > _MAX_NAME:
        name = name[-_MAX_NAME:]
    return name if _CJK.search(name) else None


def _name_after(view: str, end: int, ceil: int) -> str | None:
    stop = _clause_end(view, end, ceil)
    raw = view[end:stop]
    for w in ("以上", "以下", "以内", "左右", "内", "的"):
        if raw.startswith(w):
            raw = raw[len(w):]
    raw = raw.lstrip("的")
    if not raw or not (_CJK.match(raw) or raw[0] in "“\""):
        return None
    stop = _starts("name_stops_after").search(raw)  # the earliest stop word
    if stop and stop.start() == 0:
        return None
    raw = raw[:stop.start() if stop else len(raw)].strip("、“”\"")
    heads = [(raw.find(h), h) for h in lexicon.words("category_heads") if raw.find(h) >= 0]
    if heads:
        i, h = min(heads)
        raw = raw[:i + len(h)]
    if raw.endswith("的"):
        raw = raw[:-1]
    return raw[:_MAX_NAME] if _CJK.search(raw) else None


def _growth_direction(text: str) -> int:
    """+1 or -1 when ``text`` (what stands just before a percent) is a growth cue."""
    tail = text[-8:]
    best, sign = -1, 0
    for section, s in (("growth_up", 1), ("growth_down", -1)):
        for w in _longest(section):
            i = tail.rfind(w)
            if i >= 0 and i + len(w) > best:
                best, sign = i + len(w), s
    if best < 0:
        return 0
    rest = tail[best:]
    if rest[:1] in ("至", "到", "为"):
        return 0  # 提升至95%: the level reached, not a rate of growth
    for w in _longest("growth_frame"):
        rest = rest.replace(w, "")
    return sign if not rest.strip() else 0


@lru_cache(maxsize=1)
def _growth_tail() -> re.Pattern:
    words = lexicon.longest_first(lexicon.words("growth_up") | lexicon.words("growth_down")
                                  | lexicon.words("growth_frame"))
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")+$")


def _strip_growth_words(name: str) -> str:
    """Drop the growth cue that ends a name (同比增长), never a word inside it (增加值)."""
    return _growth_tail().sub("", name)


def _strip_share_words(name: str) -> str:
    """Drop the share frame that ends a name (占年度目标任务的, 完成目标任务的)."""
    name = name.rstrip("的")
    name = re.sub(r"^占[^,。]{0,14}$", "", name)  # a clause that is only the frame: the metric is before it
    name = re.sub(r"(完成)?(全年|年度|总)?(目标任务|目标|任务|计划)$", "", name)
    return name


# ---------------------------------------------------------------- the pass
@attrs.define
class _Draft:
    c: Candidate
    info: UnitInfo
    value: Decimal | None
    approx: str = "exact"
    role: str = "value"
    name: str | None = None
    missing: bool = False
    warnings: tuple[str, ...] = ()


def _approx(view: str, start: int, end: int, approx_in: bool, kind: str) -> str:
    if approx_in:
        return "over"
    m = _ends_map("approx_before").search(view, max(0, start - 4), start)
    if m and not _approx_is_word(view, m.start(), m.group()):
        return lexicon.mapping("approx_before")[m.group()]
    after = view[end:end + 3].lstrip(")")
    for w, a in _longest_map("approx_after"):
        if after.startswith(w):
            if w == "内" and kind not in ("length", "area", "duration"):
                continue
            return a
    return "exact"


def _approx_is_word(view: str, at: int, w: str) -> bool:
    """True when approximation word ``w`` at ``at`` is the end of another word (签约)."""
    return len(w) == 1 and at > 0 and view[at - 1:at + 1] in lexicon.words("approx_word_exceptions")


def _is_threshold(view: str, d: _Draft, start: int, end: int) -> bool:
    after = view[end:end + 6]
    kind = d.info.kind
    if kind == "count":
        return False
    bound = re.match(r"\)?(以上|以下|以内|内)", after)
    if bound:
        rest = after[bound.end():]
        rest = rest[1:] if rest.startswith("的") else rest
        if rest[:1] and (_CJK.match(rest[0]) or rest[0] in "“\""):
            return True
        if after.startswith(")") and view[start - 1:start] == "(":
            return True  # 标准(0.05mg/L)以下
        return False
    before = view[max(0, start - 2):start]
    if re.search(r"(超|超过|低于|高于|不足|不到)$", before) and after[:1] and _CJK.match(after[0]):
        return True
    if kind in ("money", "duration"):
        heads = lexicon.words("category_heads")
        nxt = view[end:end + 12]
        for h in heads:
            i = nxt.find(h)
            if i == 0 or (0 < i and _CJK.match(nxt[0]) and not any(
                    nxt.startswith(w) for w in lexicon.words("metric_after_words"))
                    and not re.search(r"[,，。;；、()]", nxt[:i])):
                return True
    return False


def _money_context(view: str, start: int, end: int) -> bool:
    s = _clause_start(view, start, max(0, start - 30))
    e = _clause_end(view, end, min(len(view), end + 20))
    clause = view[s:e]
    return any(w in clause for w in lexicon.words("money_cues"))


def _unit_for(view: str, c: Candidate) -> UnitInfo | None:
    if c.suffix in ("percent", "percentage_point", "multiple"):
        return unit_info(c.suffix)
    if c.unit is None:
        return unit_info("元") if c.magnitude and _money_context(view, c.start, c.end) else None
    info = unit_info(c.unit)
    if c.unit == "方":
        s = _clause_start(view, c.start, max(0, c.start - 20))
        e = _clause_end(view, c.end, min(len(view), c.end + 20))
        if any(w in view[s:e] for w in lexicon.words("floor_space_words")):
            info = attrs.evolve(unit_info("平方米"), surface="方")
    return info


def _classifier(text: Text, c_start: int, number_end: int, end: int, info: UnitInfo) -> str | None:
    if info.kind != "count":
        return None
    raw = text.orig(number_end, end) if number_end < end else info.classifier
    raw = re.sub(r"\([^)]*\)", "", raw or "")
    return raw.strip() or info.classifier


def _drafts(text: Text, seen: list[tuple[int, int]]) -> list[_Draft]:
    """Drafts of the candidates that are quantities; ``seen`` collects every candidate's span."""
    view = text.view
    out: list[_Draft] = []
    for c in candidates(view):
        seen.append((c.start, c.end))
        if exclusion(view, c):
            continue
        info = _unit_for(view, c)
        if info is None:
            continue
        if c.malformed:
            out.append(_Draft(c, info, None, warnings=("malformed_number",)))
            continue
        value = c.value if info.kind == "temperature" else to_canonical(c.value, info)
        d = _Draft(c, info, value, warnings=_broken_warning(view, c.start))
        d.approx = _approx(view, c.start, c.end, c.approx_in, info.kind)
        out.append(d)
    return out


def _broken_warning(view: str, start: int) -> tuple[str, ...]:
    """A number right after a line break that follows digits may be the tail of a
    number a copy broke apart (12.7⏎6亿元): the value stands, with a warning."""
    i = start
    while i > 0 and view[i - 1] in " \t\r":
        i -= 1
    if i > 0 and view[i - 1] == "\n":
        j = i - 1
        while j > 0 and view[j - 1] in " \t\r":
            j -= 1
        if j > 0 and (view[j - 1].isdigit() or view[j - 1] == "."):
            return ("number_may_continue_previous_line",)
    return ()


def _lost_numbers(text: Text, taken: list[tuple[int, int]]) -> list[_Draft]:
    """Units and classifiers that stand where the text lost a number."""
    view = text.view
    busy = sorted(taken + idiom_spans(view))
    starts = [a for a, _ in busy]
    reach = list(accumulate((b for _, b in busy), max))  # furthest end among spans up to here
    strong: list[_Draft] = []
    weak: list[_Draft] = []

    def overlaps(s, e):
        k = bisect_left(starts, e) - 1  # spans starting before e
        return k >= 0 and reach[k] > s

    for s, e, unit in orphan_units(view, strong_only=True):
        d = _orphan(view, s, e, unit, overlaps, weak_too=False)
        if d is not None:
            strong.append(d)
    if len(strong) < 3:
        return strong
    # a document that lost its numbers: classifiers after words count too
    found = {d.c.end for d in strong}
    for s, e, unit in orphan_units(view):
        if e in found:
            continue
        d = _orphan(view, s, e, unit, overlaps, weak_too=True)
        if d is not None and d.approx == "exact" and not d.c.magnitude:
            weak.append(d)
    return sorted(strong + weak, key=lambda d: d.c.start)


def _orphan(view: str, s: int, e: int, unit: str, overlaps, weak_too: bool) -> _Draft | None:
    """A lost-number draft for the unit at ``[s, e)``, or None."""
    if overlaps(s, e):
        return None
    prev = view[s - 1] if s else ""
    if prev and (prev.isdigit() or prev in NUMERAL_CHARS or prev in "第每"):
        return None
    try:
        info = unit_info(unit)
    except KeyError:
        return None
    has_mag = e - s > len(unit)
    if (prev + unit) in lexicon.words("classifier_tail_words"):
        return None
    approx = None
    start = s
    if prev == "余" and not (s >= 2 and view[s - 2] in NUMERAL_CHARS + "0123456789"):
        start, approx = s - 1, "over"
    else:
        m = _ends_map("approx_before").search(view, max(0, s - 4), s)
        if m and m.group() != "内" and not _approx_is_word(view, m.start(), m.group()):
            approx = lexicon.mapping("approx_before")[m.group()]
    nxt = view[e:e + 2]
    if approx is not None or (has_mag and info.kind in ("money", "count", "area", "volume")
                              and not nxt.startswith(("企业", "级", "以上", "以下", "元", "户"))
                              and not (nxt[:1].isascii() and nxt[:1].isalpha())  # 万元GDP能耗
                              and not view[max(0, s - 2):s].endswith(("单位", "每"))):
        if approx is None and info.kind == "count" and not has_mag:
            return None
        return _Draft(Candidate(start, e, view[start:e], Decimal(0), start if start < s else s,
                                None, unit, False, False, has_mag), info, None,
                      approx=approx or "exact", missing=True)
    if not weak_too:
        return None
    # weak: a classifier right after a word, in a document that lost its numbers
    if not _CJK.match(prev or " "):
        return None
    if (unit + view[e:e + 1]) in lexicon.words("classifier_words"):
        return None
    if view[max(0, s - 2):s + len(unit)] in lexicon.words("classifier_tail_words"):
        return None
    if info.kind not in ("count", "area", "length", "duration") or unit in lexicon.words("not_lost_alone"):
        return None
    return _Draft(Candidate(s, e, view[s:e], Decimal(0), s, None, unit), info, None, missing=True)






def _assign(view: str, drafts: list[_Draft], plan: int | None) -> None:
    drafts.sort(key=lambda d: d.c.start)
    starts = [d.c.start for d in drafts]
    prev_end = 0
    for i, d in enumerate(drafts):
        c = d.c
        start, end = c.start, c.end
        nxt = drafts[i + 1].c.start if i + 1 < len(drafts) else len(view)
        cstart = _clause_start(view, start, prev_end)
        before_raw = view[cstart:start]
        kind = d.info.kind
        # role
        if kind in ("percent", "percentage_point"):
            sign = _growth_direction(view[max(cstart, start - 10):start]) if not d.missing else 0
            if not sign and i and drafts[i - 1].role == "growth" and drafts[i - 1].info.kind == kind \
                    and view[drafts[i - 1].c.end:start] in ("和", "、", "及", "与", ",和"):
                sign = -1 if drafts[i - 1].value is not None and drafts[i - 1].value < 0 else 1
            if sign:
                d.role = "growth"
                if sign < 0 and d.value is not None and d.value > 0:
                    d.value = -d.value
            else:
                d.role = "share" if kind == "percent" else "value"
        elif not d.missing:
            tail = view[max(cstart, start - 4):start]
            ch = next((w for w in _longest("change_words") if tail.endswith(w)), None)
            if ch and not tail.endswith("新增"):
                d.role = "change"
                if ch in lexicon.words("growth_down") and d.value is not None and d.value > 0:
                    d.value = -d.value
        if d.role == "value" and not d.missing and _is_threshold(view, d, start - (1 if c.range_part == 1 else 0),
                                               end if c.range_part != 1 else _range_end(drafts, i)):
            d.role = "threshold"
        if d.role in ("value", "share") and (
                (plan is not None and start >= plan)
                or (d.role == "value" and _target_cues(view, cstart, start))):
            d.role = "target"
        # name
        d.name = _name(view, drafts, i, cstart, before_raw, nxt, starts)
        prev_end = end


def _range_end(drafts: list[_Draft], i: int) -> int:
    return drafts[i + 1].c.end if i + 1 < len(drafts) and drafts[i + 1].c.range_part == 2 else drafts[i].c.end


def _target_cues(view: str, cstart: int, start: int) -> tuple[str, ...]:
    clause = view[max(cstart, start - 10):start]
    return tuple(w for w in _longest("target_cues") if w in clause)


def _name(view: str, drafts: list[_Draft], i: int, cstart: int, before_raw: str, nxt: int,
          starts: list[int]) -> str | None:
    d = drafts[i]
    kind = d.info.kind
    if d.c.range_part == 1:
        return _name(view, drafts, i + 1, cstart, before_raw, len(view), starts) if i + 1 < len(drafts) else None
    dist = _distributive_name(view, drafts, i, starts)
    if dist:
        return dist
    if kind in ("percent", "percentage_point"):
        raw = before_raw
        if d.role == "growth":
            raw = _strip_growth_words(raw)
        raw = _strip_share_words(_strip_trailing(raw))
        name = _clean(raw, keep_done=d.role == "share") if raw else None
        if name and len(name) >= 2 and d.role != "growth":
            return name
        return _previous_name(view, drafts, i) or name
    if not before_raw.strip() and view[cstart - 1:cstart] == "(":
        # 标准(0.05mg/L): the amount qualifies the words before the bracket
        before_raw = view[_clause_start(view, cstart - 1, max(0, cstart - 40)):cstart - 1]
    if d.role == "change":
        # 较上年增加0.5亿元: the change of the metric named before it
        rest = _clean(_strip_growth_words(before_raw)) if before_raw else None
        return rest or _previous_name(view, drafts, i)
    after = _name_after(view, d.c.end, nxt)
    before = _clean(before_raw) if before_raw else None
    verb = _verb_before(before_raw)
    if after and before_raw.rstrip().endswith("对"):
        # 对6条主干道路进行重塑提升 -> 重塑提升主干道路
        tail = view[d.c.end:_clause_end(view, d.c.end, len(view))]
        m = re.search(re.escape(after) + r"(?:进行)?([\u4e00-\u9fff]{2,6})$", tail)
        if m:
            return m.group(1) + after
    if d.role == "threshold":
        heads = lexicon.words("category_heads")
        if after and any(after.endswith(h) for h in heads) and not (
                after in lexicon.words("generic_heads") and before):
            return after
        return before or after
    if after and ((kind == "count" and not d.missing) or verb is not None or not before
                  or any(after.startswith(w) for w in lexicon.words("metric_after_words"))):
        if verb in lexicon.words("verbs_in_name") and not after.startswith(verb):
            return verb + after
        return after
    if not before and not after and before_raw.strip():
        # 新增企业23家,累计达到215家: the same metric, said again
        return _previous_name(view, drafts, i, same_kind=True) or _previous_name(view, drafts, i)
    return before or after


def _verb_before(raw: str) -> str | None:
    """The verb (or conjunction) that ends ``raw``, when the amount is its object."""
    m = _ends("verbs_before_object").search(raw.rstrip("了 "))
    return m.group() if m else None


def _previous_name(view: str, drafts: list[_Draft], i: int, same_kind: bool = False) -> str | None:
    s = _sentence_start(view, drafts[i].c.start)
    for j in range(i - 1, -1, -1):
        p = drafts[j]
        if p.c.start < s:
            break
        if same_kind and p.info.kind != drafts[i].info.kind:
            continue
        if p.role != "growth" and p.name:
            return p.name
    return None


def _distributive_name(view: str, drafts: list[_Draft], i: int, starts: list[int]) -> str | None:
    """Pair the k-th amount after 分别 with the k-th metric or subject before it."""
    me = drafts[i]
    s = _sentence_start(view, me.c.start)
    k = view.rfind("分别", s, me.c.start)
    if k < 0:
        return None
    e = _sentence_end(view, k)
    lo, mid, hi = bisect_left(starts, s), bisect_left(starts, k), bisect_left(starts, e)
    run = [d for d in drafts[mid:hi] if d.info.kind == me.info.kind]
    pos = run.index(me)
    before = [d for d in drafts[lo:mid] if d.name and d.info.kind not in ("percent",)]
    if before and me.info.kind in ("percent", "percentage_point"):
        return before[-len(run):][pos].name if len(before) >= len(run) else None
    # no amounts before 分别: the subjects are listed (A和B分别完成…, 甲、乙园区分别实现产值…)
    cs = _clause_start(view, k, s)
    if cs == k and cs > s:  # 分别 opens its clause: the subjects close the clause before
        subject_text = view[_clause_start(view, cs - 1, s):cs - 1]
        subject_text = re.split(r"实现|完成|均|都|全部|同时", subject_text)[0]
    else:
        subject_text = view[cs:k]
    subjects = [x for x in re.split(r"[和、及与]", subject_text) if x]
    if len(subjects) != len(run):
        return None
    if len(subjects) == 2 and len(subjects[0]) <= 3 and len(subjects[1]) > len(subjects[0]) + 2:
        # 城镇和农村居民人均可支配收入: the first subject shares the second's tail
        subjects[0] += subjects[1][len(subjects[0]):]
    metric = _strip_growth_words(_strip_trailing(view[k + 2:run[0].c.start].rstrip("的")))
    metric = re.sub(r"^(实现|达到|达|为|是)", "", metric)
    subject = _clean(subjects[pos])
    if not subject:
        return None
    return subject + (metric if _CJK.search(metric) else "")


def metrics(text: Text) -> list[Metric]:
    """All metrics of a normalized text, in document order."""
    view = text.view
    # every numeral the scan saw, excluded or not, blocks the lost-number pass
    taken: list[tuple[int, int]] = []
    drafts = _drafts(text, taken)
    drafts += _lost_numbers(text, taken)
    _assign(view, drafts, plan_start(view))
    out = []
    for d in drafts:
        s, e = text.span(d.c.start, d.c.end)
        out.append(Metric(
            start=s, end=e, text=text.original[s:e], value=d.value, unit=d.info.unit, kind=d.info.kind,
            classifier=_classifier(text, d.c.start, d.c.number_end, d.c.end, d.info),
            approx=d.approx, role=d.role, name=d.name, missing=d.missing, warnings=d.warnings))
    return out
