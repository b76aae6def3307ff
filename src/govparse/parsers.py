"""The command line's subcommands other than ``parse``: their options (the bodies are in
:mod:`govparse.commands`)."""
from __future__ import annotations

import argparse
import re

from .inputs.limits import Limits

__all__ = ["add_commands", "limit_options"]


def add_commands(sub) -> None:
    """``series``, ``panel``, ``check`` and ``view``."""
    _series(sub)
    _panel(sub)
    _check(sub)
    _view(sub)


def _many(p, what: str) -> None:
    """The options of a command that reads many reports and writes one file."""
    p.add_argument("inputs", nargs="+", metavar="FILE", help="files, directories (their reports, recursively) or globs")
    p.add_argument("-o", "--output", metavar="FILE", help=f"write {what} to FILE instead of standard output")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    p.add_argument("--workers", type=int, metavar="N", help="parse in N processes")
    limit_options(p)


def _series(sub) -> None:
    sp = sub.add_parser("series", help="one CSV row per metric with a standard indicator, across reports",
                        description="Parse reports and write the metrics that have a standard indicator "
                                    "(data/indicators.tsv) as one tidy CSV: source, year, indicator, role, period, value …")
    _many(sp, "the CSV")
    sp.add_argument("--indicator", metavar="ID", help="only this indicator (an id such as gdp or cpi)")
    sp.add_argument("--role", metavar="ROLE", help="only this role (value, growth, change, share, target, threshold)")


def _panel(sub) -> None:
    pn = sub.add_parser("panel", help="one CSV row per region × period × indicator, across reports",
                        description="Parse reports and write the panel a researcher loads: one row per region, "
                                    "period and indicator with its value, growth, target (low and high for a "
                                    "range), the report it came from and the sentence that states it.")
    _many(pn, "the CSV")
    pn.add_argument("--indicator", metavar="IDS", help="only these indicators, comma-separated (gdp,cpi)")


def _view(sub) -> None:
    vp = sub.add_parser("view", help="write one report as a page with every metric highlighted",
                        description="Parse one report and write a self-contained HTML page: the text with every "
                                    "metric highlighted, a panel with its value, unit, name and role, the outline "
                                    "and a table of metrics.")
    vp.add_argument("input", metavar="FILE", help="a report file (.txt, .pdf, .html, .docx) or - for standard input")
    vp.add_argument("-o", "--output", metavar="FILE.html", help="where to write the page (default: FILE's name "
                                                                 "with .html, in the current folder)")
    vp.add_argument("--overwrite", action="store_true", help="replace the page if it exists")
    limit_options(vp)


def _size(text: str) -> int:
    """A size in bytes: 5000000, 200MB, 16M, 1G."""
    m = re.fullmatch(r"\s*([0-9]+)\s*([KMG]?)I?B?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (write 200MB, 16M or a number of bytes)")
    return int(m.group(1)) << {"": 0, "K": 10, "M": 20, "G": 30}[m.group(2).upper()]


def limit_options(p: argparse.ArgumentParser) -> None:
    d = Limits()
    p.add_argument("--max-bytes", type=_size, metavar="SIZE", help=f"refuse a file larger than this "
                   f"(default {d.max_bytes >> 20}MB)")
    p.add_argument("--max-pages", type=int, metavar="N", help=f"refuse a PDF of more pages (default {d.max_pages})")
    p.add_argument("--max-inflated", type=_size, metavar="SIZE", help="refuse a PDF or DOCX whose compressed "
                   f"content inflates past this (default {d.max_inflated >> 20}MB)")
    p.add_argument("--max-html", type=_size, metavar="SIZE", dest="max_html_bytes",
                   help=f"refuse a web page larger than this (default {d.max_html_bytes >> 20}MB)")
    p.add_argument("--max-paragraphs", type=int, metavar="N",
                   help=f"refuse a DOCX of more paragraphs (default {d.max_paragraphs:,})")


def _check(sub) -> None:
    cp = sub.add_parser("check", help="list where a report's own figures do not add up (exit 1 if any)",
                        description="Parse reports and check their arithmetic: parts against totals, "
                                    "structures summing to 100, shares, completion rates, growth against "
                                    "levels, ranges in order (docs/checks.md). Like a linter: exit status 0 "
                                    "with no findings, 1 with findings or a failed input, 2 for a usage error.")
    _many(cp, "the findings")
    cp.add_argument("--format", choices=["table", "json", "csv"], default="table",
                    help="table (default: one line per finding), json or csv")
    cp.add_argument("--series", action="store_true",
                    help="also compare the reports with each other: a figure stated again with another value")
