"""The GDP growth target of each year against the outcome the next year's report states.

    python examples/national_targets.py [CORPUS] [--out DIR]

CORPUS is a folder of national 政府工作报告 named by the year they were delivered
(2009.txt …); run from the repository it defaults to ../shared/corpora/gwr, which
is never copied into the project. Writes DIR/gdp_targets.csv and, with matplotlib
(``pip install -e ".[plot]"``), DIR/gdp_targets.png; DIR defaults to the current folder.

A report delivered in year Y reviews Y - 1 (``parse(..., year=Y - 1)``, told by the
file name) and sets the targets of Y in its plan part. The target of Y is the
report-of-Y's ``gdp`` metric with role ``target`` and period Y (a range such as
6%–6.5% keeps both ends); the outcome is the report-of-Y+1's ``gdp`` growth with
period Y, year on year (not a five-year average, not against a base year).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import govparse

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "gwr"
FIRST, LAST = 2000, 2025


def reports(corpus: Path) -> list[govparse.Report]:
    out = []
    for path in sorted(corpus.glob("*.txt")):
        if path.stem.isdigit():
            text, encoding = govparse.read_text(path)
            out.append(govparse.parse(text, source=str(path), encoding=encoding, year=int(path.stem) - 1))
    return out


def table(frame):
    """One row per year: the target (low, high) and the outcome, with the texts they come from."""
    import pandas as pd

    frame = frame.assign(spoken=frame.year + 1, period=frame.period.astype(str))
    rows = []
    for y in range(FIRST, LAST + 1):
        target = frame[(frame.role == "target") & (frame.spoken == y) & (frame.period == str(y)) & (frame.unit == "percent")]
        target = target[target.group.isna() | (target.group == target.group.iloc[0])] if len(target) else target
        outcome = frame[(frame.role == "growth") & (frame.spoken == y + 1) & (frame.period == str(y))
                        & ~frame.basis.isin(["annual_avg", "base"])]
        rows.append({
            "year": y,
            "target_low": target.value.min() if len(target) else None,
            "target_high": target.value.max() if len(target) else None,
            "target_text": "–".join(dict.fromkeys(target.text)) if len(target) else None,
            "outcome": outcome.value.iloc[0] if len(outcome) else None,
            "outcome_text": outcome.text.iloc[0] if len(outcome) else None,
        })
    return pd.DataFrame(rows)


def plot(years, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[plot]'): no plot written", file=sys.stderr)
        return False
    years = years.astype({"target_low": float, "target_high": float, "outcome": float})  # None → NaN for the plot
    fig, ax = plt.subplots(figsize=(9, 4.5))
    ax.fill_between(years.year, years.target_low, years.target_high, step="mid", alpha=0.3, label="target range")
    ax.plot(years.year, years.target_low, "o--", label="GDP growth target")
    ax.plot(years.year, years.outcome, "s-", label="outcome (next year's report)")
    ax.set_xlabel("year")
    ax.set_ylabel("real GDP growth, %")
    ax.set_title("China: GDP growth target and outcome, from the government work reports")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    return True


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="folder of YEAR.txt national reports")
    ap.add_argument("--out", type=Path, default=Path("."), help="folder for gdp_targets.csv and .png")
    args = ap.parse_args(argv)
    found = reports(args.corpus) if args.corpus.is_dir() else []
    if not found:
        print(f"no national reports named YEAR.txt in {args.corpus}: save the 政府工作报告 of the years you want "
              "as text, one file per year (2024.txt …; the official texts are on www.gov.cn), and pass their "
              "folder", file=sys.stderr)
        return 2
    frame = govparse.series(found, indicator="gdp")
    years = table(frame)
    if years[["target_low", "outcome"]].isna().all().all():
        print(f"no GDP target or outcome found in the {len(found)} reports of {args.corpus}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    years.to_csv(args.out / "gdp_targets.csv", index=False)
    plot(years, args.out / "gdp_targets.png")
    both = years.dropna(subset=["target_low", "outcome"])
    print(years.to_string(index=False))
    print(f"\n{len(both)} of {len(years)} years have both a target and an outcome")
    return 0


if __name__ == "__main__":
    sys.exit(main())
