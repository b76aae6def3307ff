"""How well ``govparse.check`` tells altered figures from honest ones, on real passages.

    python evaluation/checks.py [FOLDER ...]

FOLDER defaults to the 52 national reports and the development set in ../shared (never
copied into the project; without them the script says so and stops). Every relation the
checker compares in those reports (a total and its parts, a structure, a share, a
completion rate, two levels and a growth) is taken with its sentence as a passage of its
own, and:

- unaltered, the passage should give no finding;
- its stated figure moved by 10% either way (so the relation fails by 5% or more once the
  rounding is allowed for), a finding should name the moved amount;
- its stated figure written one digit more precisely within its rounding (3.4 → 3.43),
  it should give no finding.

Only figures written in Arabic digits are moved. Prints the three rates and writes the
passages that missed or alarmed to ``checks_misses.txt`` with ``--misses``.
"""
from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal
from pathlib import Path

import govparse
from govparse.checks.finding import EXAMINED

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEFAULTS = [SHARED / "corpora" / "gwr", SHARED / "eval" / "dev" / "docs"]
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_ENDS = "。！？!?\n"


def relations(report: govparse.Report) -> list[tuple[str, tuple[int, int], tuple]]:
    seen: list = []
    token = EXAMINED.set(seen)
    try:
        govparse.check(report)
    finally:
        EXAMINED.reset(token)
    return seen


def passage(text: str, spans) -> tuple[int, int]:
    """The sentence that holds the relation (with the one before when it opens with 其中)."""
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    start = max(text.rfind(ch, 0, lo) for ch in _ENDS) + 1
    if text[start:start + 4].lstrip().startswith("其中") and start > 1:
        start = max(text.rfind(ch, 0, start - 1) for ch in _ENDS) + 1
    ends = [i for i in (text.find(ch, hi) for ch in _ENDS) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def moved(number: str, factor: Decimal) -> str:
    """The number scaled, written with as many decimals as it had."""
    places = len(number.split(".")[1]) if "." in number else 0
    return format((Decimal(number) * factor).quantize(Decimal(1).scaleb(-places)), "f")


def findings_at(text: str, at: int) -> tuple[int, bool]:
    """How many findings a passage gives, and whether one names the amount at offset ``at``."""
    found = govparse.check(govparse.parse(text))
    return len(found), any(a <= at < b for f in found for a, b in f.spans)


def probe(text: str, stated: tuple[int, int], start: int, end: int, misses: list) -> dict[str, int] | None:
    piece = text[start:end]
    a = stated[0] - start
    m = _NUMBER.match(piece, a)
    if m is None:
        return None  # a figure in Chinese numerals: left as it is
    n, _ = findings_at(piece, a)
    out = {"passages": 1, "silent": int(n == 0), "moves": 0, "caught": 0, "rounded": 0, "rounded_silent": 0}
    if n:
        misses.append(f"ALARM {piece.strip()}")
    for factor in (Decimal("1.1"), Decimal("0.9")):
        new = piece[:m.start()] + moved(m.group(), factor) + piece[m.end():]
        _, named = findings_at(new, a)
        out["moves"] += 1
        out["caught"] += int(named)
        if not named:
            misses.append(f"MISS x{factor} {new.strip()}")
    finer = m.group() + ("3" if "." in m.group() else ".3")
    n, _ = findings_at(piece[:m.start()] + finer + piece[m.end():], a)
    out["rounded"], out["rounded_silent"] = 1, int(n == 0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULTS)
    ap.add_argument("--misses", action="store_true", help="write the passages that missed or alarmed")
    args = ap.parse_args(argv)
    paths = [p for d in args.folders if d.is_dir() for p in sorted(d.glob("*.txt"))]
    if not paths:
        print(f"no reports in {', '.join(map(str, args.folders))} (they live in ../shared, beside the project)")
        return 0
    total: dict[str, int] = {}
    misses: list[str] = []
    for path in paths:
        report = govparse.parse_file(path)
        for rule, stated, spans in relations(report):
            got = probe(report.text, stated, *passage(report.text, spans), misses)
            for k, v in (got or {}).items():
                total[k] = total.get(k, 0) + v
    if not total:
        print("no relation found")
        return 0
    print(f"{total['passages']} relations in {len(paths)} reports")
    print(f"  unaltered, no finding:            {total['silent'] / total['passages']:.3f}")
    print(f"  stated figure moved 10%, caught:  {total['caught'] / total['moves']:.3f} of {total['moves']}")
    print(f"  written finer within rounding, no finding: {total['rounded_silent'] / total['rounded']:.3f}")
    if args.misses:
        Path("checks_misses.txt").write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
