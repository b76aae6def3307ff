"""Many reports at once: a process pool, results in input order.

:func:`parse_many` takes report files, :func:`parse_texts` report texts; a
failure in one input never costs the others, not even one that kills the
process parsing it.

>>> reports = parse_texts(["完成投资3亿元。", "新增就业100人。"], workers=1)
>>> [r.metrics[0].text for r in reports]
['3亿元', '100人']
>>> parse_many("reports/*.txt")
Traceback (most recent call last):
...
TypeError: parse_many takes a list of paths, not one str; pass [path] or sorted(glob.glob(pattern))
"""
from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import as_completed
from functools import partial
from pathlib import Path

from .errors import GovparseError, ParseFailure
from .inputs.files import parse_file
from .inputs.limits import Limits
from .models import Report
from .report import parse

__all__ = ["parse_many", "parse_texts", "iter_parse", "iter_done"]

# a path longer than this, or with a line break or a Chinese full stop in it, is report text
_PATH_MAX = 4096
_TEXT_MARKS = ("\n", "。", "，")


def _guarded(job, item, source: str) -> Report | ParseFailure:
    """``job(item)``; any exception becomes a :class:`ParseFailure` for that input alone."""
    try:
        return job(item)
    except (GovparseError, OSError) as exc:
        return ParseFailure(source, str(exc), type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - a bug in govparse must not lose the other documents
        return ParseFailure(source, f"{type(exc).__name__}: {exc}", type(exc).__name__)


def _one_path(path, limits: Limits | None = None) -> Report | ParseFailure:  # module level: a pool pickles it
    return _guarded(lambda p: parse_file(p, limits=limits), path, os.fspath(path))


def _one_text(text: str) -> Report | ParseFailure:
    return _guarded(parse, text, "<text>")


def _check_paths(items) -> list:
    if isinstance(items, (str, bytes, os.PathLike)):
        raise TypeError(f"parse_many takes a list of paths, not one {type(items).__name__}; "
                        "pass [path] or sorted(glob.glob(pattern))")
    items = list(items)
    for i, item in enumerate(items):
        if isinstance(item, str) and (len(item) > _PATH_MAX or any(m in item for m in _TEXT_MARKS)):
            raise TypeError(f"parse_many: item {i} looks like report text, not a path; "
                            "use govparse.parse_texts for texts")
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"parse_many: item {i} is {type(item).__name__}; expected a path (str or pathlib.Path)")
    return [Path(item) for item in items]


def _check_texts(items) -> list:
    if isinstance(items, (str, bytes)):
        raise TypeError("parse_texts takes a list of texts, not one str; use govparse.parse for one text")
    items = list(items)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise TypeError(f"parse_texts: item {i} is {type(item).__name__}; expected a str (a report's text)")
    return items


def _check_options(workers, on_error) -> int:
    if on_error not in ("raise", "return"):
        raise ValueError("on_error must be 'raise' or 'return'")
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int, not {type(workers).__name__}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    return workers


def iter_parse(paths: Iterable, workers: int | None = None, progress: bool | None = None,
               on_error: str = "raise", texts: bool = False, limits: Limits | None = None) -> Iterator[Report | ParseFailure]:
    """Like :func:`parse_many`, yielding each result as soon as it and all before it are done.

    With ``texts=True`` the items are report texts, as for :func:`parse_texts`.
    """
    pending: dict[int, Report | ParseFailure] = {}
    nxt = 0
    for k, r in iter_done(paths, workers=workers, progress=progress, on_error=on_error, texts=texts, limits=limits):
        pending[k] = r
        while nxt in pending:  # input order: a result waits only for those before it
            yield pending.pop(nxt)
            nxt += 1


def iter_done(paths: Iterable, workers: int | None = None, progress: bool | None = None, on_error: str = "raise",
              texts: bool = False, limits: Limits | None = None) -> Iterator[tuple[int, Report | ParseFailure]]:
    """``(index, result)`` for each input as soon as it is done, in the order they finish: what
    a caller that writes one output per input needs, so that an interrupt keeps what is finished.

    More than one input is parsed in worker processes (pebble's pool), so an input that kills
    its process (a file that inflates past the memory, the OOM killer) is a
    :class:`~govparse.errors.ParseFailure` of its own (``error_type`` ``WorkerDied``) and the
    pool starts a new worker for the rest.
    """
    items = _check_texts(paths) if texts else _check_paths(paths)
    workers = _check_options(workers, on_error)
    job = _one_text if texts else (partial(_one_path, limits=limits) if limits else _one_path)
    return _run(items, job, workers, progress, on_error)


def _run(items: list, job, workers: int, progress: bool | None, on_error: str):
    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(items), unit="report", file=sys.stderr)
    try:
        for k, r in _results(items, job, workers):
            if bar is not None:
                bar.update(1)
            if isinstance(r, ParseFailure) and on_error == "raise":
                raise GovparseError(r.error if r.error.startswith(r.source) else f"{r.source}: {r.error}")
            yield k, r
    finally:
        if bar is not None:
            bar.close()


def _results(items: list, job, workers: int) -> Iterator[tuple[int, Report | ParseFailure]]:
    """Each input's result as it finishes: one input in this process, more in a pool that
    outlives a dying worker and is stopped, workers and all, when the caller stops."""
    if len(items) < 2:
        yield from enumerate(map(job, items))
        return
    from pebble import ProcessExpired, ProcessPool  # a pool made for workers that die

    pool = ProcessPool(max_workers=min(workers, len(items)))
    try:
        futures = {pool.schedule(job, args=(item,)): k for k, item in enumerate(items)}
        for future in as_completed(futures):
            k = futures[future]
            try:
                yield k, future.result()
            except ProcessExpired as exc:
                yield k, ParseFailure(_source(items[k]), _died(exc), "WorkerDied")
    finally:
        pool.stop()  # an interrupt or a caller that stops early: no worker is left behind
        pool.join()


def _source(item) -> str:
    return os.fspath(item) if isinstance(item, Path) else "<text>"


def _died(exc) -> str:
    """Why a worker process died, as far as its exit code tells."""
    code = getattr(exc, "exitcode", None)
    if isinstance(code, int) and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        why = " (out of memory?)" if name == "SIGKILL" else ""
        return f"the process parsing it died of {name}{why}"
    return f"the process parsing it died (exit code {code})"


def parse_many(paths: Iterable, workers: int | None = None, progress: bool | None = None,
               on_error: str = "raise", limits: Limits | None = None) -> list[Report | ParseFailure]:
    """Parse many report files, in parallel processes, results in input order.

    ``paths`` is a list of file paths (``str`` or ``pathlib.Path``); a str that
    looks like report text raises TypeError (use :func:`parse_texts`).
    ``workers`` defaults to the number of CPUs; more than one input is parsed in
    that many worker processes (one input in this process), so an input that kills
    its worker is a :class:`~govparse.errors.ParseFailure` of its own
    (``error_type`` ``WorkerDied``) and never costs the others.
    ``progress`` shows a tqdm bar on stderr (default: when stderr is a terminal).
    With ``on_error="raise"`` the first failure raises
    :class:`~govparse.errors.GovparseError` naming the input; with ``"return"``
    a :class:`~govparse.errors.ParseFailure` stands in its place (with the
    error's type and message, whatever the error) and the others still come out.
    ``limits`` (:class:`~govparse.inputs.limits.Limits`) bounds what one file may hold.
    """
    return list(iter_parse(paths, workers=workers, progress=progress, on_error=on_error, limits=limits))


def parse_texts(texts: Iterable[str], workers: int | None = None, progress: bool | None = None,
                on_error: str = "raise") -> list[Report | ParseFailure]:
    """Parse many report texts, as :func:`parse_many` parses files."""
    return list(iter_parse(texts, workers=workers, progress=progress, on_error=on_error, texts=True))
