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
from .text import Text

__all__ = ["Heading", "headings", "header_end", "title", "date", "issuer"]

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
_SENT_END = "。!?！？;；"
# photo captions, bylines and editor lines stand alone but are no headings
_BYLINE = re.compile(rf"摄$|{lexicon.alternation('byline_words')}|^图\s*[0-9{_CN}]")
_MAX_LEAD = 40
_MAX_PLAIN = 30
_DATE = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*(?:[-/.年])\s*([01]?[0-9])\s*(?:[-/.月])\s*([0-3]?[0-9])日?")
_BODY = "(?:" + lexicon.alternation("body_suffixes") + ")"
_ISSUER = re.compile(rf"[^\s,，。、;；:：“”的在和及与向对下()]{{1,10}}?{_BODY}(?:\([^()\s,，。]{{0,8}}?{_BODY}\))?"
                     rf"|[^\s,，。、;；:：“”的在和及与向对下]{{1,6}}\([^()\s,，。]{{0,8}}?{_BODY}\)")


# words that end in a body's suffix but name no body (城镇居民, 乡镇企业)
_GENERIC_BODIES = lexicon.words("generic_bodies")
_GOVERNMENT = re.compile(r"([^\s\d,，。]{1,12}?(?:" + lexicon.alternation("government_suffixes") + r"))(?:[0-9]{4}年|人民政府|政府)")


@attrs.frozen
class Heading:
    heading: str   # as written in the original text, without the closing 。
    level: int
    start: int     # original offsets of the heading
    end: int


def _lines(view: str):
    pos = 0
    for line in view.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _style(line: str) -> tuple[str | None, int]:
    for name, rx in _STYLES:
        m = rx.match(line)
        if m:
            return name, m.end()
    return None, 0


def header_end(text: Text) -> int:
    """View offset where the body starts: after the title block."""
    for pos, line in _lines(text.view):
        s = line.strip()
        if s and (any(ch in s for ch in _SENT_END) or len(s) > 60 or _style(s)[0]):
            return pos
    return 0


def headings(text: Text, head: int | None = None) -> list[Heading]:
    """Every heading of the document in order, with its level."""
    view = text.view
    body = header_end(text) if head is None else head
    lines = list(_lines(view))
    # the next non-empty line after each line, found in one backward pass
    next_text = [""] * len(lines)
    following = ""
    for idx in range(len(lines) - 1, -1, -1):
        next_text[idx] = following
        if lines[idx][1].strip():
            following = lines[idx][1]
    found = [h for idx, (pos, line) in enumerate(lines)
             if pos >= body and (h := _heading_in(pos, line, next_text[idx])) is not None]
    order: list[str] = []
    for style, _, _ in found:
        if style not in order:
            order.append(style)
    out = []
    for style, vs, ve in found:
        s, e = text.span(vs, ve)
        out.append(Heading(text.original[s:e].strip(), order.index(style) + 1, s, e))
    return out


def _heading_in(pos: int, line: str, nxt: str) -> tuple[str, int, int] | None:
    """``(style, view start, view end)`` of the heading the line at ``pos`` holds, or None."""
    lead = len(line) - len(line.lstrip(" \t"))
    s = line.strip(" \t")
    if not s:
        return None
    style, mlen = _style(s)
    if style:
        rest = s[mlen:]
        if rest.startswith(tuple(lexicon.words("enumeration_verbs"))):
            return None  # 一是…: an enumeration, not a heading
        stop = min((i for i in (rest.find(ch) for ch in _SENT_END) if i >= 0), default=-1)
        if stop < 0:
            return (style, pos + lead, pos + lead + len(s)) if len(s) <= _MAX_LEAD + mlen else None
        return (style, pos + lead, pos + lead + mlen + stop) if 0 < stop <= _MAX_LEAD else None
    # an unnumbered line of its own that reads as a title
    if (len(s) <= _MAX_PLAIN and not any(ch in s for ch in _SENT_END + ",，:：")
            and not s.endswith(("”", "\"")) and nxt and len(nxt.strip()) > len(s)
            and not _DATE.search(s) and not _BYLINE.search(s)):
        return ("plain", pos + lead, pos + lead + len(s))
    return None


def title(text: Text) -> str | None:
    """The title line, when the document opens with one."""
    for pos, line in _lines(text.view):
        s = line.strip()
        if not s:
            continue
        if any(ch in s for ch in _SENT_END) or len(s) > 60 or _style(s)[0]:
            return None
        if s.startswith(tuple(lexicon.words("masthead_prefixes"))) or _DATE.search(s) and len(s) < 25:
            continue
        if re.fullmatch(rf"\S{{2,15}}?{_BODY}", s):
            continue  # a masthead naming only the body
        ss, ee = text.span(pos + line.index(s[0]), pos + line.index(s[0]) + len(s))
        return text.original[ss:ee]
    return None


def date(text: Text, head: int | None = None) -> str | None:
    """The date the document states for itself, as ISO ``YYYY-MM-DD``: in its header,
    or on a line of its own at its end (the date under a signature)."""
    head = text.view[:(header_end(text) if head is None else head) or 300][:400]
    m = _DATE.search(head)
    if not m:
        tail = [ln.strip() for ln in text.view[-300:].split("\n") if ln.strip()][-3:]
        m = next((mm for ln in reversed(tail) if (mm := _DATE.fullmatch(ln))), None)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def issuer(text: Text, head: int | None = None) -> str | None:
    """The body whose work the report presents, in simplified characters."""
    view = text.view
    m = re.search(r"来源\s*[:：]\s*(\S+)", view[:600])
    if m:
        return m.group(1)
    head = header_end(text) if head is None else head
    for mm in _ISSUER.finditer(view[:head]):
        if mm.group() not in _GENERIC_BODIES:
            return mm.group()
    # a government report names its district, county or city at the head of its title
    m = _GOVERNMENT.match(view[:head].strip())
    if m:
        return m.group(1)
    # else the opening sentence: its subject, before any verb of the sentence
    opening = view[head:head + 200]
    for mm in _ISSUER.finditer(opening):
        if mm.group() not in _GENERIC_BODIES and not mm.group().startswith(tuple(lexicon.words("not_issuer_prefixes"))):
            return mm.group()
    return None
