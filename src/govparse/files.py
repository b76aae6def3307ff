"""Reading report files: bytes to text, with the encoding recorded.

Scraped pages, PDF conversions and old GBK files arrive in several encodings.
:func:`read_text` decodes them strictly and names the file when it cannot:
it never parses mojibake as text.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import DecodeError, InputError

__all__ = ["read_text", "decode", "parse_file"]

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Encodings tried when the bytes are not UTF-8, in the order of how often reports use them.
_LEGACY = ("gb18030", "big5", "utf_16_le", "utf_16_be")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _plausible(text: str) -> bool:
    """Text in a Chinese report: some CJK characters, almost no control characters."""
    if not text.strip():
        return True
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        return False
    return len(_CJK.findall(sample)) >= max(1, len(sample.strip()) // 20)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a report's bytes; returns ``(text, encoding)``.

    >>> decode("完成3亿元".encode("gbk"))
    ('完成3亿元', 'gb18030')
    >>> decode("完成3億元".encode("big5"))[1]
    'big5'
    >>> decode(b"\\xff\\xfe" + "完成".encode("utf-16-le"))
    ('完成', 'utf-16')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise DecodeError(name, [enc]) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data, name)


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
        if _plausible(text):
            fits.append((enc, text))
    if len(fits) == 1:
        return fits[0][1], fits[0][0]
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


def read_text(path: str | os.PathLike) -> tuple[str, str]:
    """Read a file as text; returns ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised; other
    bytes are tried as GB18030 (a superset of GBK and GB2312), Big5 and UTF-16
    without BOM, strictly. Bytes that are none of these raise
    :class:`~govparse.errors.DecodeError` naming the file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: {exc.strerror or exc}") from None
    return decode(data, str(p))


def parse_file(path: str | os.PathLike):
    """Read and parse one report file; the Report keeps its path and encoding."""
    from .report import parse

    text, enc = read_text(path)
    return parse(text, source=str(path), encoding=enc)
