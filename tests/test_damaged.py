"""Text that a copy damaged: it is read without a wrong number and written without an error."""
import csv
import io
import json

import pytest

from govparse import parse


@pytest.mark.parametrize("mark", ["\ufffd", "\x00", "\u00ad", "\u2028", "\x07"])
def test_a_number_broken_by_a_damaged_character_has_no_value(mark):
    (m, g) = parse(f"全年财政收入45{mark}8亿元,增长6%。").metrics
    assert (m.text, m.value, m.warnings) == (f"45{mark}8亿元", None, ("damaged_number",))
    assert m.name == "财政收入" and g.value == 6


def test_a_lone_surrogate_becomes_a_replacement_character_and_every_output_writes():
    r = parse("收入\ud8003亿元,利润\udc001亿元。")
    assert "\ud800" not in r.text and r.text.count("\ufffd") == 2
    assert r.warnings == ("surrogates_replaced:2",)
    for out in (r.to_json(), r.to_html()):
        out.encode("utf-8")
    json.loads(r.to_json())
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerows([[m.text, m.name] for m in r.metrics])
    buf.getvalue().encode("utf-8")
    r.to_frame().to_csv(io.BytesIO(), encoding="utf-8")


def test_a_damaged_range_is_one_amount_with_no_value():
    (m,) = parse("3\x0812-15周岁儿童").metrics
    assert (m.text, m.value, m.bound, m.warnings) == ("3\x0812-15周岁", None, None, ("damaged_number",))
