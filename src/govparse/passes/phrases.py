"""Cutting a metric name out of the words around an amount.

String helpers for :mod:`govparse.passes.names`: strip the verbs, particles and frames
that surround a name (完成…, 同比增长, 占年度目标任务的) and read the noun phrase
that follows an amount. Every word list is a section of ``lexicon.txt``.

>>> clean("截至目前,完成一般公共预算收入")
'一般公共预算收入'
>>> strip_growth_words("营业收入同比增长")
'营业收入'
>>> strip_growth_words("工业增加值")
'工业增加值'
>>> strip_share_words("占年度目标任务的")
''
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from . import words
from ..text import CJK

__all__ = ["clean", "strip_period", "ends_in_to_word", "strip_trailing", "strip_growth_words", "strip_share_words", "noun_after",
           "verb_before", "CJK", "MAX_NAME"]

MAX_NAME = 20


def strip_trailing(name: str) -> str:
    """Drop the verbs and particles that end a name (达到, 为, 共计)."""
    rx = lexicon.ending("name_trailing", "to_words")  # 达到, 为; and 增加到 of a from → to statement
    while name:
        m = rx.search(name)
        if not m or name.endswith(lexicon.longest("approx_word_exceptions")):
            break  # 签约, 节约: a word, not an approximation word
        if m.start() == 0:
            return ""
        name = name[:m.start()]
    return name


def _strip_leading(name: str) -> str:
    rx = lexicon.anywhere("name_prefixes")
    done = lexicon.words("done_verbs")
    changed = True
    while changed and name:
        changed = False
        m = rx.match(name)
        if m and words.opens_with(name, m.group()):  # 现 of 现已, never of 现代农业
            w = m.group()
            if len(name) - len(w) > (2 if w in done else 1):
                name, changed = name[len(w):], True
        if name[:1] in lexicon.words("leading_particles") and words.opens_with(name, name[:1]):
            name, changed = name[1:], True  # 对 of 对企业, never of 对外贸易
    return name


def _cut(name: str, keep_done: bool = False) -> str:
    """Start the name after the last cut word (完成, 累计, 其中) that leaves enough; a generic
    measure after a verb keeps the subject before it (高新技术企业实现工业产值 → 高新技术企业工业产值).

    >>> _cut("截至目前,完成一般公共预算收入"), _cut("规上企业实现总产值"), _cut("高新技术企业实现工业产值")
    ('一般公共预算收入', '规上企业总产值', '高新技术企业工业产值')
    """
    best = None
    done = lexicon.words("done_verbs")
    for m in lexicon.anywhere("name_cuts").finditer(name):
        w = m.group()
        if keep_done and w in done:
            continue
        rest = len(name) - m.end()
        if rest > 2 or rest == 2 and w not in done:
            best = m
    if best is None:
        return name
    rest, subject = name[best.end():], name[:best.start()]
    if rest in lexicon.words("generic_measures") and best.group() in lexicon.words("subject_verbs") \
            and CJK.search(subject) and not re.search(r"[,，;；:：]", subject):
        return subject + ("的" if best.group() == "的" else "") + rest  # 中央财政用于科技的投入
    return rest


@lru_cache(maxsize=1)
def _period_tail() -> re.Pattern:
    """A time or a from-word that ends the words before an amount (由2002年的, 从)."""
    first = set("0123456789的") | lexicon.initials("from_words") | lexicon.initials("period_words")
    return re.compile(lexicon.lookahead(first) + r"(?:(?:" + lexicon.alternation("from_words")
                      + r")?(?:[0-9]{4}年(?:底|末)?|" + lexicon.alternation("period_words") + r")?的?)+$")


@lru_cache(maxsize=1)
def _period_head() -> re.Pattern:
    plan = r"“?(?:十?[一二三四五六七八九]|十)五”?(?:时期|期间|以来)"  # “十三五”期间: a five-year plan's years
    until = r"(?:截至|截止)(?:[0-9]+[年月日])*(?:底|末|[上中下]旬)?"  # 截止11月8日, 截至10月底
    return re.compile(r"^(?:(?:[0-9]{4}年(?:度|底|末)?|" + until + "|" + plan + "|"
                      + lexicon.alternation("period_words") + r")的?)+")


_FROM_TAIL = re.compile(r"(?<=..)(?:从|由)[^从由,，]{0,4}$")


def strip_period(raw: str) -> str:
    """Drop the times and from-words around a name (2007年产量 → 产量; 收入由2002年的 → 收入).

    >>> strip_period("城镇居民人均可支配收入由2002年的"), strip_period("2007年进出口总额")
    ('城镇居民人均可支配收入', '进出口总额')
    >>> strip_period("“十五”期间年均经济增长速度")
    '经济增长速度'

    """
    raw = _FROM_TAIL.sub("", _period_tail().sub("", raw))  # 劳动生产率从人均8.7万元: the base, not the name
    return _period_head().sub("", raw)


def ends_in_to_word(raw: str) -> bool:
    """增加到2007年的13786元: the amount is the new level of the metric named before."""
    return _period_tail().sub("", raw).endswith(lexicon.longest("to_words"))


def _balanced(name: str) -> str:
    """Quotes at a name's edges stay when they pair with one inside (“四乱”, “提品质”重点项目),
    and go when they pair with nothing.

    >>> _balanced("清“四乱”"), _balanced("“三有”企业"), _balanced("”企业“"), _balanced("“洮湖学堂")
    ('清“四乱”', '“三有”企业', '企业', '洮湖学堂')
    """
    while name[:1] == "“" and "”" not in name:
        name = name[1:]
    while name[-1:] == "”" and "“" not in name:
        name = name[:-1]
    while name[:1] == "”":
        name = name[1:]
    while name[-1:] == "“":
        name = name[:-1]
    if name.count("“") > name.count("”") and name.startswith("“"):
        name = name[1:]
    return name


_MARKUP = re.compile(r"<[^<>]{0,200}>")


def clean(name: str, keep_done: bool = False) -> str | None:
    """The name in the words before an amount, or None when they name nothing."""
    if not CJK.search(name):
        return None  # every step below only removes characters: no word now, no name after
    if "<" in name:  # </script>营收: markup left in a text is no part of a name
        name = _MARKUP.split(name)[-1]
    name = _balanced(name.strip(" \t、,.。\"'‘’《》"))
    name = strip_period(strip_trailing(strip_period(name)))
    name = _strip_leading(strip_period(_cut(name, keep_done)))
    name = _balanced(name.strip(" \t、,.。"))
    if CJK.search(name):
        if words.names_nothing(name):
            return None
        trimmed = words.trim(name)
        if trimmed != name:  # 最终计算2021年全县生产总值: what the words hid is stripped now
            trimmed = words.trim(_strip_leading(strip_period(trimmed))) or trimmed
        name = trimmed
    if name in lexicon.words("name_prefixes") or name in lexicon.words("name_cuts"):
        return None
    if len(name) > MAX_NAME:
        name = name[-MAX_NAME:]
    return name if CJK.search(name) else None


def noun_after(raw: str) -> str | None:
    """The noun phrase that follows an amount (``raw``: the rest of its clause)."""
    for w in lexicon.longest("after_amount_skip"):
        if raw.startswith(w):
            raw = raw[len(w):]
            break
    raw = raw.lstrip("的")
    if not raw or not (CJK.match(raw) or raw[0] in "“\"") or not CJK.search(raw):
        return None
    cut = raw[:MAX_NAME + 8]
    edges = words.boundaries(cut)  # the earliest stop word that is a word of its own (在 of 在建, not 在谈)
    stop = next((m for m in lexicon.anywhere("name_stops_after").finditer(cut)
                 if m.start() in edges and m.end() in edges), None)
    if stop and stop.start() == 0:
        return None
    raw = strip_period(strip_trailing(cut[:stop.start() if stop else len(cut)])).strip("、“”\"")
    raw = words.trim(raw, leading=False) if CJK.search(raw) else raw  # 投资规模 → 投资
    heads = [(raw.find(h), h) for h in lexicon.words("category_heads") if raw.find(h) >= 0]
    if heads:
        i, h = min(heads)
        raw = raw[:i + len(h)]
    if raw.endswith("的"):
        raw = raw[:-1]
    return raw[:MAX_NAME] if CJK.search(raw) else None


@lru_cache(maxsize=1)
def _growth_tail() -> re.Pattern:
    sections = ("growth_up", "growth_down", "growth_frame")
    return re.compile(lexicon.lookahead(lexicon.initials(*sections)) + "(?:" + lexicon.alternation(*sections) + ")+$")


def strip_growth_words(name: str) -> str:
    """Drop the growth cue that ends a name (同比增长), never a word inside it (增加值).

    >>> strip_growth_words("工农业总值 增长 "), strip_growth_words("一般公共预算总收入同口径增长")
    ('工农业总值', '一般公共预算总收入')
    """
    return _growth_tail().sub("", name.rstrip()).rstrip()


def strip_share_words(name: str) -> str:
    """Drop the share frame that ends a name (占年度目标任务的, 完成目标任务的, 占国内生产总值的比重,
    占全市).

    >>> strip_share_words("财政赤字占国内生产总值的比重"), strip_share_words("专利申请量占全市")
    ('财政赤字', '专利申请量')
    """
    name = name.rstrip("的")
    name = re.sub(r"^占[^,。]{0,14}$", "", name)  # a clause that is only the frame: the metric is before it
    name = re.sub(r"(?<=..)占[^,。占]{0,16}?的?(?:比重|比例)$", "", name)
    name = re.sub(r"(?<=..)占(?:" + lexicon.alternation("share_wholes") + r")$", "", name)
    return re.sub(r"(?:已?完成)?(?:全年|年度|总)?(?:目标任务|目标|任务|计划|工程量|进度)$", "", name)


def verb_before(raw: str) -> str | None:
    """The verb (or conjunction) that ends ``raw``, when the amount is its object."""
    raw = raw.rstrip("了 ")
    tags = words.tag(raw[-12:]) if CJK.search(raw[-1:]) else ()
    if tags and tags[-1][1] in ("flow", "keep"):
        return tags[-1][0]  # 成功申报6个…项目, 新开工建设36项重点工程
    m = lexicon.ending("verbs_before_object").search(raw)
    return m.group() if m else None
