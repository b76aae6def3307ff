"""Notebook tables: to_frame with the section path; a clear message without pandas."""
import sys

import pytest

import govparse


def test_to_frame_rows_and_section_path(root):
    reports = [govparse.parse_file(p) for p in sorted((root / "seeds").glob("*.txt"))]
    df = govparse.to_frame(reports)
    assert len(df) == sum(len(r.metrics) for r in reports)
    row = df[df.text == "147.6亿元"].iloc[0]
    assert row.section_path == "一、 经济运行稳中向好 > 1.经济发展稳中有进"
    assert row["value"] == 14760000000 and row["name"] == "地区生产总值"
    assert df[df.missing].value.isna().all()
    assert len(reports[1].to_frame()) == len(reports[1].metrics)


def test_clear_message_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'govparse\[pandas\]'"):
        govparse.parse("完成投资3亿元。").to_frame()
