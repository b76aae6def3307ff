"""A report's title, date and issuer, as the document states them.

The title is the title line (two lines where the first breaks off at 和/及/暨),
never a salutation (各位代表：), a page's metadata field (``[ 索引号 ] …``) or an
invisible line. The issuer comes, in this order, from a source line (来源:), a
page's publisher field (发布机构), the body the speaker represents (我代表国务院),
a byline naming a body (南开区财政局), the body in the title, or the opening
sentence's subject.

>>> from govparse.text import normalize
>>> t = normalize("南开区2023年预算执行情况和\\n2024年预算草案的报告\\n南开区财政局\\n各位代表:\\n现将报告提请审议。")
>>> title(t), issuer(t)
('南开区2023年预算执行情况和2024年预算草案的报告', '南开区财政局')
>>> t = normalize("各位代表：\\n现在，我代表国务院，向大会报告政府工作。")
>>> title(t), issuer(t)
(None, '国务院')
"""
from __future__ import annotations

import re

from .. import lexicon
from .structure import DATE, SENT_END, header_end, lines, style
from ..text import Text

__all__ = ["title", "date", "issuer"]

_BODY = "(?:" + lexicon.alternation("body_suffixes") + ")"
_ISSUER = re.compile(rf"[^\s,，。、;；:：“”的在和及与向对下()]{{1,10}}?{_BODY}(?:\([^()\s,，。]{{0,8}}?{_BODY}\))?"
                     rf"|[^\s,，。、;；:：“”的在和及与向对下]{{1,6}}\([^()\s,，。]{{0,8}}?{_BODY}\)")
_GOVERNMENT = re.compile(r"([^\s\d,，。]{1,12}?(?:" + lexicon.alternation("government_suffixes")
                         + r"))(?:[0-9]{4}年|人民政府|政府)")
_FIELD = re.compile(r"^\[\s*[^\]]{1,8}\s*\]")  # [ 索引号 ] …: a web page's metadata field
_SALUTATION = re.compile(r"^[^,，。]{1,12}[:：]$")  # 各位代表：
_BYLINE_BODY = re.compile(r"^[^\s,，。:：]{2,16}?(?:" + lexicon.alternation("issuing_bodies") + ")$")
_MAX_TITLE = 60


def _is_furniture(s: str) -> bool:
    """A line of the page around the report: metadata fields, mastheads, a short date."""
    return bool(_FIELD.match(s) or s.startswith(lexicon.longest("masthead_prefixes"))
                or (DATE.search(s) and len(s) < 25) or re.fullmatch(rf"\S{{2,15}}?{_BODY}", s))


def title(text: Text) -> str | None:
    """The title line, when the document opens with one."""
    rows = [(pos, line.strip()) for pos, line in lines(text.view) if line.strip()]
    for k, (pos, s) in enumerate(rows):
        if any(ch in s for ch in SENT_END) or len(s) > _MAX_TITLE or style(s)[0] or _SALUTATION.match(s):
            return None
        if _is_furniture(s):
            continue
        start = pos + text.view[pos:].index(s[0])
        out = text.orig(start, start + len(s))
        if s.endswith(lexicon.longest("title_continues")) and k + 1 < len(rows):
            pos2, s2 = rows[k + 1]
            if not any(ch in s2 for ch in SENT_END) and len(s) + len(s2) <= _MAX_TITLE:
                start2 = pos2 + text.view[pos2:].index(s2[0])
                out += text.orig(start2, start2 + len(s2))
        return out
    return None


def date(text: Text, head: int | None = None) -> str | None:
    """The date the document states for itself, as ISO ``YYYY-MM-DD``: in its header,
    or on a line of its own at its end (the date under a signature)."""
    head = text.view[:(header_end(text) if head is None else head) or 300][:400]
    m = DATE.search(head)
    if not m:
        tail = [ln.strip() for ln in text.view[-300:].split("\n") if ln.strip()][-3:]
        m = next((mm for ln in reversed(tail) if (mm := DATE.fullmatch(ln))), None)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def issuer(text: Text, head: int | None = None) -> str | None:
    """The body whose work the report presents, in simplified characters."""
    view = text.view
    head = header_end(text) if head is None else head
    found = _source_line(view[:max(head, 600)]) or _speaker(view[:max(head, 600)]) or _byline(view[:head])
    if found:
        return found
    for mm in _ISSUER.finditer(view[:head]):
        if mm.group() not in lexicon.words("generic_bodies"):
            return mm.group()
    m = _GOVERNMENT.match(view[:head].strip())  # a government report names its place in its title
    if m:
        return m.group(1)
    for mm in _ISSUER.finditer(view[head:head + 200]):  # else the opening sentence's subject
        if mm.group() not in lexicon.words("generic_bodies") \
                and not mm.group().startswith(lexicon.longest("not_issuer_prefixes")):
            return mm.group()
    return None


def _source_line(view: str) -> str | None:
    """来源: 唐闸镇街道办事处; [ 发布机构 ] 酉阳县统计局."""
    m = re.search(r"(?:来源\s*[:：]|发布机构\s*\]?\s*[:：]?)\s*([^\s\]]+)", view)
    return m.group(1) if m else None


def _speaker(view: str) -> str | None:
    """我代表国务院, 向大会报告…: the body the speaker represents."""
    m = re.search(r"我代表([^\s,，。、]{2,12}?)(?:[,，。]|向|对|作)", view)
    return m.group(1) if m else None


def _byline(view: str) -> str | None:
    """A header line that names an issuing body alone (南开区财政局)."""
    for _, line in lines(view):
        first = line.strip().split()[0] if line.strip() else ""
        if first and _BYLINE_BODY.match(first) and len(first) <= 16:
            return first
    return None
