"""The command line's ``series``, ``panel``, ``check`` and ``view`` commands."""
from __future__ import annotations

import contextlib
import csv
import json
import sys
from pathlib import Path

from .batch import iter_parse
from .errors import GovparseError, ParseFailure
from .outputs.formats import SERIES_COLUMNS, series_rows
from .outputs.panel import PANEL_COLUMNS, panel_rows
from .inputs.paths import STDIN, expand, read_stdin, tell
from .inputs.limits import Limits
from .outputs.writing import atomic, replaces

__all__ = ["series", "panel", "check", "view"]


def _series_problem(args, files: list, failures: list) -> str | None:
    """What makes ``govparse series`` a usage error, found before anything is parsed."""
    from .passes.indicators import resolve
    from .kinds import ROLES

    if not files and not failures:
        return "no input files"
    for indicator in (getattr(args, "indicator", None) or "").split(","):
        try:
            resolve(indicator.strip()) if indicator.strip() else None
        except ValueError as exc:
            return str(exc)
    if getattr(args, "role", None) and args.role not in ROLES:
        return f"unknown role {args.role!r} (one of {', '.join(ROLES)})"
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    return replaces(Path(args.output), files, args.overwrite) if args.output else None


def series(args) -> int:
    """``govparse series``: parse, keep the metrics with an indicator, write one CSV (no pandas needed)."""
    return _tabulate(args, "series", lambda reports: series_rows(reports, indicator=args.indicator, role=args.role),
                     SERIES_COLUMNS)


def panel(args) -> int:
    """``govparse panel``: parse, write one CSV row per region × period × indicator."""
    return _tabulate(args, "panel", lambda reports: panel_rows(reports, indicators=args.indicator), PANEL_COLUMNS)


def _parse_all(args, command: str):
    """The reports of the inputs and the tally, or the exit status of a usage error (an int)."""
    files, failures = expand(args.inputs)
    problem = _series_problem(args, files, failures)
    if problem or STDIN in files:
        print(f"govparse: error: {problem or command + ' reads files, not standard input'}", file=sys.stderr)
        return 2
    for f in failures:
        print(f"govparse: {f}", file=sys.stderr)
    reports, tally = [], {"parsed": 0, "metrics": 0, "failed": len(failures)}
    parsed = iter_parse(files, workers=args.workers or 1, progress=False, on_error="return", limits=Limits.of(args))
    for path, result in zip(files, parsed):
        if tell(path, result, tally):
            reports.append(result)
    return reports, tally


def _output(args):
    """The output file, written whole, or standard output."""
    return atomic(Path(args.output)) if args.output else contextlib.nullcontext(sys.stdout)


def _tabulate(args, command: str, make_rows, columns: list[str]) -> int:
    """Parse the inputs, then write the rows ``make_rows`` makes of the reports as one CSV."""
    got = _parse_all(args, command)
    if isinstance(got, int):
        return got
    reports, tally = got
    rows = list(make_rows(reports))
    with _output(args) as out:
        _csv(rows, out, columns)
    print(f"govparse: {len(rows)} rows from {tally['parsed']} reports, {tally['failed']} failed", file=sys.stderr)
    return 1 if tally["failed"] else 0


def _csv(rows: list[dict], stream, columns: list[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


FINDING_COLUMNS = ["source", "line", "rule", "stated", "expected", "tolerance", "texts", "message"]


def check(args) -> int:
    """``govparse check``: the findings of every report, like a linter (1 when there are any)."""
    from .checks import check as check_report, check_series

    got = _parse_all(args, "check")
    if isinstance(got, int):
        return got
    reports, tally = got
    found = [(r, f) for r in reports for f in check_report(r)]
    if args.series:
        by_source = {r.source: r for r in reports}
        found += [(by_source.get(f.source), f) for f in check_series(reports)]
    rows = [_finding_row(r, f) for r, f in found]
    with _output(args) as out:
        _write_findings(rows, args.format, out)
    print(f"govparse: {len(rows)} findings in {tally['parsed']} reports, {tally['failed']} failed", file=sys.stderr)
    return 1 if rows or tally["failed"] else 0


def _finding_row(report, f) -> dict:
    start = min(s for s, _ in f.spans)
    line = report.text.count("\n", 0, start) + 1 if report is not None else None
    d = f.to_dict()
    return {"source": d["source"], "line": line, "rule": f.rule, "stated": d["stated"], "expected": d["expected"],
            "tolerance": d["tolerance"], "texts": " | ".join(d["texts"]), "message": f.message}


def _write_findings(rows: list[dict], fmt: str, out) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        _csv(rows, out, FINDING_COLUMNS)
    else:
        for row in rows:
            out.write(f"{row['source']}:{row['line']}: {row['message']}\n")


def view(args) -> int:
    """``govparse view``: one report, one page."""
    source = Path(args.input)
    target = Path(args.output) if args.output else Path(f"{'stdin' if args.input == STDIN else source.stem}.html")
    why = replaces(target, [] if args.input == STDIN else [source], args.overwrite)
    if why:
        print(f"govparse: error: {why}", file=sys.stderr)
        return 2
    from .inputs.files import parse_file

    try:
        report = read_stdin(Limits.of(args)) if args.input == STDIN else parse_file(source, limits=Limits.of(args))
        if isinstance(report, ParseFailure):
            raise GovparseError(report.error)
    except GovparseError as exc:
        print(f"govparse: {exc}", file=sys.stderr)
        return 1
    with atomic(target) as f:
        f.write(report.to_html())
    print(f"govparse: {target}: {len(report.metrics)} metrics highlighted", file=sys.stderr)
    return 0

