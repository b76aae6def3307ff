#!/usr/bin/env python3
"""Parse the seeds with govparse and score them against the gold (GUIDE.md).

usage: python evaluation/evaluate.py [--set seeds|dev|corpus] [--shared DIR] [--out DIR] [--json FILE] [--by-genre]

Writes one JSON per document (the form score.py reads) into DIR (a temporary
folder by default) and prints score.py's figures. ``--set dev`` scores the
annotated reports of other genres in ../shared/eval/dev, and ``--set corpus``
runs the checks that need no gold on the 52 national reports in
../shared/corpora/gwr (metrics marked missing, salutation or blank titles,
the issuer of 我代表国务院). Those two are read from ../shared, never copied
here. ``--set dev --by-genre`` scores each genre of the development set apart
(national reports, communiqués, budget reports, street/township/county/zone
summaries, Taiwan), the figure to read beside the whole set's when a rule was
developed with one genre held out. The gold is the yardstick, not a test set: the same figures are taken
on reports that are not here.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


SHARED = ROOT.parent / "shared"
# The genres of ../shared/eval/dev, by the file-name stems its README lists.
DEV_GENRES = {
    "national": ("hn01", "hn02", "hn03", "hn06", "nat04", "nat05"),
    "communique": ("hs01", "stat02"),
    "budget": ("hs04", "stat03"),
    "local": ("h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08", "h09", "h11", "h12"),
    "taiwan": ("h10",),
}


def run(out: Path, quiet: bool = False, json_out: str | None = None, which: str = "seeds",
        shared: Path = SHARED) -> dict:
    import govparse

    gold, docs = (HERE / "gold", ROOT / "seeds") if which == "seeds" else \
        (shared / "eval/dev/gold", shared / "eval/dev/docs")
    if not docs.is_dir():
        raise SystemExit(f"evaluate: {docs} not found (the dev set lives in ../shared)")
    out.mkdir(parents=True, exist_ok=True)
    for p in sorted(docs.glob("*.txt")):
        r = govparse.parse_file(p)
        (out / f"{p.stem}.json").write_text(json.dumps(r.to_dict(), ensure_ascii=False), encoding="utf-8")
    sys.path.insert(0, str(HERE))
    import score

    argv = [str(gold), str(docs), str(out)]
    if quiet:
        argv.append("--quiet")
    if json_out:
        argv += ["--json", json_out]
    return score.main(argv)


def by_genre(shared: Path = SHARED, quiet: bool = True) -> dict:
    """The dev set's figures for each genre apart, from one parse of every document."""
    import shutil

    sys.path.insert(0, str(HERE))
    import score

    gold, docs = shared / "eval/dev/gold", shared / "eval/dev/docs"
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred"
        print(f"{'all':<11}", end=" ")
        out["all"] = run(pred, quiet=True, which="dev", shared=shared)
        for genre, stems in DEV_GENRES.items():
            g, d = Path(tmp) / genre / "gold", Path(tmp) / genre / "docs"
            g.mkdir(parents=True), d.mkdir(parents=True)
            for stem in stems:
                shutil.copy(gold / f"{stem}.json", g), shutil.copy(docs / f"{stem}.txt", d)
            print(f"{genre:<11}", end=" ")
            out[genre] = score.main([str(g), str(d), str(pred), "--quiet"])
    return out


def corpus(shared: Path = SHARED) -> dict:
    """Checks that need no gold on the complete national reports."""
    import govparse

    folder = shared / "corpora/gwr"
    if not folder.is_dir():
        raise SystemExit(f"evaluate: {folder} not found (the corpus lives in ../shared)")
    out = {"reports": 0, "metrics": 0, "missing": 0, "bad_titles": [], "issuer_misses": []}
    for p in sorted(folder.glob("*.txt")):
        r = govparse.parse_file(p)
        out["reports"] += 1
        out["metrics"] += len(r.metrics)
        out["missing"] += sum(m.missing for m in r.metrics)
        if r.title is not None and (not r.title.strip("\u200b\ufeff \t") or r.title.rstrip().endswith(("：", ":"))):
            out["bad_titles"].append(p.stem)
        if "我代表国务院" in r.text and r.issuer != "国务院":
            out["issuer_misses"].append(p.stem)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="seeds", choices=["seeds", "dev", "corpus"], dest="which")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    ap.add_argument("--out", help="folder for the predicted JSON (default: a temporary one)")
    ap.add_argument("--json", help="also write the figures as JSON here")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--by-genre", action="store_true", help="with --set dev: the figures of each genre apart")
    args = ap.parse_args()
    if args.by_genre:
        res = by_genre(args.shared)
        if args.json:
            Path(args.json).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    elif args.which == "corpus":
        res = corpus(args.shared)
        print(json.dumps(res, ensure_ascii=False))
        if args.json:
            Path(args.json).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    elif args.out:
        run(Path(args.out), args.quiet, args.json, args.which, args.shared)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run(Path(tmp), args.quiet, args.json, args.which, args.shared)


if __name__ == "__main__":
    main()
