"""Many reports at once: a process pool, results in input order.

>>> from pathlib import Path
>>> reports = parse_many(["完成投资3亿元。", "新增就业100人。"], workers=1)
>>> [r.metrics[0].text for r in reports]
['3亿元', '100人']
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from .errors import GovparseError, ParseFailure
from .files import parse_file
from .models import Report
from .report import parse

__all__ = ["parse_many", "iter_parse"]


def _one(item) -> Report | ParseFailure:
    try:
        if isinstance(item, os.PathLike):
            return parse_file(item)
        return parse(item)
    except (GovparseError, OSError) as exc:
        return ParseFailure(str(item) if isinstance(item, os.PathLike) else "<text>", str(exc))


def _check(items: list) -> None:
    for i, item in enumerate(items):
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"parse_many: item {i} is {type(item).__name__}; expected a str (a report's text) "
                            "or a pathlib.Path (a report file)")


def iter_parse(items: Iterable, workers: int | None = None, progress: bool | None = None,
               on_error: str = "raise") -> Iterator[Report | ParseFailure]:
    """Like :func:`parse_many`, yielding each result as soon as it and all before it are done."""
    if on_error not in ("raise", "return"):
        raise ValueError("on_error must be 'raise' or 'return'")
    items = list(items)
    _check(items)
    workers = os.cpu_count() or 1 if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(items), unit="report", file=sys.stderr)
    try:
        if workers == 1 or len(items) < 2:
            results = map(_one, items)
        else:
            pool = ProcessPoolExecutor(max_workers=min(workers, len(items)))
            chunk = max(1, min(16, len(items) // (workers * 4)))
            results = pool.map(_one, items, chunksize=chunk)
        for r in results:
            if bar is not None:
                bar.update(1)
            if isinstance(r, ParseFailure) and on_error == "raise":
                raise GovparseError(f"{r.source}: {r.error}")
            yield r
    finally:
        if bar is not None:
            bar.close()
        if workers != 1 and len(items) >= 2:
            pool.shutdown(cancel_futures=True)


def parse_many(items: Iterable, workers: int | None = None, progress: bool | None = None,
               on_error: str = "raise") -> list[Report | ParseFailure]:
    """Parse many reports, in parallel processes, results in input order.

    ``items`` are report texts (``str``) or report files (``pathlib.Path`` or any
    ``os.PathLike``: a plain str is always read as text, never as a file name).
    ``workers`` defaults to the number of CPUs; 1 parses in this process.
    ``progress`` shows a tqdm bar on stderr (default: when stderr is a terminal).
    With ``on_error="raise"`` the first failure raises
    :class:`~govparse.errors.GovparseError` naming the input; with ``"return"``
    a :class:`~govparse.errors.ParseFailure` stands in its place and the others
    still come out.
    """
    return list(iter_parse(items, workers=workers, progress=progress, on_error=on_error))
