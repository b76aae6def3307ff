"""The seeds, scored against the gold: a regression gate on the aggregate figures.

This does not replay the gold sentence by sentence (the unit tests are written
from the guide); it keeps the whole-document figures from sliding back.
"""
import sys


def test_seed_figures(root, tmp_path):
    sys.path.insert(0, str(root / "evaluation"))
    import evaluate

    out = evaluate.run(tmp_path, quiet=True)
    assert out["invented"] == 0
    assert out["value_F1"] >= 0.90 and out["span_F1"] >= 0.93
    assert out["kind_acc"] >= 0.97 and out["approx_acc"] >= 0.95 and out["role_acc"] >= 0.90
    assert out["missing_R"] >= 0.90 and out["sec_F1"] >= 0.90 and out["meta_acc"] >= 0.90
    assert out["name_acc"] >= 0.85 and out["name_R"] >= 0.80 and out["sec_level_acc"] >= 0.90
