"""Where the command line writes: output paths that never collide and files that are never half written.

:func:`mirror` maps each input to its output under ``--out-dir``, keeping the
inputs' folders below their common parent and each input's whole name, so
``a/r.txt`` and ``b/r.txt`` give ``a/r.txt.json`` and ``b/r.txt.json``, and
``r.txt`` and ``r.pdf`` in one folder give ``r.txt.json`` and ``r.pdf.json``:

>>> from pathlib import Path
>>> [str(p) for p in mirror([Path("in/a/r.txt"), Path("in/b/r.txt")], Path("out"), "json")]
['out/a/r.txt.json', 'out/b/r.txt.json']
>>> [str(p) for p in mirror([Path("in/r.txt"), Path("in/r.pdf")], Path("out"), "table")]
['out/r.txt.txt', 'out/r.pdf.txt']

:func:`atomic` writes to a temporary name beside the target and renames it
into place when the writing succeeded, so a killed run leaves no truncated
file under the final name.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .formats import EXTENSIONS

__all__ = ["mirror", "outside", "conflicts", "replaces", "atomic"]


def mirror(inputs: list[Path], out_dir: Path, fmt: str) -> list[Path]:
    """The output path of each input: its path below the inputs' common folder, with the format's suffix."""
    if not inputs:
        return []
    parents = [os.path.abspath(p.parent) for p in inputs]
    common = os.path.commonpath(parents)
    ext = EXTENSIONS[fmt]
    return [out_dir / os.path.relpath(parent, common) / f"{p.name}.{ext}" for p, parent in zip(inputs, parents)]


def outside(files: list, out_dir: Path) -> list:
    """``files`` without those inside ``out_dir``: an output folder within an input folder holds
    outputs, never inputs (a second run reads the reports, not the first run's tables)."""
    out = os.path.realpath(out_dir) + os.sep
    return [f for f in files if not isinstance(f, Path) or not os.path.realpath(f).startswith(out)]


def conflicts(inputs: list[Path], outputs: list[Path], overwrite: bool) -> str | None:
    """Why these outputs (one per input) cannot be written, or None: two share a name, one is an
    input, or one exists. One output for all inputs: :func:`replaces`."""
    seen: dict[str, Path] = {}
    sources = {os.path.realpath(p) for p in inputs}
    for src, out in zip(inputs, outputs):
        key = os.path.realpath(out)
        if key in seen:
            return f"{seen[key]} and {src} would both be written to {out}"
        seen[key] = src
        if key in sources:
            return f"the output for {src} would replace the input {out}"
        if not overwrite and out.exists():
            return f"{out} exists (use --overwrite to replace it)"
    return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def replaces(target: Path, inputs: list, overwrite: bool) -> str | None:
    """Why the one output ``target`` cannot be written, or None: it is a directory, an input, or it
    exists. Every command that writes one file asks this before it parses anything."""
    if target.is_dir():
        return f"{target} is a directory: give a file name"
    if any(os.path.realpath(target) == os.path.realpath(p) for p in inputs):
        return f"{target} would replace an input"
    if target.exists() and not overwrite:
        return f"{target} exists (use --overwrite to replace it)"
    return None


@contextlib.contextmanager
def atomic(path: Path) -> Iterator[IO[str]]:
    """A text stream whose content replaces ``path`` only once it is complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # as open() would have made it, not mkstemp's 0600
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
