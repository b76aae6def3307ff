"""The command line: ``govparse parse FILE… [--format table|json|jsonl|csv] [--out-dir DIR]``.

Exit status: 0 when every input parsed, 1 when some failed (one line each on
stderr; the others are still written), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import csv
import glob
import io
import json
import os
import sys
import unicodedata
from pathlib import Path

from .batch import iter_parse
from .errors import ParseFailure

__all__ = ["main"]

_FIELDS = ["start", "end", "text", "value", "unit", "kind", "classifier", "approx", "role", "name", "missing"]


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
    pp.add_argument("--format", choices=["table", "json", "jsonl", "csv"], default="table")
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


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def table(report) -> str:
    """A readable table of a report's metrics."""
    head = ["text", "value", "unit", "kind", "role", "approx", "name"]
    rows = []
    for m in report.metrics:
        value = "(missing)" if m.missing else format(m.value, "f")
        unit = m.unit + (f" [{m.classifier}]" if m.classifier else "")
        rows.append([m.text.replace("\n", " "), value, unit, m.kind, m.role, m.approx, m.name or ""])
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(head)]
    lines = []
    if report.source:
        lines.append(f"# {report.source}")
    meta = [f"title: {report.title}", f"date: {report.date}", f"issuer: {report.issuer}",
            f"{len(report.metrics)} metrics, {sum(1 for _ in report.walk())} sections"]
    lines.append(" | ".join(meta))
    lines.append("  ".join(_pad(h, w) for h, w in zip(head, widths)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines) + "\n"


def _csv(reports) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["document", "section"] + _FIELDS)
    for r in reports:
        for m in r.metrics:
            d = m.to_dict()
            path = " > ".join(r.section_path(m))
            w.writerow([r.source or "", path] + ["" if d[f] is None else d[f] for f in _FIELDS])
    return buf.getvalue()


def _render(reports, fmt: str) -> str:
    if fmt == "table":
        return "\n".join(table(r) for r in reports)
    if fmt == "json":
        if len(reports) == 1:
            return reports[0].to_json(ensure_ascii=False, indent=1) + "\n"
        return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return "".join(r.to_json(ensure_ascii=False) + "\n" for r in reports)
    return _csv(reports)


def main(argv: list[str] | None = None) -> int:
    parser = _build()
    args = parser.parse_args(argv)
    if args.command != "parse":
        parser.print_help(sys.stderr)
        return 2
    files, failures = _expand(args.inputs)
    for f in failures:
        print(f"govparse: {f}", file=sys.stderr)
    out_dir = Path(args.out_dir) if args.out_dir else None
    if not files and not failures:
        print("govparse: error: no input files", file=sys.stderr)
        return 2
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"govparse: error: --out-dir {out_dir}: {exc.strerror}", file=sys.stderr)
            return 2
    workers = args.workers if args.workers is not None else (1 if len(files) < 8 else os.cpu_count() or 1)
    if workers < 1:
        print("govparse: error: --workers must be at least 1", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty() and not args.no_progress and len(files) > 1
    failed = len(failures)
    first = True
    ext = {"table": "txt", "json": "json", "jsonl": "jsonl", "csv": "csv"}[args.format]
    many_json = args.format == "json" and len(files) > 1 and not out_dir
    try:
        if many_json:
            sys.stdout.write("[\n")
        for path, result in zip(files, iter_parse(files, workers=workers, progress=progress, on_error="return")):
            if isinstance(result, ParseFailure):
                msg = result.error if result.error.startswith(str(path)) else f"{path}: {result.error}"
                print(f"govparse: {msg}", file=sys.stderr)
                failed += 1
                continue
            if out_dir:
                (out_dir / f"{path.stem}.{ext}").write_text(_render([result], args.format), encoding="utf-8")
                continue
            if many_json:
                chunk = ("" if first else ",\n") + result.to_json(ensure_ascii=False, indent=1)
            elif args.format == "csv" and not first:
                chunk = _render([result], "csv").split("\n", 1)[1]  # one header only
            elif args.format == "table" and not first:
                chunk = "\n" + _render([result], "table")
            else:
                chunk = _render([result], args.format)
            sys.stdout.write(chunk)
            first = False
        if many_json:
            sys.stdout.write("\n]\n")
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:
        print("govparse: interrupted", file=sys.stderr)
        return 130
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
