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

from .. import lexicon
from ..quantities.numerals import DIGITS
from ..text import CJK, Text

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
    ("ar_space", re.compile(r"(?:[1-9]|1[0-9]|20)(?=[\u4e00-\u9fff])")),  # 1 经济发展平稳。: the dot lost
    ("cn_shi", re.compile(rf"[{_CN}]+是(?=[\u4e00-\u9fff“])")),  # 一是项目建设有序推进。 as a line of its own
]
_WHOLE_LINE_ONLY = ("ar_space", "cn_shi")  # styles that make a heading only as a short sentence of its own
# a paragraph break lost in copying: white space after a sentence's end (。 (一)坚持…, 。  1 经济…)
_RUN_IN = re.compile(r"(?<=[。！？!?；;])[ \t\u3000]+(?=\S)")
SENT_END = "。!?！？;；"
DIGIT_RE = re.compile(r"[0-9]")
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


def paragraphs(view: str):
    """As :func:`lines`, with a line also broken where white space follows a sentence's end: a
    page copied without its paragraph breaks (…3项。 (一)坚持…。  1 经济发展平稳。…)."""
    for pos, line in lines(view):
        start = 0
        for m in _RUN_IN.finditer(line):
            yield pos + start, line[start:m.start()]
            start = m.end()
        yield pos + start, line[start:]


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
    rows = list(paragraphs(view))
    # the next non-empty line after each line, found in one backward pass
    next_text = [""] * len(rows)
    following = ""
    for idx in range(len(rows) - 1, -1, -1):
        next_text[idx] = following
        if rows[idx][1].strip():
            following = rows[idx][1]
    found = [h for idx, (pos, line) in enumerate(rows)
             if pos >= body and (h := _heading_in(pos, line, next_text[idx], _isolated(rows, idx))) is not None]
    found = [h for h in found if h[0] != "ar_space" or _spaced_number(text, h[1])]
    order: list[str] = []
    for st, _, _ in found:
        if st not in order:
            order.append(st)
    out = []
    for st, vs, ve in found:
        s, e = text.span(vs, ve)
        out.append(Heading(text.original[s:e].strip(), order.index(st) + 1, s, e))
    return out


def _spaced_number(text: Text, vs: int) -> bool:
    """1 经济发展平稳。 was written with a space after its number; 3个项目建成投产。 opens no section."""
    s, e = text.span(vs, vs + style(text.view[vs:vs + 3])[1])
    return _SPACE.match(text.original, e) is not None


def _isolated(rows: list[tuple[int, str]], idx: int) -> bool:
    """A line with blank lines on both sides (not a line wrapped inside a paragraph)."""
    return (idx == 0 or not rows[idx - 1][1].strip()) and (idx + 1 == len(rows) or not rows[idx + 1][1].strip())


_SPACE = re.compile(r"[ \t\u3000]")


def _heading_in(pos: int, line: str, nxt: str, isolated: bool = False) -> tuple[str, int, int] | None:
    """``(style, view start, view end)`` of the heading the line at ``pos`` holds, or None."""
    lead = len(line) - len(line.lstrip(" \t\u3000"))
    s = line.strip(" \t\u3000")
    if not s:
        return None
    st, mlen = style(s)
    if st:
        rest = s[mlen:]
        if rest.startswith(lexicon.longest("enumeration_verbs")):
            return None  # 一、是…: an enumeration, not a heading
        stop = min((i for i in (rest.find(ch) for ch in SENT_END) if i >= 0), default=-1)
        if st in _WHOLE_LINE_ONLY:
            whole = 4 <= stop <= _MAX_LEAD and not rest[stop + 1:].strip() and not DIGIT_RE.search(rest[:stop])
            if st == "ar_space":  # 1 经济发展平稳。 opens its paragraph; the body may follow
                whole = 4 <= stop <= _MAX_LEAD and not DIGIT_RE.search(rest[:stop])
            return (st, pos + lead, pos + lead + mlen + stop) if whole else None
        space = _SPACE.search(rest, 2)  # 一、2023年工作回顾 2023年是…: the heading ends at the space
        if (space and (stop < 0 or space.start() < stop) and space.start() <= _MAX_LEAD and rest[space.end():].strip()
                and CJK.match(rest[space.start() - 1])):
            return st, pos + lead, pos + lead + mlen + space.start()
        if stop < 0:
            return (st, pos + lead, pos + lead + len(s)) if len(s) <= _MAX_LEAD + mlen else None
        return (st, pos + lead, pos + lead + mlen + stop) if 0 < stop <= _MAX_LEAD else None
    if s.startswith(lexicon.longest("enumeration_leads")):
        return None  # 一是 alone on a line: the enumeration goes on below
    if (isolated and len(s) <= _MAX_LEAD and len(CJK.findall(s)) >= 8 and not any(ch in s for ch in SENT_END + ":：")
            and not s.endswith(lexicon.longest("title_continues"))
            and nxt and len(nxt.strip()) > len(s) and not DATE.search(s) and not _BYLINE.search(s)):
        return ("plain", pos + lead, pos + lead + len(s))  # 五年来，国民经济保持良好发展势头，…: a line of its own
    # an unnumbered line of its own that reads as a title
    if (len(s) <= _MAX_PLAIN and len(CJK.findall(s)) >= 2 and not any(ch in s for ch in SENT_END + ",，:：")
            and not s.endswith(("”", "\"")) and nxt and len(nxt.strip()) > len(s)
            and not DATE.search(s) and not _BYLINE.search(s)):
        return ("plain", pos + lead, pos + lead + len(s))
    return None
