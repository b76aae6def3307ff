"""A regional panel from the development set: every report's region, and its headline figures.

    python examples/regional_panel.py [DOCS] [--out DIR]

DOCS is a folder of reports (any genre, any region); run from the repository it defaults to
../shared/eval/dev/docs, which is never copied into the project, and the example says so
and stops cleanly when the folder is absent. Writes DIR/regions.csv (one row per report:
its region, level and GB/T 2260 code, or the warning that says why there is none),
DIR/panel.csv (one row per region × period × indicator) and, with matplotlib
(``pip install -e ".[plot]"``), DIR/panel.png: each region's GDP growth by period.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import govparse

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "eval" / "dev" / "docs"
HEADLINE = ["gdp", "general_budget_revenue", "fixed_asset_investment", "retail_sales", "exports", "cpi"]


def regions(reports: list[govparse.Report]) -> list[dict]:
    out = []
    for r in reports:
        g = r.region
        out.append({"source": Path(r.source).name, "region": g.name if g else None, "level": g.level if g else None,
                    "code": g.code if g else None, "why_no_code": ";".join(w for w in r.warnings if w.startswith("region_"))})
    return out


def plot(frame, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    gdp = frame[(frame.indicator == "gdp") & frame.growth.notna()]
    fig, ax = plt.subplots(figsize=(8, 4))
    for _, rows in gdp.groupby("region"):  # labelled by code: the plot needs no Chinese font
        label = rows.region_code.iloc[0] or rows.region_level.iloc[0] or "?"
        ax.plot(rows.period.astype(int), rows.growth, marker="o", label=label)
    ax.set_xlabel("period")
    ax.set_ylabel("GDP growth (%)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=Path("."))
    args = ap.parse_args(argv)
    if not args.docs.is_dir():
        print(f"no reports at {args.docs} (the development set lives in ../shared, beside the project)")
        return 0
    reports = [govparse.parse_file(p) for p in sorted(args.docs.glob("*.txt"))]
    args.out.mkdir(parents=True, exist_ok=True)
    found = regions(reports)
    with (args.out / "regions.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(found[0]))
        writer.writeheader()
        writer.writerows(found)
    frame = govparse.panel(reports, indicators=HEADLINE)
    frame.to_csv(args.out / "panel.csv", index=False)
    coded = sum(1 for row in found if row["code"])
    print(f"{len(reports)} reports, {coded} with a region code; {len(frame)} panel rows "
          f"in {frame.region.nunique()} regions → {args.out / 'panel.csv'}")
    if plot(frame, args.out / "panel.png"):
        print(f"plot → {args.out / 'panel.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
