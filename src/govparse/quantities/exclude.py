"""What holds a numeral but is not a quantity: ordinals, slogans, names.

Dates and bare codes never reach here (the scan drops numbers with no unit);
this module judges the candidates that do have a unit or classifier, with word
lists from ``lexicon.txt``.

>>> from govparse.quantities.scan import candidates
>>> view = "第七批项目，四个方面，三天一会商，六个100%，盘活用地三块"
>>> [(c.text, reason(view, c)) for c in candidates(view)]
[('七批', 'ordinal'), ('四个', 'name'), ('三天', 'other'), ('六个', 'name'), ('100%', 'name'), ('三块', None)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .numerals import DIGITS, NUMERAL_CHARS
from .scan import Candidate, unit_alternation
from ..text import CJK
from .units import surfaces

__all__ = ["reason", "in_short_quote", "idiom_spans"]

_QUOTE_OPEN = "“\"「『《"
_QUOTE_CLOSE = "”\"」』》"
_MAX_QUOTED = 12
_QUOTES = re.escape("".join(sorted(set(_QUOTE_OPEN + _QUOTE_CLOSE))))
_OPEN_BEFORE = re.compile(f"[{re.escape(_QUOTE_OPEN)}][^{_QUOTES}]*$")  # the last opener, nothing closed since
_CLOSE = re.compile(f"[{re.escape(_QUOTE_CLOSE)}]")
_PAGE_COUNTER = re.compile("(?:" + lexicon.alternation("page_counters") + r")\s*[:：]?\s*$")


def idiom_spans(view: str) -> list[tuple[int, int]]:
    """Spans of fixed phrases (千家万户) that hold numerals but no amount."""
    return [m.span() for m in lexicon.anywhere("idioms").finditer(view)]


def in_short_quote(view: str, start: int, end: int) -> bool:
    """True when ``[start, end)`` sits inside a short quoted phrase (“1357”体系)."""
    left = _OPEN_BEFORE.search(view, max(0, start - _MAX_QUOTED), start)
    if left is None:
        return False
    right = _CLOSE.search(view, end, end + _MAX_QUOTED)
    return right is not None and right.start() - left.start() - 1 <= _MAX_QUOTED


def reason(view: str, c: Candidate) -> str | None:
    """Why candidate ``c`` is not a quantity (``ordinal``, ``name``, ``other``), or None."""
    before = view[max(0, c.start - 2):c.start]
    if before.endswith(lexicon.longest("ordinal_markers")):
        return "ordinal"
    if in_short_quote(view, c.start, c.end):
        return "name"
    if c.suffix == "percent" and re.search(r"[一二两三四五六七八九十]个$", before):
        return "name"  # 六个100%, 三个百分百: a slogan
    for m in lexicon.anywhere("idioms").finditer(view, max(0, c.start - 3), c.end + 3):
        if m.start() < c.end and c.start < m.end():
            return "name"
    if before.endswith(tuple(lexicon.words("figure_references"))):
        return "other"  # 如表2所示, 见图3: a table's or figure's number
    if before[-1:] in lexicon.words("multiplication_signs"):
        return "other"  # 7×24小时: a schedule written as a product, not 24 hours
    if _PAGE_COUNTER.search(view, max(0, c.start - 8), c.start):
        return "other"  # 阅读 98765 次: the page's counter, not the report's
    if c.text.endswith("兆") and view.startswith(lexicon.longest("mega_unit_words"), c.end):
        return "other"  # 3兆帕: mega of a unit govparse does not read, not 10^12
    if c.unit in lexicon.words("colloquial_units") and _colloquial_tail().match(view, c.end):
        return "other"  # 身高1米8: 1.8 m as spoken, not 1 m
    if c.unit is not None and (words := _unit_words(c.unit)) is not None and words.match(view, c.number_end):
        return "other"  # 2.0升级版, 3方面
    if c.chinese and c.unit is not None and not re.search(r"[0-9]", c.text):
        return _chinese_count(view, c)
    return None


@lru_cache(maxsize=1)
def _colloquial_tail() -> re.Pattern:
    """One digit after the unit, with no further numeral, point or unit after it."""
    digits = "".join(c for c, v in DIGITS.items() if v)
    return re.compile(rf"[0-9{digits}](?![0-9.{NUMERAL_CHARS}]|{unit_alternation()})")


@lru_cache(maxsize=None)
def _unit_words(unit: str) -> re.Pattern | None:
    """The words that begin with ``unit`` (升级 for 升, 方面 for 方), as one pattern; None if there are none."""
    words = [w for w in lexicon.longest_first(lexicon.words("unit_words")) if w.startswith(unit) and len(w) > len(unit)]
    return re.compile("|".join(map(re.escape, words))) if words else None


def _labels_a_list(view: str, c: Candidate, numeral: str) -> bool:
    """A one-digit Chinese count of a noun right after the items it counts: a quotation
    (“巩固、增强、提升、畅通”八个字) or words listed with 、 (土地、信贷两个闸门).
    Amounts listed with 、 (六十斤、八十斤) and counts that end their clause (其中能源、交通项目
    一百零三个) are amounts."""
    if len(numeral) != 1 or not CJK.match(view[c.end:c.end + 1]):
        return False
    before = view[c.start - 1:c.start]
    if before in _QUOTE_CLOSE:
        return True
    if not CJK.match(before) or before in NUMERAL_CHARS:
        return False
    clause = re.split(r"[,，;；。:：\n]", view[max(0, c.start - _MAX_QUOTED):c.start])[-1]
    items = clause.split("、")
    return len(items) > 1 and not any(ch.isdigit() or ch in NUMERAL_CHARS for ch in clause)


def _chinese_count(view: str, c: Candidate) -> str | None:
    numeral = c.text[: c.number_end - c.start]
    after = view[c.end:c.end + 4]
    if numeral == "一":
        return "other"  # 一批, 一次: the indefinite article, not a count
    if all(DIGITS.get(ch, 1) == 0 for ch in numeral):
        return "other"  # 零部件: a zero is never a count that is written out
    if _labels_a_list(view, c, numeral):
        return "name"  # “巩固、增强、提升、畅通”八个字, 土地、信贷两个闸门: the items were named
    if c.unit not in surfaces("cn"):
        return "other"  # 三方, 三天: too often a word
    if c.unit == "期":
        return "ordinal"  # 二期工程: a phase
    if after[:1] and (after[0] in "一“\"" or after[0].isdigit()):
        return "name"  # 三天一会商, 三个“一切”, 六个100%
    if (c.unit + after[:1]) in lexicon.words("classifier_words") or c.unit + after[:1] in ("个个",):
        return "other"
    heads = lexicon.words("abstract_heads")
    if any(after.startswith(h) for h in heads):
        return "name"
    return None
