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

__all__ = ["title", "date", "issuer", "published", "bare_speaker"]

_BODY = "(?:" + lexicon.alternation("body_suffixes") + ")"
_ISSUER = re.compile(rf"[^\s,，。、;；:：“”的在和及与向对下()]{{1,10}}?{_BODY}(?:\([^()\s,，。]{{0,8}}?{_BODY}\))?"
                     rf"|[^\s,，。、;；:：“”的在和及与向对下]{{1,6}}\([^()\s,，。]{{0,8}}?{_BODY}\)")
_GOVERNMENT = re.compile(r"^(?:[0-9]{4}\s*年度?)?([^\s\d,，。()]{1,12}?(?:" + lexicon.alternation("government_suffixes")
                         + r"))\s*(?:[0-9]{4}\s*年|人民政府|政府|国民经济)")
_PRONOUNS = ("我", "本", "全")
_BARE_BODY = re.compile(r"[区县市镇乡州省]" + "(?:" + lexicon.alternation("issuing_bodies") + ")")
# The date a report was delivered (——2023年1月12日在…上; (2023年2月8日在…)): the report's own, before a page's
_SPOKEN = re.compile(r"(?:——|—|\()\s*" + DATE.pattern + r"\s*(?:在|于)")
_PUBLISHED = re.compile(r"(?:发布时间|发布日期|发文日期|时间)\s*[:：]\s*")
_TITLE_TAIL = re.compile(r"(?<=\S)\s+(?:[|｜]|[0-9]{1,4})$")
_MINGUO = re.compile(r"(?<![0-9])(1[0-9]{2})年([01]?[0-9])月([0-3]?[0-9])日")
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
        s = _TITLE_TAIL.sub("", s)  # 东柳街道…工作思路 |, …统计公报 2022: the page's, not the title's
        start = pos + text.view[pos:].index(s[0])
        out = text.orig(start, start + len(s))
        if s.endswith(lexicon.longest("title_continues")) and k + 1 < len(rows):
            pos2, s2 = rows[k + 1]
            if not any(ch in s2 for ch in SENT_END) and len(s) + len(s2) <= _MAX_TITLE:
                start2 = pos2 + text.view[pos2:].index(s2[0])
                out += text.orig(start2, start2 + len(s2))
        return out.replace("\r", "").replace("\n", "")  # a number broken over two lines: one title line
    return None


def date(text: Text, head: int | None = None, minguo: bool = False) -> str | None:
    """The date the document states for itself, as ISO ``YYYY-MM-DD``: in its header,
    or on a line of its own at its end (the date under a signature). With ``minguo``
    (a text from Taiwan) a year of the Republic (114年2月25日) counts from 1911.

    >>> from govparse.text import normalize
    >>> date(normalize("院长施政报告\\n[节录自施政报告114年2月25日]\\n"), minguo=True)
    '2025-02-25'
    """
    head = text.view[:(header_end(text) if head is None else head) or 300][:400]
    m = _SPOKEN.search(head) or DATE.search(head) or (_MINGUO.search(head) if minguo else None)
    if not m:
        tail = [ln.strip() for ln in text.view[-300:].split("\n") if ln.strip()][-3:]
        m = next((mm for ln in reversed(tail) if (mm := DATE.fullmatch(ln))), None)
    if not m:
        return None
    return _iso(m)


def published(text: Text, head: int | None = None) -> str | None:
    """The date a web page that carries the report was published (发布时间：2023-03-20), or None.

    >>> from govparse.text import normalize
    >>> t = normalize("2023年政府工作报告\\n发布时间：2023-03-20 来源：市政府\\n——2023年1月12日在市人民代表大会上")
    >>> date(t), published(t)
    ('2023-01-12', '2023-03-20')
    """
    m = _PUBLISHED.search(text.view, 0, 600)
    return _iso(DATE.match(text.view, m.end())) if m else None


def _iso(m: re.Match | None) -> str | None:
    if m is None:
        return None
    y, mo, d = (int(x) for x in m.groups()[-3:])
    y += 1911 if y < 200 else 0  # a year of the Republic
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def issuer(text: Text, head: int | None = None, title: str | None = None) -> str | None:
    """The body whose work the report presents, in simplified characters.

    Never a sentence, a pronoun (我镇) or the publisher of a page that reprints the
    report (新华社); a bare level (区人民政府) takes the place the title names.

    >>> from govparse.text import normalize
    >>> issuer(normalize("汉滨区2025年政府工作报告\\n各位代表:\\n现在,我代表区人民政府向大会报告工作。"))
    '汉滨区'
    >>> issuer(normalize("来源:新华社\\n各位代表:\\n我代表国务院,向大会报告政府工作。"))
    '国务院'
    """
    view = text.view
    head = header_end(text) if head is None else head
    front = view[:max(head, 600)]
    title = title if title is not None else view[:head].strip().split("\n")[0]
    found = (_source_line(front) or _byline(view[:head]) or _title_place(title)
             or _placed_speaker(_speaker(front)))
    if found:
        return found
    for mm in _ISSUER.finditer(view[:head]):
        if _names_a_body(mm.group()):
            return mm.group()
    opening = view[head:head + 200]
    for mm in _ISSUER.finditer(opening):  # else the opening sentence's subject: at a clause's start
        if _names_a_body(mm.group()) and not mm.group().startswith(lexicon.longest("not_issuer_prefixes")) \
                and (mm.start() == 0 or opening[mm.start() - 1] in ",，。\n") and opening[mm.end():mm.end() + 1] != "为":
            return mm.group()
    return None


def _names_a_body(s: str) -> bool:
    """Not a generic word (城镇), not a pronoun (我镇), not a sentence's tail (…新型城镇)."""
    generic = lexicon.words("generic_bodies")
    compounds = generic - lexicon.words("body_suffixes")  # 城镇, 乡镇: words, where 街道 is a body's suffix
    return s not in generic and not s.startswith(_PRONOUNS) and not s.endswith(tuple(compounds))


def _title_place(title: str | None) -> str | None:
    """The place a government report's or communiqué's title names (汉滨区2025年政府工作报告)."""
    m = _GOVERNMENT.search(title or "")
    return m.group(1) if m and _names_a_body(m.group(1)) else None


def _placed_speaker(body: str | None) -> str | None:
    """The body the speaker represents; a bare level (区人民政府) is no one's name."""
    if body is None or body.startswith(_PRONOUNS) or _BARE_BODY.fullmatch(body):
        return None
    return body


def bare_speaker(text: Text, head: int) -> str | None:
    """A body the speaker represents that names only its level (区人民政府), else None: the
    place comes from elsewhere (:func:`govparse.passes.header.read` takes the region's).

    >>> from govparse.text import normalize
    >>> bare_speaker(normalize("各位代表：\\n现在，我代表区人民政府向大会报告工作。"), 0)
    '区人民政府'
    """
    body = _speaker(text.view[:max(head, 600)])
    return body if body is not None and _BARE_BODY.fullmatch(body) else None


def _source_line(view: str) -> str | None:
    """来源: 唐闸镇街道办事处; [ 发布机构 ] 酉阳县统计局; never a news agency that reprints (来源:新华社)."""
    for m in re.finditer(r"(?:来源\s*[:：]|发布机构\s*\]?\s*[:：]?)\s*([^\s\],，。;；|]{2,20})", view):
        if not m.group(1).startswith(lexicon.longest("reprint_publishers")):
            return m.group(1)
    return None


def _speaker(view: str) -> str | None:
    """我代表国务院, 向大会报告…: the body the speaker represents."""
    m = re.search(r"我(?:现在)?代表([^\s,，。、]{2,12}?)(?:[,，。]|向|对|作)|我(?:现在)?(?:受|根据)([^\s,，。、]{2,12}?)的?(?:委托|决定)",
                  view)
    return (m.group(1) or m.group(2)) if m else None


def _byline(view: str) -> str | None:
    """A header line that names an issuing body alone (南开区财政局)."""
    for _, line in lines(view):
        first = line.strip().split()[0] if line.strip() else ""
        if first and _BYLINE_BODY.match(first) and len(first) <= 16:
            return first
    return None
