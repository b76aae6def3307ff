"""The command line: ``govparse parse FILE… [--format table|json|jsonl|csv] [-o FILE | --out-dir DIR]``.

Exit status: 0 when every input parsed and every output was written; 1 when
some input failed or some output could not be written (one line each on
stderr; the others are still parsed and written); 2 for a usage error, found
before anything is parsed (a bad option, outputs that would collide, replace
an input or an existing file, an output folder that cannot be made, a
standard output that cannot carry Chinese text); 130 when interrupted.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from pathlib import Path

from . import commands
from .parsers import add_commands, limit_options
from .batch import iter_done, iter_parse
from .outputs.formats import WRITERS, write
from .inputs.paths import STDIN, expand, read_stdin, tell
from .inputs.limits import Limits
from .outputs.writing import atomic, conflicts, mirror, outside, replaces

__all__ = ["main"]

class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2: no usage dump
        self.exit(2, f"govparse: error: {message} (see 'govparse --help')\n")


class _Usage(Exception):
    """A problem found before parsing: exit 2."""


def _build() -> argparse.ArgumentParser:
    p = _Parser(prog="govparse", description="Chinese government work reports into typed metrics.")
    from . import __version__

    p.add_argument("--version", action="version", version=f"govparse {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    pp = sub.add_parser("parse", help="parse report files and print or write their metrics",
                        description="Parse report files and print or write their metrics. " + __doc__.split("\n\n")[1])
    pp.add_argument("inputs", nargs="+", metavar="FILE",
                    help="files (.txt in any encoding, .pdf, .html, .docx), directories (their reports, recursively), globs, or - for standard input")
    pp.add_argument("--format", choices=sorted(WRITERS), default="table",
                    help="table (default), json (one object, an array for several), jsonl, or csv")
    out = pp.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="FILE", help="write everything to FILE instead of standard output")
    out.add_argument("--out-dir", metavar="DIR",
                     help="write one file per input under DIR, mirroring the inputs' folders")
    pp.add_argument("--overwrite", action="store_true", help="replace output files that already exist")
    pp.add_argument("--workers", type=int, metavar="N",
                    help="parse in N processes (default: 1 for a few files, else the CPU count)")
    pp.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    limit_options(pp)
    add_commands(sub)
    return p


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM as Ctrl-C: the pool is stopped and no .part file is left


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    parser = _build()
    args = parser.parse_args(argv)
    if args.command == "series":
        return commands.series(args)
    if args.command == "panel":
        return commands.panel(args)
    if args.command == "check":
        return commands.check(args)
    if args.command == "view":
        return commands.view(args)
    if args.command != "parse":
        parser.print_help(sys.stderr)
        return 2
    return _parse(args)


def _parse(args) -> int:
    """``govparse parse``: check, parse, write, and sum up."""
    files, failures = expand(args.inputs)
    if args.out_dir:
        files = outside(files, Path(args.out_dir))
    for f in failures:
        print(f"govparse: {f}", file=sys.stderr)
    try:
        if not files and not failures:
            raise _Usage("no input files")
        targets = _plan(args, files)
    except _Usage as exc:
        print(f"govparse: error: {exc}", file=sys.stderr)
        return 2
    workers = args.workers if args.workers is not None else (1 if len(files) < 8 else os.cpu_count() or 1)
    progress = sys.stderr.isatty() and not args.no_progress and len(files) > 1
    try:
        tally = _run(files, args.format, targets, workers, progress, Limits.of(args))
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the reader left: not an error
        return 0
    except KeyboardInterrupt:
        print("govparse: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # the one output (stdout or -o) failed: nothing more can be written
        print(f"govparse: cannot write {exc.filename or 'output'}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    failed = tally["failed"] + len(failures)
    if len(files) + len(failures) > 1:
        print(f"govparse: {tally['parsed']} of {len(files) + len(failures)} inputs parsed, "
              f"{tally['metrics']} metrics, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _plan(args, files: list):
    """Check the options and the outputs before parsing: a list of paths under --out-dir, a path for -o
    (or an open stream when -o names a device or a pipe), None for standard output."""
    if args.workers is not None and args.workers < 1:
        raise _Usage("--workers must be at least 1")
    if files.count(STDIN) > 1:
        raise _Usage("- (standard input) can be read once")
    paths = [f for f in files if f != STDIN]
    if args.out_dir:
        if STDIN in files:
            raise _Usage("--out-dir needs files; write standard input's result with -o or to stdout")
        targets = mirror(paths, Path(args.out_dir), args.format)
        why = conflicts(paths, targets, args.overwrite)
        if why:
            raise _Usage(why)
        _make_dir(Path(args.out_dir))
        return targets
    if args.output:
        target = Path(args.output)
        if target.exists() and not target.is_file() and not target.is_dir():
            return open(target, "w", encoding="utf-8")  # /dev/null, a pipe: written as it is, never replaced
        why = replaces(target, paths, args.overwrite)
        if why:
            raise _Usage(why)
        return target
    encoding = sys.stdout.encoding or "ascii"
    try:
        "中文".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        raise _Usage(f"standard output's encoding {encoding} cannot carry Chinese text; "
                     "set PYTHONIOENCODING=utf-8, or write with -o FILE or --out-dir DIR") from None
    return None


def _make_dir(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".govparse-probe-{os.getpid()}"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise _Usage(f"--out-dir {out_dir}: {exc.strerror or exc}") from None


def _results(files: list, workers: int, progress: bool, lim: Limits):
    """(name, Report or ParseFailure) per input, in order; standard input is read here, once."""
    paths = [f for f in files if f != STDIN]
    parsed = iter_parse(paths, workers=workers, progress=progress, on_error="return", limits=lim)
    for f in files:
        if f == STDIN:
            yield STDIN, read_stdin(lim)
        else:
            yield f, next(parsed)


def _run(files: list, fmt: str, targets, workers: int, progress: bool, lim: Limits) -> dict[str, int]:
    """Parse and write every input; returns how many parsed, their metrics, and how many failed."""
    tally = {"parsed": 0, "metrics": 0, "failed": 0}
    if isinstance(targets, list):  # one file per input, each written when its input is done
        with contextlib.closing(iter_done(files, workers=workers, progress=progress, on_error="return",
                                          limits=lim)) as done:
            for k, result in done:
                if tell(files[k], result, tally):
                    _write_one(result, fmt, targets[k], tally)
        return tally
    with contextlib.closing(_results(files, workers, progress, lim)) as results:  # in input order
        if targets is None:
            _stream(results, fmt, sys.stdout, len(files) > 1, tally)
            sys.stdout.flush()
        elif not isinstance(targets, Path):
            with targets:
                _stream(results, fmt, targets, len(files) > 1, tally)
        else:
            with atomic(targets) as f:
                _stream(results, fmt, f, len(files) > 1, tally)
    return tally


def _stream(results, fmt: str, stream, many: bool, tally) -> None:
    writer = WRITERS[fmt](stream, many=many)
    writer.begin()
    try:
        for path, result in results:
            if tell(path, result, tally):
                writer.add(result)
    finally:
        writer.end()  # a JSON array stays valid whatever failed


def _write_one(report, fmt: str, target: Path, tally) -> None:
    try:
        with atomic(target) as f:
            write([report], fmt, f)
    except OSError as exc:
        print(f"govparse: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        tally["failed"] += 1



if __name__ == "__main__":
    sys.exit(main())
