"""parse() end to end: spans, models, JSON round trip, properties over any input."""
import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import govparse
from govparse import Metric, Report, parse


def test_issue_example():
    report = govparse.parse("完成一般公共预算收入3.4亿元,同比增长14.69%。")
    assert [(m.text, m.value, m.unit) for m in report.metrics] == [
        ("3.4亿元", Decimal("340000000"), "CNY"), ("14.69%", Decimal("14.69"), "percent")]


def test_spans_index_the_original_text():
    text = "完成收入１２.７６ 亿元,营业收\n入4589 元。機(jī)構11個(gè)。"
    for m in parse(text).metrics:
        assert text[m.start:m.end] == m.text
    assert [m.text for m in parse(text).metrics] == ["１２.７６ 亿元", "4589 元", "11個(gè)"]


def test_traditional_document():
    r = parse("聞堰街道實現規上工業總產值15.3億元,同比增長26.4%。")
    a, b = r.metrics
    assert a.value == Decimal(1530000000) and a.name == "规上工业总产值"
    assert b.role == "growth" and b.name == "规上工业总产值"


def test_models_are_frozen_and_round_trip():
    r = parse("完成投资3亿元,同比增长5%。")
    m = r.metrics[0]
    try:
        m.value = Decimal(1)
        raise AssertionError("Metric must be frozen")
    except AttributeError:
        pass
    d = json.loads(r.to_json())
    assert [Metric.from_dict(x) for x in d["metrics"]] == list(r.metrics)


def test_report_json_round_trip(root):
    text = (root / "seeds/003_aa4b0d38398d6b2e.txt").read_text(encoding="utf-8")
    r = parse(text)
    assert Report.from_json(r.to_json(), text) == r
    assert list(Report.from_json(r.to_json(), text).walk()) == list(r.walk())


def test_json_form_fields():
    d = parse("来源: 某某街道\n完成投资3亿元。").to_dict()
    assert set(d) >= {"title", "date", "issuer", "sections", "metrics"}
    assert set(d["metrics"][0]) >= {"start", "end", "text", "value", "unit", "kind", "classifier",
                                    "approx", "role", "name", "missing"}


def test_parse_rejects_non_str():
    import pytest

    with pytest.raises(TypeError, match="str"):
        parse(b"bytes")
    with pytest.raises(TypeError):
        parse(None)


_PIECES = st.sampled_from([
    "完成", "一般公共预算收入", "3.4亿元", "同比增长", "14.69%", ",", "。", "\n", " ", "约", "余", "多", "以上",
    "1000余家", "百分之二十", "3.2个百分点", "2倍", "84-86周岁", "第七批", "2022年", "(一)", "1.", "一、",
    "機(jī)", "１２．５", "萬", "億元", "亩", "平方公里", "个", "家", "户", "三块", "-", "—", "“", "”", "分别",
    "下降", "占", "的", "目标任务", "十亿3000万", "零", "两", "1,234", "0.054mg/L", "PM2.5",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_report_like_text_spans_slice_back(text):
    r = parse(text)
    for m in r.metrics:
        assert text[m.start:m.end] == m.text
        assert (m.value is None) == (m.missing or "malformed_number" in m.warnings)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_str_parses_and_spans_slice_back(text):
    r = parse(text)
    assert isinstance(r, Report)
    for m in r.metrics:
        assert text[m.start:m.end] == m.text
