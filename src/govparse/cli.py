"""The command line: ``govparse parse FILE… [--format table|json|jsonl|csv] [--out-dir DIR]``.

Exit status: 0 when every input parsed, 1 when some failed (one line each on
stderr; the others are still written), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
from pathlib import Path

from .batch import iter_parse
from .errors import ParseFailure
from .formats import EXTENSIONS, WRITERS, render

__all__ = ["main"]

class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2: no usage dump
        self.exit(2, f"govparse: error: {message} (see 'govparse --help')\n")


def _build() -> argparse.ArgumentParser:
    p = _Parser(prog="govparse", description="Chinese government work reports into typed metrics.")
    from . import __version__

    p.add_argument("--version", action="version", version=f"govparse {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    pp = sub.add_parser("parse", help="parse report files and print or write their metrics")
    pp.add_argument("inputs", nargs="+", metavar="FILE", help="files, directories (their *.txt) or globs")
    pp.add_argument("--format", choices=sorted(WRITERS), default="table",
                    help="table (default), json (one object, an array for several), jsonl, or csv")
    pp.add_argument("--out-dir", metavar="DIR", help="write one file per input here instead of stdout")
    pp.add_argument("--workers", type=int, metavar="N",
                    help="parse in N processes (default: 1 for a few files, else the CPU count)")
    pp.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    return p


def _expand(inputs: list[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    missing: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(x for x in p.rglob("*.txt") if x.is_file()))
        elif p.exists():
            files.append(p)
        elif any(ch in item for ch in "*?["):
            hits = sorted(Path(x) for x in glob.glob(item, recursive=True) if Path(x).is_file())
            if hits:
                files.extend(hits)
            else:
                missing.append(f"{item}: no file matches")
        else:
            missing.append(f"{item}: no such file")
    return files, missing


def main(argv: list[str] | None = None) -> int:
    parser = _build()
    args = parser.parse_args(argv)
    if args.command != "parse":
        parser.print_help(sys.stderr)
        return 2
    files, failures = _expand(args.inputs)
    for f in failures:
        print(f"govparse: {f}", file=sys.stderr)
    if not files and not failures:
        print("govparse: error: no input files", file=sys.stderr)
        return 2
    out_dir = Path(args.out_dir) if args.out_dir else None
    problem = _check_options(args, out_dir)
    if problem:
        print(f"govparse: error: {problem}", file=sys.stderr)
        return 2
    workers = args.workers if args.workers is not None else (1 if len(files) < 8 else os.cpu_count() or 1)
    progress = sys.stderr.isatty() and not args.no_progress and len(files) > 1
    try:
        failed = len(failures) + _run(files, args.format, out_dir, workers, progress)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the reader left: not an error
        return 0
    except KeyboardInterrupt:
        print("govparse: interrupted", file=sys.stderr)
        return 130
    return 1 if failed else 0


def _check_options(args, out_dir: Path | None) -> str | None:
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"--out-dir {out_dir}: {exc.strerror}"
    return None


def _run(files: list[Path], fmt: str, out_dir: Path | None, workers: int, progress: bool) -> int:
    """Parse and write every file; returns how many failed (each told on stderr)."""
    failed = 0
    writer = None if out_dir else WRITERS[fmt](sys.stdout, many=len(files) > 1)
    if writer:
        writer.begin()
    try:
        for path, result in zip(files, iter_parse(files, workers=workers, progress=progress, on_error="return")):
            if isinstance(result, ParseFailure):
                msg = result.error if result.error.startswith(str(path)) else f"{path}: {result.error}"
                print(f"govparse: {msg}", file=sys.stderr)
                failed += 1
            elif out_dir:
                (out_dir / f"{path.stem}.{EXTENSIONS[fmt]}").write_text(render([result], fmt), encoding="utf-8")
            else:
                writer.add(result)
    finally:
        if writer:
            writer.end()
            sys.stdout.flush()
    return failed


if __name__ == "__main__":
    sys.exit(main())
