"""Values read from narrow-column PDFs against the same reports as text.

    python evaluation/wrapped.py [--widths 16,24,40]

Each seed (``seeds/``) is laid out as a PDF whose lines hold WIDTH characters (reportlab,
its built-in STSong-Light font: ``pip install -e ".[test]"``), read back through
``govparse.parse_file`` and its amounts (value and unit) compared with those of the
``.txt``. Prints, per width, the share of the text's amounts that the PDF gives too.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import govparse

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"


def render(text: str, width: int, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for para in text.split("\n"):
        for k in range(0, max(len(para), 1), width):
            if y < 40:
                c.showPage()
                y = 800
            c.setFont("STSong-Light", 10)
            c.drawString(40, y, para[k:k + width])
            y -= 14
    c.save()


def amounts(report: govparse.Report) -> Counter:
    return Counter((m.value, m.unit) for m in report.metrics if m.value is not None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--widths", default="16,24,40")
    args = ap.parse_args(argv)
    widths = [int(w) for w in args.widths.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for width in widths:
            same = total = 0
            for seed in sorted(SEEDS.glob("*.txt")):
                text, _ = govparse.read_text(seed)
                want = amounts(govparse.parse(text))
                pdf = Path(tmp) / f"{seed.stem}-{width}.pdf"
                render(text, width, pdf)
                got = amounts(govparse.parse_file(pdf))
                same += sum((want & got).values())
                total += sum(want.values())
            print(f"{width} characters a line: {same}/{total} of the text's amounts ({same / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
