"""Corpora beyond one machine, on Dask (optional extra: ``pip install govparse[dask]``).

The same code runs on a laptop's local scheduler and on a cluster::

    import govparse.dask as gd

    if __name__ == "__main__":                       # the process scheduler imports this file
        bag = gd.reports_bag("corpus/**/*.txt")      # a dask Bag of Reports
        df = gd.metrics_frame("corpus/**/*.txt")     # a dask DataFrame, one row per metric
        df[df.kind == "money"].groupby("name").value.sum().compute()

    # on a cluster: connect a distributed client first; nothing else changes
    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")
    gd.metrics_frame("s3://bucket/reports/*.txt").to_parquet("s3://bucket/metrics/")

Files are read where the tasks run (``dask.bytes``/fsspec paths work too), so
only file names travel to the workers.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

try:
    import dask.bag as _db
except ImportError:  # pragma: no cover - exercised only without the extra
    raise ImportError("govparse.dask needs dask: pip install 'govparse[dask]'") from None

from .errors import InputError
from .inputs.files import parse_bytes, parse_file
from .outputs.frames import FRAME_COLUMNS, rows
from .inputs.paths import expand as _expand

__all__ = ["reports_bag", "metrics_frame", "expand"]


def expand(paths: str | os.PathLike | Iterable) -> list[str]:
    """A glob, a file, a directory (its reports: .txt, .pdf, .html, .htm, .docx) or a list of these,
    as file names (:func:`govparse.inputs.paths.expand`). Raises :class:`~govparse.InputError` naming
    every folder that cannot be read and every glob that matches nothing: no file is skipped unsaid."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files, failures = _expand([os.fspath(p) for p in paths])
    if failures:
        raise InputError("; ".join(failures))
    if not files:
        raise FileNotFoundError(f"no files match {paths!r}")
    return [str(f) for f in files]


def _read(path: str):
    if "://" not in path:
        return parse_file(path)  # a local file, read and checked as everywhere else
    import fsspec

    with fsspec.open(path, "rb") as f:
        return parse_bytes(f.read(), path)


def reports_bag(paths, npartitions: int | None = None):
    """A dask Bag with one :class:`~govparse.Report` per file, in the files' order; ``npartitions``
    defaults to four per worker (the connected client's workers, else the CPUs)."""
    files = expand(paths)
    n = npartitions or min(len(files), 4 * _workers())
    return _db.from_sequence(files, npartitions=n).map(_read)


def _workers() -> int:
    """How many workers will run the tasks: the connected client's, else the CPUs."""
    try:
        from dask.distributed import get_client

        return max(1, len(get_client().scheduler_info()["workers"]))
    except (ImportError, ValueError):
        return os.cpu_count() or 1


def metrics_frame(paths, npartitions: int | None = None):
    """A dask DataFrame with one row per metric (the columns of :func:`govparse.to_frame`)."""
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in FRAME_COLUMNS})
    bag = reports_bag(paths, npartitions)
    return bag.map_partitions(lambda reports: list(rows(reports))).to_dataframe(meta=meta)


def _dtype(column: str) -> str:
    return {"start": "int64", "end": "int64", "value": "float64", "missing": "bool",
            "group": "Int64"}.get(column, "object")

