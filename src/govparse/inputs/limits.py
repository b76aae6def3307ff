"""How much one input may hold, checked before the memory is spent.

A compressed file can inflate far past its size: a 1 MB PDF whose one stream
inflates to gigabytes, a DOCX of a million empty paragraphs. Each limit is checked
on the bytes before the reader that would spend the memory runs, and an input over
one is an :class:`~govparse.errors.InputError` for that input alone. The defaults
pass real reports (a 500-page PDF, a 50 MB text file) and refuse the bombs.

>>> Limits().check(b"<html>" + b" " * 100, "html", "page.html")
>>> Limits(max_html_bytes=10).check(b"<html>" + b" " * 100, "html", "page.html")
Traceback (most recent call last):
...
govparse.errors.InputError: page.html: a web page of 106 bytes is over the limit of 10 (max_html_bytes)
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

import attrs

from ..errors import InputError

__all__ = ["Limits", "MB"]

MB = 1 << 20
_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 4 * MB  # inflated a piece at a time: the check itself never holds more


@attrs.frozen
class Limits:
    """The most one input may hold; every field is a keyword of ``parse_file`` and an option
    of ``govparse parse``."""

    max_bytes: int = 200 * MB  # the file as it is on disk
    max_pages: int = 2000  # pages of a PDF
    max_inflated: int = 256 * MB  # what a PDF's streams or a DOCX's parts inflate to, together
    max_html_bytes: int = 16 * MB  # a web page handed to the extractor
    max_paragraphs: int = 200_000  # paragraphs of a DOCX (a 500-page report has some 20,000)

    @classmethod
    def of(cls, options) -> Limits:
        """The limits that ``options`` (the command line's parsed options) set; defaults elsewhere."""
        given = {f.name: getattr(options, f.name, None) for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in given.items() if v is not None})

    def size(self, n: int, name: str) -> None:
        """Refuse a file of ``n`` bytes over ``max_bytes`` (before it is read)."""
        if n > self.max_bytes:
            raise InputError(f"{name}: a file of {n:,} bytes is over the limit of {self.max_bytes:,} (max_bytes)")

    def check(self, data: bytes, fmt: str, name: str) -> None:
        """Refuse ``data`` of format ``fmt`` that would inflate or extract past a limit."""
        if fmt == "html" and len(data) > self.max_html_bytes:
            raise InputError(f"{name}: a web page of {len(data):,} bytes is over the limit of "
                             f"{self.max_html_bytes:,} (max_html_bytes)")
        inflated = {"docx": _zip_parts, "pdf": _pdf_streams}.get(fmt)
        if inflated is not None and inflated(data, self.max_inflated + 1) > self.max_inflated:
            raise InputError(f"{name}: this {fmt.upper()} inflates past {self.max_inflated:,} bytes "
                             f"(max_inflated): a compression bomb, or far larger than any report")
        if fmt == "docx":
            n = _paragraphs(data, self.max_paragraphs + 1)
            if n > self.max_paragraphs:
                raise InputError(f"{name}: a DOCX of more than {self.max_paragraphs:,} paragraphs (max_paragraphs): "
                                 f"a paragraph bomb, or far longer than any report")

    def pages(self, n: int, name: str) -> None:
        if n > self.max_pages:
            raise InputError(f"{name}: a PDF of {n:,} pages is over the limit of {self.max_pages:,} (max_pages)")


def _zip_parts(data: bytes, budget: int) -> int:
    """What a zip's parts inflate to: their declared sizes (a reader stops at a declared size, so
    a part that lies inflates to no more than it says)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile:
        return 0  # the reader says what is wrong with it


_PARAGRAPH = re.compile(rb"<w:p[ >/]")


def _paragraphs(data: bytes, budget: int) -> int:
    """The paragraphs of a DOCX's body, counted as its XML inflates a piece at a time (a reader
    builds an object per paragraph: ten million empty ones are a bomb however small the file)."""
    n, tail = 0, b""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z, z.open("word/document.xml") as f:
            while n < budget and (chunk := f.read(_CHUNK)):
                piece = tail + chunk
                n += len(_PARAGRAPH.findall(piece)) - len(_PARAGRAPH.findall(tail))
                tail = piece[-5:]
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error):
        return 0  # the reader says what is wrong with it
    return n


def _pdf_streams(data: bytes, budget: int) -> int:
    """What a PDF's compressed streams inflate to, counted a piece at a time and no further than
    ``budget``: a stream that is not deflated counts as its raw size."""
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        raw = data[m.end():end if end >= 0 else len(data)]
        total += _inflated(raw, budget - total)
        if total >= budget:
            break
    return total


def _inflated(raw: bytes, budget: int) -> int:
    d = zlib.decompressobj()
    try:
        n = len(d.decompress(raw, _CHUNK))
        while d.unconsumed_tail and n < budget:
            n += len(d.decompress(d.unconsumed_tail, _CHUNK))
    except zlib.error:
        return len(raw)
    return n
