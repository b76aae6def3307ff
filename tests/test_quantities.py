"""Units users think in: pint quantities, values as written, one amount on its own."""
from decimal import Decimal

import pytest

import govparse


def test_metric_quantity_converts_exactly_from_what_was_written():
    r = govparse.parse("盘活低效用地800亩，完成收入3.4亿元，增长5%，提高0.6个百分点，户籍人口自然增长率6.45‰。")
    land, money, growth, points, permille = r.metrics
    assert (land.written_value, land.written_unit) == (Decimal(800), "亩")
    assert land.quantity.to("亩").magnitude == 800
    assert land.quantity.to("hectare").magnitude.quantize(Decimal("0.0001")) == Decimal("53.3333")
    assert land.value == Decimal("533333.333333333")  # canonical, 15 significant digits, not 28
    assert (money.written_value, money.written_unit, money.value) == (Decimal("3.4"), "亿元", 340000000)
    assert str(money.quantity.units) == "CNY"
    assert growth.quantity.to("dimensionless").magnitude == Decimal("0.05")
    assert str(points.quantity.units) == "percentage_point"
    assert (permille.written_value, permille.written_unit, permille.value) == (Decimal("6.45"), "‰", Decimal("0.645"))
    assert govparse.ureg is land.quantity._REGISTRY


def test_money_never_converts_across_currencies():
    import pint

    usd = govparse.parse("出口500万美元。").metrics[0]
    with pytest.raises(pint.DimensionalityError):
        usd.quantity.to("CNY")


def test_lost_numbers_have_no_quantity_and_round_trip_keeps_written_values():
    r = govparse.parse("一般公共预算收入亿元，盘活用地12.9亩。")
    assert r.metrics[0].missing and r.metrics[0].quantity is None
    back = govparse.Report.from_json(r.to_json(), r.text)
    assert back.metrics == r.metrics


@pytest.mark.parametrize("text, value, unit, kind, approx", [
    ("3.4亿元", Decimal("340000000"), "CNY", "money", "exact"),
    ("十余万", Decimal("100000"), None, None, "over"),
    ("二十几万", Decimal("200000"), None, None, "over"),
    ("约1.35万立方米", Decimal("13500"), "m**3", "volume", "about"),
    ("百分之二十", Decimal("20"), "percent", "percent", "exact"),
    ("3.2个百分点", Decimal("3.2"), "percentage_point", "percentage_point", "exact"),
    ("超过3万人", Decimal("30000"), "count", "count", "over"),
    ("60岁以上", Decimal("1893456000"), "s", "duration", "over"),  # a year of 365.25 days
    ("数十亿元", Decimal("1000000000"), "CNY", "money", "over"),
])
def test_parse_quantity_reads_one_amount(text, value, unit, kind, approx):
    a = govparse.parse_quantity(text)
    assert (a.value, a.unit, a.kind, a.approx) == (value, unit, kind, approx)


@pytest.mark.parametrize("text", ["数十亿元", "几百户", "上千家", "几千万元", "十几个"])
def test_parse_quantity_reads_vague_amounts_as_a_report_does(text):
    """One rule for 数/几/上: the single-amount reader and the report scan agree."""
    found = [(m.value, m.approx) for m in govparse.parse(f"新增{text}。").metrics]
    try:
        a = govparse.parse_quantity(text)
    except ValueError:
        assert not found
    else:
        assert found == [(a.value, a.approx)]


def test_parse_quantity_refuses_what_is_not_one_amount():
    for bad in ("abc", "", "3亿元和5亿元"):
        with pytest.raises(ValueError, match="not one amount"):
            govparse.parse_quantity(bad)
    with pytest.raises(TypeError):
        govparse.parse_quantity(3)
    assert govparse.parse_quantity("3-5亿元").values == (300000000, 500000000)


def test_frame_and_csv_carry_warnings_and_the_sentence():
    pytest.importorskip("pandas")
    r = govparse.parse("一、概况\n完成投资3亿元。新增就业100人。")
    df = r.to_frame()
    assert df.sentence.tolist() == ["完成投资3亿元。", "新增就业100人。"]
    assert {"warnings", "written_value", "written_unit"} <= set(df.columns)
