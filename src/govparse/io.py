"""Reading report files: bytes to text, with the encoding recorded."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import DecodeError, InputError

__all__ = ["read_text", "parse_file"]

_ENCODINGS = ("utf-8", "gb18030")


def read_text(path: str | os.PathLike) -> tuple[str, str]:
    """Read a file as text; returns ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised, then
    GB18030 (a superset of GBK and GB2312) is tried. Bytes that are none of
    these raise :class:`~govparse.errors.DecodeError` naming the file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    data = p.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DecodeError(p, ["utf-16"]) from None
    tried = []
    for enc in _ENCODINGS:
        tried.append(enc)
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue
        return text, enc
    raise DecodeError(p, tried)


def parse_file(path: str | os.PathLike):
    """Read and parse one report file; the Report keeps its path and encoding."""
    from .report import parse

    text, enc = read_text(path)
    return parse(text, source=str(path), encoding=enc)
