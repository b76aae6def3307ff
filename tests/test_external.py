"""A peer's specs: Microsoft Recognizers-Text Chinese NumberModel cases.

Runs parse_number on every number-suite case whose text is the whole input and
that fits govparse's conventions (evaluation/external/README.md lists where the
peer's differ), prints the agreement and fails below 95%.
"""
import json
import re
import unicodedata
from decimal import Decimal

from govparse import parse_number

# The peer's own conventions that govparse does not share (README items 1-5).
_THEIRS = re.compile(r"打|半百|[余多几幾]|兆|[kKmM]\b|[eE^]|分\s*之|又|点.*点|^\.")


def _cases(root):
    data = json.loads((root / "evaluation/external/msr_zh_cases.json").read_text(encoding="utf-8"))
    for c in data:
        if c["suite"] != "number":
            continue
        inp = unicodedata.normalize("NFKC", c["input"]).strip().lower()
        if inp != unicodedata.normalize("NFKC", c["text"]).lower() or _THEIRS.search(inp):
            continue
        yield c


def test_msr_number_agreement(root):
    cases = list(_cases(root))
    agree, disagree = 0, []
    for c in cases:
        want = Decimal(c["value"])
        try:
            got = parse_number(c["input"])
        except ValueError:
            got = None
        if got is not None and abs(got - want) <= abs(want) * Decimal("1e-12"):
            agree += 1
        else:
            disagree.append((c["input"], c["value"], got))
    rate = agree / len(cases)
    print(f"\nRecognizers-Text NumberModel: {agree}/{len(cases)} agree ({rate:.1%}); differ: {disagree}")
    assert len(cases) >= 100
    assert rate >= 0.95


def test_the_cases_once_refused_read():
    """Slash fractions, 倆, 千零 with Arabic digits and decimals after a magnitude."""
    cases = {"３／５": "0.6", "-3/2": "-1.5", "1 ３/5": "1.6", "４ ６／３": "6", "倆千两百贰拾二": "2222",
             "1千零1": "1001", "2千零30万": "20300000", "两千万点五五四四": "20000000.5544"}
    assert {k: parse_number(k) for k in cases} == {k: Decimal(v) for k, v in cases.items()}
