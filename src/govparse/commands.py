"""The command line's ``series`` and ``view`` commands."""
from __future__ import annotations

import sys
from pathlib import Path

from .batch import iter_parse
from .errors import GovparseError, ParseFailure
from .inputs import STDIN, expand, read_stdin, tell
from .limits import Limits
from .outputs import atomic, replaces

__all__ = ["series", "view"]


def series(args) -> int:
    """``govparse series``: parse, keep the metrics with an indicator, write one CSV."""
    from .indicators import INDICATORS
    from .kinds import ROLES

    files, failures = expand(args.inputs)
    problem = ("no input files" if not files and not failures else
               f"unknown indicator {args.indicator!r}" if args.indicator and args.indicator not in INDICATORS else
               f"unknown role {args.role!r}" if args.role and args.role not in ROLES else
               "--workers must be at least 1" if args.workers is not None and args.workers < 1 else
               replaces(Path(args.output), files, args.overwrite) if args.output else None)
    if problem or STDIN in files:
        print(f"govparse: error: {problem or 'series reads files, not standard input'}", file=sys.stderr)
        return 2
    for f in failures:
        print(f"govparse: {f}", file=sys.stderr)
    reports, tally = [], {"parsed": 0, "metrics": 0, "failed": len(failures)}
    parsed = iter_parse(files, workers=args.workers or 1, progress=False, on_error="return", limits=Limits.of(args))
    for path, result in zip(files, parsed):
        if tell(path, result, tally):
            reports.append(result)
    from .frames import series

    frame = series(reports, indicator=args.indicator, role=args.role)
    if args.output:
        with atomic(Path(args.output)) as f:
            frame.to_csv(f, index=False)
    else:
        frame.to_csv(sys.stdout, index=False)
    print(f"govparse: {len(frame)} rows from {tally['parsed']} reports, {tally['failed']} failed", file=sys.stderr)
    return 1 if tally["failed"] else 0


def view(args) -> int:
    """``govparse view``: one report, one page."""
    source = Path(args.input)
    target = Path(args.output) if args.output else Path(f"{'stdin' if args.input == STDIN else source.stem}.html")
    why = replaces(target, [] if args.input == STDIN else [source], args.overwrite)
    if why:
        print(f"govparse: error: {why}", file=sys.stderr)
        return 2
    from .files import parse_file

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

