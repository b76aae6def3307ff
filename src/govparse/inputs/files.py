"""Reading report files: bytes to text, with the encoding recorded.

Scraped pages, PDF conversions and old GBK files arrive in several encodings.
:func:`read_text` decodes them strictly and names the file when it cannot:
it never parses mojibake as text.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
import warnings
from functools import lru_cache
from pathlib import Path

from ..errors import DecodeError, InputError
from .extract import extract, sniff
from .limits import Limits
from ..text import CJK

__all__ = ["read_text", "read_bytes", "decode", "decode_report", "plausible", "parse_file", "parse_bytes",
           "REPORT_SUFFIXES"]

# the files a folder given to the CLI or to govparse.dask contributes
REPORT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx")

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Encodings tried when the bytes are not UTF-8, in the order of how often reports use them.
_LEGACY = ("gb18030", "big5", "utf_16_le", "utf_16_be")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_ODD = re.compile(r"[\ue000-\uf8ff\ufff0-\ufffd]")  # private use, specials, the replacement character
# A UTF-8 file with at most this share of bad bytes is UTF-8 with a few bytes damaged, not another encoding.
_BAD_UTF8_SHARE = 1 / 200
_MIN_COMMON_SHARE = 0.6  # real report text: nearly all its CJK characters are common ones (0.98+)


@lru_cache(maxsize=8192)
def _common(ch: str) -> bool:
    """A frequently used character: GB2312 level 1 or Big5's common block (A440–C67E)."""
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E


def plausible(text: str) -> bool:
    """Whether a decoding reads as a Chinese report rather than mojibake.

    Most of its CJK characters must be common ones (a wrong decoding yields
    rare ones), and control, private-use or unassigned characters must be rare.

    >>> plausible("完成投资3亿元，同比增长5%。")
    True
    >>> plausible("完成投资3亿元".encode("utf-8").decode("gb18030"))
    False
    >>> plausible("Die Größe".encode("latin-1").decode("gb18030"))
    False
    """
    sample = text[:20000]
    if not sample.strip():
        return True
    cjk = CJK.findall(sample)
    odd = len(_CONTROL.findall(sample)) + len(_ODD.findall(sample))
    odd += sum(1 for ch in set(sample) if unicodedata.category(ch) == "Cn")
    if odd > max(2, len(sample) // 1000):
        return False
    if len(cjk) < max(1, len(sample.strip()) // 20):
        return False
    return sum(map(_common, cjk)) >= _MIN_COMMON_SHARE * len(cjk)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a report's bytes; returns ``(text, encoding)``.

    >>> decode("完成3亿元".encode("gbk"))
    ('完成3亿元', 'gb18030')
    >>> decode("完成3億元".encode("big5"))[1]
    'big5'
    >>> decode(b"\\xff\\xfe" + "完成".encode("utf-16-le"))
    ('完成', 'utf-16')

    UTF-8 with a few damaged bytes stays UTF-8: they become U+FFFD and a
    :class:`UnicodeWarning` says how many (:func:`parse_file` puts it on the
    report's ``warnings``).
    """
    text, enc, problems = decode_report(data, name)
    for problem in problems:
        warnings.warn(f"{name}: {problem}", UnicodeWarning, stacklevel=2)
    return text, enc


def decode_report(data: bytes, name: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """:func:`decode`, with its warnings returned as a third item instead of issued."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, ()
            except UnicodeDecodeError:
                raise DecodeError(name, [enc]) from None
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    return (*_legacy(data, name), ())


def _damaged_utf8(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 with a few bad bytes: the text with U+FFFD for them, and a warning."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if bad > max(1, len(data) * _BAD_UTF8_SHARE):
        return None
    if not plausible(text.replace("\ufffd", "")):
        return None
    return text, "utf-8", (f"utf8_replacement_chars:{bad}",)


def _legacy(data: bytes, name: str) -> tuple[str, str]:
    """Bytes that are not UTF-8: the legacy encodings that decode them strictly and plausibly."""
    tried = ["utf-8"]
    fits = []
    for enc in _LEGACY:
        tried.append(enc)
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if plausible(text):
            fits.append((enc, text))
    if len(fits) == 1:
        return fits[0][1], fits[0][0]
    clean = [f for f in fits if not _SYMBOLS.search(f[1][:20000])]
    if len(clean) == 1:  # 近年来，增长 read as Big5 is 輪爛懂ㄛ崝酗: GBK's commas and stops become bopomofo
        return clean[0][1], clean[0][0]
    if fits:
        # GB18030 and Big5 both decode: let charset-normalizer judge which reads as language
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=[enc for enc, _ in fits]).best()
        if best is not None:
            enc = best.encoding.replace("-", "_")
            for e, text in fits:
                if e.replace("-", "_") == enc:
                    return text, e
        return fits[0][1], fits[0][0]
    raise DecodeError(name, tried)


_SYMBOLS = re.compile("[\u3100-\u312f\ufe30-\ufe6f]")  # bopomofo and small or vertical forms: no report's text


def read_text(path: str | os.PathLike) -> tuple[str, str]:
    """Read a file as text; returns ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised; other
    bytes are tried as GB18030 (a superset of GBK and GB2312), Big5 and UTF-16
    without BOM, strictly, and a decoding must read as Chinese text
    (:func:`plausible`). Bytes that are none of these raise
    :class:`~govparse.errors.DecodeError` naming the file; a path that is not a
    readable regular file raises :class:`~govparse.errors.InputError` saying why.
    """
    text, enc, problems, _ = read_bytes(_bytes(path), str(path))
    for problem in problems:
        warnings.warn(f"{path}: {problem}", UnicodeWarning, stacklevel=2)
    return text, enc


_WHY = {errno.ENOENT: "no such file", errno.ELOOP: "symlink loop", errno.ENAMETOOLONG: "file name too long",
        errno.EACCES: "permission denied", errno.EPERM: "permission denied", errno.ENOTDIR: "no such file"}


def _input_error(p: Path, exc: OSError) -> InputError:
    return InputError(f"{p}: {_WHY.get(exc.errno) or exc.strerror or exc}")


def _bytes(path: str | os.PathLike, limits: Limits | None = None) -> bytes:
    """A regular file's bytes; an InputError saying why not otherwise (one over ``max_bytes`` is
    refused before it is read)."""
    p = Path(path)
    try:
        st = os.stat(p)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{p}: is a directory")
        if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
            raise InputError(f"{p}: not a regular file")
        (limits or Limits()).size(st.st_size, str(p))
        return p.read_bytes()
    except OSError as exc:
        raise _input_error(p, exc) from None


def read_bytes(data: bytes, name: str = "<bytes>", limits: Limits | None = None) -> tuple[str, str | None, tuple[str, ...], str]:
    """A report's text from a file's bytes: ``(text, encoding, warnings, format)``.

    The format (``text``, ``pdf``, ``html``, ``docx``) is told from the bytes; PDF,
    HTML and DOCX go through :func:`govparse.inputs.extract.extract` (encoding None),
    text through :func:`decode_report`.
    """
    limits = limits or Limits()
    limits.size(len(data), name)
    fmt = sniff(data)
    if fmt == "text":
        return (*decode_report(data, name), "text")
    text, warnings = extract(data, fmt, name, limits)
    return text, None, warnings, fmt


def parse_file(path: str | os.PathLike, year: int | None = None, **limits):
    """Read and parse one report file: text in any encoding :func:`read_text`
    accepts, a PDF, a web page or a Word file (see :mod:`govparse.inputs.extract`).
    The Report keeps its path, encoding, format (``source_format``) and any
    decoding warnings (``report.warnings``); ``year`` as in :func:`govparse.parse`.

    ``limits`` are the keywords of :class:`govparse.inputs.limits.Limits`: ``max_bytes``
    (the file), ``max_pages`` (a PDF), ``max_inflated`` (what a PDF's streams or a
    DOCX's parts inflate to), ``max_html_bytes`` (a web page) and ``max_paragraphs`` (a
    DOCX); a file over one is
    an :class:`~govparse.errors.InputError`, raised before the memory is spent."""
    lim = limits.pop("limits", None) or Limits(**limits)
    return parse_bytes(_bytes(path, lim), str(path), year, lim)


def parse_bytes(data: bytes, source: str, year: int | None = None, limits: Limits | None = None):
    """Parse a report file's bytes (read from a file, standard input or a URL); the Report
    keeps ``source``, the encoding, the format and any decoding warnings."""
    from ..report import parse

    text, enc, problems, fmt = read_bytes(data, source, limits)
    return parse(text, source=source, encoding=enc, warnings=problems, year=year, source_format=fmt)
