"""Report structure: title, date, issuer and the heading tree.

Headings are lines of their own that read as titles (numbered ``(一)…`` or
unnumbered short lines), or numbered lead phrases that open a paragraph
(``1.经济发展稳中有进。…``) in the document's list numbering. Levels follow the
order in which the document first uses each numbering style.

>>> from govparse.text import normalize
>>> t = normalize("一、经济运行\\n1.经济发展稳中有进。完成10个。\\n二、民生事业\\n")
>>> [(h.heading, h.level) for h in headings(t)]
[('一、经济运行', 1), ('1.经济发展稳中有进', 2), ('二、民生事业', 1)]
"""
from __future__ import annotations

import re

import attrs

from . import lexicon
from .numerals import DIGITS
from .text import CJK, Text

__all__ = ["Heading", "headings", "header_end", "lines", "style", "DATE", "SENT_END"]

_CN = "".join(sorted(c for c, v in DIGITS.items() if 0 < v and c not in lexicon.words("capital_numerals"))) + "十"
# numbering styles, outermost by custom first; the document's own order decides levels
_STYLES = [
    ("cn_dun", re.compile(rf"[{_CN}]+、")),
    ("cn_paren", re.compile(rf"\([{_CN}]+\)")),
    ("ar_dot", re.compile(r"[0-9]{1,2}\.(?![0-9])")),
    ("ar_dun", re.compile(r"[0-9]{1,2}、")),
    ("ar_paren", re.compile(r"\([0-9]{1,2}\)")),
    ("circled", re.compile(r"[①-⑳]")),
]
SENT_END = "。!?！？;；"
# photo captions, bylines and editor lines stand alone but are no headings
_BYLINE = re.compile(rf"摄$|{lexicon.alternation('byline_words')}|^图\s*[0-9{_CN}]")
_MAX_LEAD = 40
_MAX_PLAIN = 30
DATE = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*(?:[-/.年])\s*([01]?[0-9])\s*(?:[-/.月])\s*([0-3]?[0-9])日?")


@attrs.frozen
class Heading:
    heading: str   # as written in the original text, without the closing 。
    level: int
    start: int     # original offsets of the heading
    end: int


def lines(view: str):
    pos = 0
    for line in view.split("\n"):
        yield pos, line
        pos += len(line) + 1


def style(line: str) -> tuple[str | None, int]:
    for name, rx in _STYLES:
        m = rx.match(line)
        if m:
            return name, m.end()
    return None, 0


def header_end(text: Text) -> int:
    """View offset where the body starts: after the title block."""
    for pos, line in lines(text.view):
        s = line.strip()
        if s and (any(ch in s for ch in SENT_END) or len(s) > 60 or style(s)[0]):
            return pos
    return 0


def headings(text: Text, head: int | None = None) -> list[Heading]:
    """Every heading of the document in order, with its level."""
    view = text.view
    body = header_end(text) if head is None else head
    rows = list(lines(view))
    # the next non-empty line after each line, found in one backward pass
    next_text = [""] * len(rows)
    following = ""
    for idx in range(len(rows) - 1, -1, -1):
        next_text[idx] = following
        if rows[idx][1].strip():
            following = rows[idx][1]
    found = [h for idx, (pos, line) in enumerate(rows)
             if pos >= body and (h := _heading_in(pos, line, next_text[idx])) is not None]
    order: list[str] = []
    for st, _, _ in found:
        if st not in order:
            order.append(st)
    out = []
    for st, vs, ve in found:
        s, e = text.span(vs, ve)
        out.append(Heading(text.original[s:e].strip(), order.index(st) + 1, s, e))
    return out


def _heading_in(pos: int, line: str, nxt: str) -> tuple[str, int, int] | None:
    """``(style, view start, view end)`` of the heading the line at ``pos`` holds, or None."""
    lead = len(line) - len(line.lstrip(" \t"))
    s = line.strip(" \t")
    if not s:
        return None
    st, mlen = style(s)
    if st:
        rest = s[mlen:]
        if rest.startswith(lexicon.longest("enumeration_verbs")):
            return None  # 一是…: an enumeration, not a heading
        stop = min((i for i in (rest.find(ch) for ch in SENT_END) if i >= 0), default=-1)
        if stop < 0:
            return (st, pos + lead, pos + lead + len(s)) if len(s) <= _MAX_LEAD + mlen else None
        return (st, pos + lead, pos + lead + mlen + stop) if 0 < stop <= _MAX_LEAD else None
    # an unnumbered line of its own that reads as a title
    if (len(s) <= _MAX_PLAIN and len(CJK.findall(s)) >= 2 and not any(ch in s for ch in SENT_END + ",，:：")
            and not s.endswith(("”", "\"")) and nxt and len(nxt.strip()) > len(s)
            and not DATE.search(s) and not _BYLINE.search(s)):
        return ("plain", pos + lead, pos + lead + len(s))
    return None
