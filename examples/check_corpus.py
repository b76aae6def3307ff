"""Every finding of govparse's checks on a folder of reports, written to one CSV.

    python examples/check_corpus.py [CORPUS] [--out DIR]

CORPUS defaults to the 52 national 政府工作报告 in ../shared/corpora/gwr (never copied into the
project; without it the example says so and stops). Files named by the year they were delivered
(2009.txt) are parsed as reviewing the year before. Writes DIR/findings.csv: one row per finding
of each report (``report.check()``) and of the reports taken together (``check_series``: a
figure stated again with another value), with the sentence it was found in.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import govparse

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "gwr"
COLUMNS = ["source", "rule", "texts", "stated", "expected", "tolerance", "message", "sentence"]


def reports(corpus: Path) -> list[govparse.Report]:
    out = []
    for path in sorted(corpus.glob("*.txt")):
        text, encoding = govparse.read_text(path)
        year = int(path.stem) - 1 if path.stem.isdigit() else None
        out.append(govparse.parse(text, source=path.name, encoding=encoding, year=year))
    return out


def rows(found: list[govparse.Report]) -> list[dict]:
    by_source = {r.source: r for r in found}
    findings = [f for r in found for f in r.check()] + govparse.check_series(found)
    out = []
    for f in findings:
        report = by_source.get(f.source)
        sentence = report.sentence(f.metrics[-1]) if report is not None and f.metrics else ""  # the later report's
        d = f.to_dict()
        out.append({"source": f.source, "rule": f.rule, "texts": " | ".join(d["texts"]), "stated": d["stated"],
                    "expected": d["expected"], "tolerance": d["tolerance"], "message": f.message,
                    "sentence": sentence})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=Path("."))
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not any(args.corpus.glob("*.txt")):
        print(f"no reports at {args.corpus} (the national reports live in ../shared, beside the project)")
        return 0
    found = reports(args.corpus)
    table = rows(found)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "findings.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(table)
    per_rule = ", ".join(f"{rule} {n}" for rule, n in Counter(row["rule"] for row in table).most_common())
    print(f"{len(table)} findings in {len(found)} reports ({len(table) / len(found):.2f} a report)"
          f"{': ' + per_rule if per_rule else ''} → {args.out / 'findings.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
