"""Fuzzing: report sentences, numerals, units and noise mixed by hypothesis.

Short in CI; a long run by hand: ``HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py``.
Checked for every input: no exception, offsets valid, every value reproducible
from the numerals inside its own span, and parsing twice gives equal Reports.
"""
import re
from decimal import Decimal
from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st

from govparse import parse
from govparse.quantities.grammar import parse_quantity
from govparse.text import normalize
from govparse.quantities.units import classifiers, surfaces, to_canonical, unit_info

SENTENCES = [
    "完成一般公共预算收入3.4亿元,同比增长14.69%。", "新增就业人员2252名,其中高校毕业生725名。",
    "完成工业总产值12.5亿元、税收3.2亿元,同比分别增长8.1%、下降2.4%。", "盘活低效用地三块,共计12.9亩。",
    "清除淤泥约1.35万立方米。", "超1000万元新兴服务业项目6个。", "总磷浓度0.054mg/L,同比下降28%。",
    "一般公共预算收入亿元,常住人口约万人。", "(一)聚焦转型\n", "1.经济发展稳中有进。", "2022年1-10月",
    "“1357”体系", "PM2.5", "第七批", "百分之二十", "3.2个百分点", "2倍", "84-86周岁老年人", "聞堰規上工業總產值15.3億元",
]
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)
NUMERALS = st.one_of(
    st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.text(alphabet="零〇一二两三四五六七八九十百千万亿兆点余多", min_size=1, max_size=8),
)
UNITS = st.sampled_from(sorted(surfaces()) + ["%", "个百分点", "倍"])
PIECE = st.one_of(st.sampled_from(SENTENCES), NUMERALS, UNITS, NOISE, st.sampled_from(list(",。、;()“”\n 约超过以上")))
DOCS = st.lists(PIECE, max_size=25).map("".join)

_RUN = re.compile(r"(?:百分之|千分之)?[0-9.,零〇一二两三四五六七八九十百千万亿兆点余多]+")


@lru_cache(maxsize=None)
def _factors(kind):
    out = {Decimal(1), Decimal("0.1")} if kind in ("percent", "percentage_point") else {Decimal(1)}  # ‰
    for s in sorted(surfaces() - classifiers()) + ["percent", "percentage_point", "multiple"]:
        info = unit_info(s)
        if info.kind == kind:
            out.add(info.factor)
    return out


def _numbers(span_text):
    view = normalize(re.sub(r"\s+", "", span_text)).view  # a span holds a line break only where it was joined
    vals = set()
    for m in _RUN.finditer(view):
        run = m.group()
        for cut in range(len(run), 0, -1):  # every reading of a prefix (17.25 of 17.25千瓦时)
            try:
                vals.update(abs(v) for v in parse_quantity(run[:cut].rstrip(",.余多")).values)
            except ValueError:
                continue
    return vals


def _span(report, m):
    """The text a value is read from: its own, or for a range's first end the whole range (3-5亿元)."""
    if m.bound != "low":
        return m.text
    high = next(x for x in report.metrics if x.group == m.group and x.bound == "high")
    return report.text[m.start:high.end]


def _reproducible(m, report):
    if m.value is None:
        return m.missing or "malformed_number" in m.warnings or "damaged_number" in m.warnings
    if m.text == "百分百" or m.text.endswith("百分百"):
        return m.value == 100
    target = abs(m.value)
    numbers = _numbers(_span(report, m))
    if "分之" in m.text or m.text.endswith("成"):  # 三分之一: a part over a whole; 两成: tenths
        ratios = {a / b * 100 for a in numbers for b in numbers if b} | {n * 10 for n in numbers}
        if any(abs(r - target) <= target * Decimal("1e-14") + Decimal("1e-20") for r in ratios):
            return True
    if "magnitude_only" in m.warnings:  # 超过万亿元: the magnitudes alone
        numbers = {Decimal(10) ** (4 * m.text.count("万") + 8 * m.text.count("亿") + 12 * m.text.count("兆"))}
    for n in numbers:
        for f in _factors(m.kind):
            if abs(n * f - target) <= target * Decimal("1e-14") + Decimal("1e-20"):  # 15 significant digits
                return True
    return _shares_the_high_ends_unit(m, report, numbers)


def _shares_the_high_ends_unit(m, report, numbers):
    """0.01-0.02亿: a range's low end is read with the high end's magnitude and unit."""
    if m.bound != "low" or not m.written_value or abs(m.written_value) not in numbers:
        return False
    high = next(x for x in report.metrics if x.group == m.group and x.bound == "high")
    if not high.written_value or high.written_unit != m.written_unit:
        return False
    return abs(m.value / m.written_value - high.value / high.written_value) <= abs(high.value) * Decimal("1e-14")


@given(DOCS)
def test_fuzz_report_like_text(text):
    a = parse(text)
    b = parse(text)
    assert a == b  # idempotent
    for m in a.metrics:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert _reproducible(m, a), (m.text, m.value, m.kind)
        assert (m.quantity is None) == (m.written_value is None)  # every read amount is a pint Quantity


@given(st.text(max_size=300))
def test_fuzz_any_text(text):
    r = parse(text)
    for m in r.metrics:
        assert text[m.start:m.end] == m.text
        assert _reproducible(m, r), (m.text, m.value, m.kind)


# --- issue 13: line endings never change a parse; a value's magnitude comes from its own span ---

def _signature(report, text):
    """What must not depend on the line endings: metadata, headings, and each metric read."""
    return (report.title, report.date, report.issuer,
            [(s.heading, s.level) for s in report.walk()],
            [(m.text.replace("\r\n", "\n").replace("\r", "\n"), m.value, m.unit, m.kind, m.approx, m.role, m.name, m.bound,
              report.section_path(m)) for m in report.metrics])


LINES = st.lists(st.one_of(st.sampled_from(SENTENCES + ["一、经济运行", "（二）社会事业", "各位代表：",
                                                        "二〇二三年工作总结", "——2023年3月5日"]),
                           NOISE.filter(lambda s: "\r" not in s and "\n" not in s)), max_size=12)


@given(LINES)
def test_line_endings_never_change_a_parse(lines):
    lf = "\n".join(lines)
    want = _signature(parse(lf), lf)
    for sep in ("\r\n", "\r"):
        text = sep.join(lines)
        r = parse(text)
        assert _signature(r, text) == want
        assert all(text[m.start:m.end] == m.text for m in r.metrics)


MAGS = st.sampled_from(["", "万", "亿", "万亿"])
DASHES = st.sampled_from(["-", "—", "－", "至", "~", "–"])
RANGE_UNITS = st.sampled_from(["元", "吨", "人", "亩", "平方米", "周岁"])


@given(st.integers(1, 99), st.integers(1, 99), DASHES, MAGS, RANGE_UNITS)
def test_a_range_shares_its_magnitude_and_unit_with_both_ends(a, b, dash, mag, unit):
    text = f"计划投资{a}{dash}{b}{mag}{unit}。"
    ms = parse(text).metrics
    if a > b or not ms:  # 9-3万: not read as a range with a shared magnitude
        return
    assert [m.bound for m in ms] == ["low", "high"] and ms[0].group == ms[1].group == ms[0].start
    scale = Decimal(10) ** (4 * mag.count("万") + 8 * mag.count("亿"))
    info = unit_info(unit)
    assert (ms[0].value, ms[1].value) == (to_canonical(a * scale, info), to_canonical(b * scale, info))
    assert (ms[0].written_value, ms[1].written_value, ms[0].written_unit) == (a, b, mag + unit)


def _magnitude(value):
    return abs(value).adjusted() if value else None


@given(DOCS)
def test_no_value_has_another_order_of_magnitude_than_its_span(text):
    r = parse(text)
    for m in r.metrics:
        if not m.value or "magnitude_only" in m.warnings:
            continue
        span = _span(r, m)  # a range's first end shares what ends the second: 3-5亿元
        numbers = _numbers(span)
        if "分之" in m.text or m.text.endswith("成"):  # a part over a whole, or tenths
            numbers |= {a / b * 100 for a in numbers for b in numbers if b} | {n * 10 for n in numbers}
        assert any(_magnitude(n * f) == _magnitude(m.value) for n in numbers for f in _factors(m.kind) if n) \
            or _shares_the_high_ends_unit(m, r, numbers), (span, m.value)
