"""Text out of the formats reports arrive in: PDF, web pages and Word files.

The format is told from the bytes (:func:`sniff`), never from the file name alone:
``%PDF`` is a PDF, a zip holding ``word/document.xml`` a Word file, text that opens
with markup a web page. Each format reads through an optional extra, and a missing
extra is one clear :class:`~govparse.errors.InputError` that names it:

- PDF: pypdfium2 (``pip install 'govparse[pdf]'``), pages in order, one line per text line;
- HTML: lxml and trafilatura (``govparse[html]``), the visible main text without menus and
  footers (:mod:`govparse.inputs.webpage`);
- DOCX: python-docx (``govparse[docx]``), paragraphs, tables, content controls, text boxes and
  tracked insertions in document order (:mod:`govparse.inputs.word`).

A table row becomes one line, its cells joined by a tab, so a row reads as a name and its amounts.

>>> sniff(b"%PDF-1.7 ..."), sniff(b"<!DOCTYPE html><html>"), sniff("完成3亿元".encode())
('pdf', 'html', 'text')
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from ..errors import InputError
from . import webpage, word
from .limits import Limits

__all__ = ["sniff", "extract", "FORMATS"]

FORMATS = ("text", "pdf", "html", "docx")
_EXTRAS = {"pdf": ("pypdfium2", "pdf"), "html": ("trafilatura", "html"), "docx": ("docx", "docx")}
_MARKUP = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body|div|p|table|meta)\b", re.I)


def sniff(data: bytes) -> str:
    """The format of a file's bytes: ``pdf``, ``docx``, ``html`` or ``text``."""
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            if b"word/" in data[:65536]:
                return "docx"  # a damaged Word file: its reader says so
        return "text"  # another zip: decoding will refuse it
    if _MARKUP.match(head) or re.search(rb"<html[\s>]", head, re.I):
        return "html"
    return "text"


def _module(fmt: str):
    name, extra = _EXTRAS[fmt]
    try:
        return __import__(name)
    except ImportError:
        raise InputError(f"reading {fmt.upper()} files needs the [{extra}] extra: "
                         f"pip install 'govparse[{extra}]'") from None


def extract(data: bytes, fmt: str, name: str = "<bytes>", limits: Limits | None = None) -> tuple[str, tuple[str, ...]]:
    """The text of a PDF, HTML or DOCX file's bytes (``fmt`` from :func:`sniff`) and the warnings
    about it; a file over one of ``limits`` (:class:`~govparse.inputs.limits.Limits`) is refused
    before its reader runs."""
    limits = limits or Limits()
    limits.check(data, fmt, name)
    module = _module(fmt)
    warnings: tuple[str, ...] = ()
    try:
        if fmt == "pdf":
            text = _pdf(module, data, lambda n: limits.pages(n, name))
        elif fmt == "html":
            text, warnings = webpage.read(module, data)
        else:
            text = word.read(module, data)
    except InputError as exc:
        if str(exc).startswith(name):
            raise
        raise InputError(f"{name}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a damaged file is an input error, whatever the library raises
        what = "a damaged Word file" if fmt == "docx" else f"cannot read as {fmt.upper()}"
        raise InputError(f"{name}: {what}: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise InputError(f"{name}: no text in this {fmt.upper()} (a scan needs OCR first)")
    return text, warnings


def _pdf(pdfium, data: bytes, check_pages) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        check_pages(len(pdf))
        pages = []
        for number, page in enumerate(pdf, 1):
            textpage = page.get_textpage()
            text = textpage.get_text_bounded().replace("\r\n", "\n")
            textpage.close()
            page.close()
            if not usable(text):
                raise InputError(f"page {number} has no usable text layer (its font maps its glyphs to no "
                                 "characters): run OCR on the PDF first, for example ocrmypdf")
            pages.append(text)
        return "\n".join(pages)
    finally:
        pdf.close()


def usable(text: str) -> bool:
    """Whether a page's text is characters rather than the glyph numbers of a font that maps
    none (control, private-use and unassigned characters, U+FFFD).

    >>> usable("完成投资3亿元。"), usable("\x03\x11\x07\x1a\x02\x05\x03\x11\x07\x1a\x02\x05 完成"), usable("")
    (True, False, True)
    """
    chars = [c for c in text if not c.isspace()]
    if len(chars) < _FEW:
        return True
    odd = sum(1 for c in chars if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") or c == "\ufffd")
    return odd <= len(chars) * _MOSTLY


_FEW, _MOSTLY = 10, 0.5  # a page of fewer characters tells nothing; more than half odd is no text
