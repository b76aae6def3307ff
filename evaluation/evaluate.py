#!/usr/bin/env python3
"""Parse the seeds with govparse and score them against the gold (GUIDE.md).

usage: python evaluation/evaluate.py [--out DIR] [--json FILE]

Writes one JSON per seed (the form score.py reads) into DIR (a temporary
folder by default) and prints score.py's figures. The gold is the yardstick,
not a test set: the same figures are taken on reports that are not here.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def run(out: Path, quiet: bool = False, json_out: str | None = None) -> dict:
    import govparse

    out.mkdir(parents=True, exist_ok=True)
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        r = govparse.parse_file(p)
        (out / f"{p.stem}.json").write_text(json.dumps(r.to_dict(), ensure_ascii=False), encoding="utf-8")
    sys.path.insert(0, str(HERE))
    import score

    argv = [str(HERE / "gold"), str(ROOT / "seeds"), str(out)]
    if quiet:
        argv.append("--quiet")
    if json_out:
        argv += ["--json", json_out]
    return score.main(argv)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="folder for the predicted JSON (default: a temporary one)")
    ap.add_argument("--json", help="also write the figures as JSON here")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if args.out:
        run(Path(args.out), args.quiet, args.json)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run(Path(tmp), args.quiet, args.json)


if __name__ == "__main__":
    main()
