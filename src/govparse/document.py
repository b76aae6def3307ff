"""One document being parsed: the view, its clause and sentence index, its parts.

A :class:`Document` is built once per parse and handed to every pass (reading,
lost numbers, roles, names). It holds what more than one pass asks of the
whole text, found once: where clauses and sentences end, where the body and
the plan part start, and the document-wide modes.

>>> from govparse.text import normalize
>>> doc = Document.build(normalize("一、工作总结\\n完成10个,增长5%。\\n2023年,街道将完成20个。"))
>>> doc.plan
19
>>> doc.view[doc.clause_start(15, 0):15]
'增长'
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from typing import Any

import attrs

from . import lexicon, tables
from .text import Text

__all__ = ["Document", "plan_start", "CLAUSE_MARKS", "SENTENCE_MARKS"]

CLAUSE_MARKS = ",，;；:：!?！？\n()（）[]【】。"
SENTENCE_MARKS = "。;；!?！？\n"
MAX_SENTENCE = 300  # look no further than this for a clause's or sentence's bounds
_CLAUSE_RE = re.compile("[" + re.escape("".join(sorted(set(CLAUSE_MARKS)))) + "]")
_SENTENCE_RE = re.compile("[" + re.escape("".join(sorted(set(SENTENCE_MARKS)))) + "]")
_PLAN_YEAR = re.compile(r"(?:^|\n|。)[ \t]*(?:20[0-9]{2}年)[^\n。]{0,40}?将")
_SHORT_LINE = re.compile(r"\n([^\n]{2,30})(?=\n)")


@attrs.define
class Document:
    """The text of one parse and what every pass reads of it.

    ``plan`` is the view offset where the report turns to the coming year's
    plan (amounts after it are targets), or None.

    ``numbers_lost`` is the document-wide mode of a text whose Arabic numbers
    were lost in copying (``一般公共预算收入亿元``): it is set by the lost-number
    pass when at least three units stand where a number must have been, and
    then a classifier right after a word is read as a lost number too.

    ``genre`` is ``budget``, ``communique``, ``national`` or ``report`` (work
    summaries and news), from a word of the title (lexicon [genres]); ``currency``
    is what its 元 is: CNY, but TWD, HKD or MOP in a report of Taiwan, Hong Kong or
    Macau (:func:`govparse.passes.places.currency`).
    """

    text: Text
    clause_marks: list[int] = attrs.field(repr=False)
    sentence_marks: list[int] = attrs.field(repr=False)
    plan: int | None = None
    numbers_lost: bool = False
    genre: str = "report"
    currency: str = "CNY"
    tables: tuple = ()  # the tables of the text (govparse.tables.Table), found once
    claimed: tuple = ()  # spans the table readings stand for: the prose passes leave them alone
    header: Any = None  # title, dates, issuer, region, the year reviewed: govparse.passes.header, read once
    _words: dict = attrs.field(factory=dict, repr=False, eq=False)  # section → its words' (starts, ends)

    @classmethod
    def build(cls, text: Text, title: str | None = None, currency: str = "CNY") -> Document:
        view = text.view
        return cls(text, [m.start() for m in _CLAUSE_RE.finditer(view)],
                   [m.start() for m in _SENTENCE_RE.finditer(view)], plan_start(view), genre=genre_of(title),
                   currency=currency, tables=tables.find(view))

    def claims(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span a table reading stands for."""
        k = bisect_right(self.claimed, (start, float("inf"))) - 1
        return any(a < end and start < b for a, b in self.claimed[max(0, k - 1):k + 2])

    @property
    def view(self) -> str:
        return self.text.view

    def clause_start(self, pos: int, floor: int) -> int:
        """Start of the clause holding ``pos``, not before ``floor``."""
        return _before(self.clause_marks, pos, max(floor, pos - MAX_SENTENCE))

    def clause_end(self, pos: int, ceil: int) -> int:
        """End of the clause holding ``pos``, not after ``ceil``."""
        return _after(self.clause_marks, pos, min(ceil, pos + MAX_SENTENCE))

    def sentence_start(self, pos: int) -> int:
        return _before(self.sentence_marks, pos, max(0, pos - MAX_SENTENCE))

    def sentence_end(self, pos: int) -> int:
        return _after(self.sentence_marks, pos, min(len(self.view), pos + MAX_SENTENCE))

    def last_word(self, section: str, lo: int, hi: int) -> int | None:
        """Where the last word of lexicon ``section`` inside ``view[lo:hi]`` starts, or None.

        The words are found once per document, so a pass that asks this of every amount
        pays a bisection, not a search of the sentence.

        >>> from govparse.text import normalize
        >>> doc = Document.build(normalize("甲、乙分别增长5%和6%。"))
        >>> doc.last_word("distributive_words", 0, 8), doc.last_word("distributive_words", 5, 8)
        (3, None)
        """
        if section not in self._words:
            found = [m.span() for m in lexicon.anywhere(section).finditer(self.view)]
            self._words[section] = ([a for a, _ in found], [b for _, b in found])
        starts, ends = self._words[section]
        k = bisect_right(starts, hi - 1) - 1
        while k >= 0 and ends[k] > hi:
            k -= 1
        return starts[k] if k >= 0 and starts[k] >= lo else None

    def clause(self, start: int, end: int, before: int, after: int) -> str:
        """The clause around ``[start, end)``, looking at most ``before``/``after`` characters out."""
        s = self.clause_start(start, max(0, start - before))
        return self.view[s:self.clause_end(end, min(len(self.view), end + after))]


def _before(marks: list[int], pos: int, floor: int) -> int:
    k = bisect_left(marks, pos) - 1
    return max(floor, marks[k] + 1 if k >= 0 else 0)


def _after(marks: list[int], pos: int, ceil: int) -> int:
    k = bisect_left(marks, pos)
    return min(ceil, marks[k] if k < len(marks) else ceil)


def genre_of(title: str | None) -> str:
    """The genre a title names (lexicon [genres]), else ``report``.

    >>> genre_of("南开区2023年预算执行情况和2024年预算草案的报告"), genre_of(None)
    ('budget', 'report')
    """
    m = lexicon.anywhere("genres").search(title or "")
    return lexicon.mapping("genres")[m.group()] if m else "report"


def plan_start(view: str) -> int | None:
    """Where the report turns to next year's plan, or None.

    A paragraph that opens with a year and says what "will" be done (2023年,
    街道将…) or with 下一步 / 明年 starts the plan, and so does a short heading
    line with a plan word (主要目标, 工作计划) that reviews nothing (not
    一、1998年工作回顾和1999年工作的总体要求).

    >>> plan_start("一、工作总结\\n完成10个。\\n2023年,街道将完成20个。")
    14
    """
    m = _PLAN_YEAR.search(view)
    best = m.start() + (1 if view[m.start()] in "\n。" else 0) if m else None
    for mm in re.finditer(r"(?:^|\n)[ \t]*(?:" + lexicon.alternation("plan_openers") + ")", view):
        s = mm.start() + (1 if view[mm.start()] == "\n" else 0)
        best = s if best is None else min(best, s)
        break
    words = lexicon.words("plan_heading_words")
    body = view.find("。")  # headings of the plan come after the report has begun, not in its title
    for mm in _SHORT_LINE.finditer(view, max(body, 0)):
        line = mm.group(1)
        if any(w in line for w in words) and not any(ch in line for ch in "。;；") \
                and lexicon.anywhere("review_words").search(line) is None:
            best = mm.start(1) if best is None else min(best, mm.start(1))
            break
    if best is not None:
        while best < len(view) and view[best] in " \t":
            best += 1
    return best
