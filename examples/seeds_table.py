"""Parse the five seed reports and show their metrics as one pandas table.

    python examples/seeds_table.py
"""
from pathlib import Path

import govparse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

reports = [govparse.parse_file(p) for p in sorted(SEEDS.glob("*.txt"))]
df = govparse.to_frame(reports)

print(f"{len(reports)} reports, {len(df)} metrics\n")
print(df.groupby(["kind", "role"]).size().unstack(fill_value=0), "\n")
money = df[(df.kind == "money") & (df.role == "value")]
print(money[["section", "name", "text", "value"]].head(12).to_string(index=False))
print("\nlost numbers (missing=True):", int(df.missing.sum()))
