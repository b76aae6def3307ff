"""The command line's inputs: files, folders and globs expanded, standard input read, results told.

>>> expand(["-"])
(['-'], [])
"""
from __future__ import annotations

import glob
import os
import sys
from pathlib import Path

from ..errors import GovparseError, ParseFailure
from .files import REPORT_SUFFIXES, parse_bytes

__all__ = ["STDIN", "expand", "read_stdin", "tell"]

STDIN = "-"


def _walk(folder: Path, failures: list[str]):
    def onerror(exc: OSError):
        failures.append(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

    found = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=onerror, followlinks=False):
        dirnames.sort()
        found += [Path(dirpath) / f for f in sorted(filenames) if f.lower().endswith(REPORT_SUFFIXES)]
    return sorted(found)


def expand(inputs: list[str]) -> tuple[list[Path | str], list[str]]:
    """Files, folders (their reports, sorted, subfolders included) and globs, in the order given,
    with what could not be expanded (an unreadable folder, a glob that matches nothing). ``-`` and
    URLs (``s3://…``, read by fsspec where that is installed) pass through as they are."""
    files: list[Path | str] = []
    failures: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == STDIN or "://" in item:
            files.append(item)
        elif p.is_dir():
            files.extend(_walk(p, failures))
        elif any(ch in item for ch in "*?[") and not p.exists():
            hits = sorted(Path(x) for x in glob.glob(item, recursive=True) if Path(x).is_file())
            files.extend(hits) if hits else failures.append(f"{item}: no file matches")
        else:
            files.append(p)  # a missing or unreadable file is told when it is read, in its turn
    return files, failures


def read_stdin(limits=None):
    try:
        return parse_bytes(sys.stdin.buffer.read(), "<stdin>", limits=limits)
    except GovparseError as exc:
        return ParseFailure("<stdin>", str(exc), type(exc).__name__)


def tell(path, result, tally) -> bool:
    """Count a result; a failure is told on stderr. True for a report to write."""
    if isinstance(result, ParseFailure):
        msg = result.error if result.error.startswith(str(path)) else f"{path}: {result.error}"
        print(f"govparse: {msg}", file=sys.stderr)
        tally["failed"] += 1
        return False
    tally["parsed"] += 1
    tally["metrics"] += len(result.metrics)
    return True


