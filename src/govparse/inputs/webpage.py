"""A web page's report text: the page parsed whole (lxml, however deep its tags nest), what a
reader never sees dropped (``hidden``, ``display:none``, ``<noscript>``, ``<template>``,
scripts and frames), then trafilatura's main text, heading first, a line per block.

Where the main text leaves out more than a tenth of the page's amounts, the page is read
block by block instead, and the report says so in a warning: nothing stated is dropped
silently.
"""
from __future__ import annotations

import re
from collections import Counter

from ..tables import CELL_JOIN

__all__ = ["read"]

_INVISIBLE_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCKS = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
           "blockquote", "pre", "dd", "dt", "br", "table", "ul", "ol", "header", "footer", "main", "caption"}
# an amount, not a phone or record number: a number and the unit or sign that follows it
_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,]*[%％‰万亿元人吨亩个家项户台座件套所辆米倍]")
_LOST_SHARE = 0.1  # more than this share of the page's amounts left out of the main text: read every block


_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_-]{2,20})", re.I)


def decoded(data: bytes) -> str:
    """The page's characters: in the charset its ``<meta>`` declares, else UTF-8, else GB18030.

    >>> decoded("<p>完成</p>".encode("gbk")), decoded(b"<meta charset=utf-8><p>ok</p>")[-9:]
    ('<p>完成</p>', '<p>ok</p>')
    """
    m = _CHARSET.search(data[:4096])
    for enc in ([m.group(1).decode("ascii")] if m else []) + ["utf-8", "gb18030"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def _tree(data: bytes):
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", decoded(data))  # lxml takes no declaration in a str
    return lxml.html.document_fromstring(text, parser=parser)


def _visible(root) -> None:
    """Drop what a reader of the page never sees."""
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and (
        el.tag in _INVISIBLE_TAGS or el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _blocks(root) -> list[str]:
    """The page's text a line per block, a table row a line with its cells split by tabs."""
    lines: list[str] = []
    for row in root.iter("tr"):
        cells = [" ".join(c.text_content().split()) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        row.clear()
        row.text = CELL_JOIN.join(cells)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "tr":
                el.text = "\n" + (el.text or "")
    for line in root.text_content().split("\n"):
        line = line.strip(" \u3000\r")
        if line:
            lines.append(line)
    return lines


def read(trafilatura, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of a web page and the warnings about it."""
    from lxml import etree

    root = _tree(data)
    _visible(root)
    found = trafilatura.bare_extraction(etree.tostring(root, encoding="unicode"), include_tables=True,
                                        include_comments=False, favor_recall=True, with_metadata=True)
    text = (getattr(found, "text", None) or "") if found is not None else ""
    heading = (getattr(found, "title", None) or "").strip()
    lines = _rows(text)
    blocks = _blocks(root)
    on_page = Counter(_NUMBER.findall("\n".join(blocks)))
    lost = sum((on_page - Counter(_NUMBER.findall(text))).values())
    if lost > _LOST_SHARE * sum(on_page.values()):
        body = blocks
        warnings = (f"html_main_text_incomplete:{lost}",)  # the page block by block, menus and all
    else:
        body, warnings = lines, ()
    if heading and (not body or not body[0].startswith(heading)):
        body = [heading, *body]
    return "\n".join(body), warnings


def _rows(text: str) -> list[str]:
    """trafilatura's lines, a markdown table row as cells split by tabs."""
    out = []
    for line in text.splitlines():
        cells = line.strip()
        if cells.startswith("|") and cells.endswith("|"):
            if set(cells) <= set("|-: "):
                continue  # the markdown rule under a table's header
            line = CELL_JOIN.join(c.strip() for c in cells.strip("|").split("|"))  # empty cells keep columns
        if line.strip():
            out.append(line)
    return out
