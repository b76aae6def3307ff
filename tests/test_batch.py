"""parse_many, the CLI's batch mode and the Dask integration."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govparse
from govparse import GovparseError, ParseFailure, parse_many


def seeds(root):
    return sorted((root / "seeds").glob("*.txt"))


def test_parse_many_keeps_input_order_with_a_pool(root):
    paths = seeds(root) * 3
    reports = parse_many(paths, workers=2, progress=False)
    assert [r.source for r in reports] == [str(p) for p in paths]
    assert reports[0].metrics == govparse.parse_file(paths[0]).metrics


def test_parse_many_takes_paths_and_parse_texts_takes_texts(root):
    r = parse_many([str(seeds(root)[1]), seeds(root)[1]], workers=1)
    assert r[0].title.startswith("唐闸镇街道办事处") and r[0].metrics == r[1].metrics
    t = govparse.parse_texts(["完成投资3亿元。", "新增就业100人。"], workers=1)
    assert [x.metrics[0].value for x in t] == [300000000, 100]


def test_parse_many_refuses_text_one_str_and_bad_workers(tmp_path):
    with pytest.raises(TypeError, match="parse_texts"):
        parse_many(["完成投资3亿元。"])
    with pytest.raises(TypeError, match="not one str"):
        parse_many(str(tmp_path / "*.txt"))
    with pytest.raises(TypeError, match="not one str"):
        govparse.parse_texts("完成投资3亿元。")
    with pytest.raises(TypeError, match="workers must be an int"):
        parse_many([tmp_path / "a.txt"], workers="2")
    with pytest.raises(TypeError, match="parse_texts: item 0 is PosixPath"):
        govparse.parse_texts([tmp_path / "a.txt"])


def test_failures_named_and_others_still_come_out(root, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81\x00\xff\xfe\x00\x00garbage\x00" * 50)
    items = [seeds(root)[0], Path(tmp_path / "missing.txt"), bad]
    out = parse_many(items, workers=2, on_error="return")
    assert isinstance(out[0], govparse.Report)
    assert isinstance(out[1], ParseFailure) and "no such file" in out[1].error
    assert isinstance(out[2], ParseFailure) and "cannot decode" in out[2].error
    with pytest.raises(GovparseError, match="missing.txt"):
        parse_many(items, workers=1)


def test_parse_many_rejects_other_types():
    with pytest.raises(TypeError, match="pathlib.Path"):
        parse_many([b"bytes"])


def test_cli_directory_glob_out_dir_and_failures(root, tmp_path):
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "govparse.cli", "parse", str(root / "seeds"),
                        str(tmp_path / "none-*.txt"), "--out-dir", str(out), "--format", "json",
                        "--workers", "2"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 1
    assert "none-*.txt: no file matches" in p.stderr
    files = sorted(out.glob("*.json"))
    assert len(files) == 5
    assert json.loads(files[0].read_text(encoding="utf-8"))["metrics"]


def test_dask_bag_and_frame_on_local_scheduler(root):
    gd = pytest.importorskip("govparse.dask")
    bag = gd.reports_bag(str(root / "seeds" / "*.txt"), npartitions=2)
    reports = bag.compute(scheduler="processes", num_workers=2)
    assert [r.source for r in reports] == [str(p) for p in seeds(root)]
    df = gd.metrics_frame(root / "seeds", npartitions=2).compute(scheduler="threads")
    local = govparse.to_frame([govparse.parse_file(p) for p in seeds(root)])
    assert len(df) == len(local)
    assert list(df.columns) == list(local.columns)
    assert (df.value.fillna(-1).to_numpy() == local.value.fillna(-1).to_numpy()).all()


def test_dask_expand_says_what_it_could_not_expand(tmp_path, monkeypatch):
    gd = pytest.importorskip("govparse.dask")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("收入3亿元。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("收入2亿元。", encoding="utf-8")
    assert gd.expand(tmp_path) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    assert gd.expand(["s3://bucket/r.txt", tmp_path / "a.txt"]) == ["s3://bucket/r.txt", str(tmp_path / "a.txt")]
    with pytest.raises(govparse.InputError, match="none-\\*.txt: no file matches"):
        gd.expand([tmp_path / "a.txt", str(tmp_path / "none-*.txt")])  # not skipped because another matched
    real = os.scandir

    def scandir(path="."):  # a folder this user may not read (chmod does not stop root)
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(govparse.InputError, match="sub: cannot read folder"):
        gd.expand(tmp_path)


def test_progress_bar_on_stderr(root, capsys):
    parse_many(seeds(root), workers=1, progress=True)
    err = capsys.readouterr().err
    assert "5/5" in err and "report" in err


def test_iter_parse_yields_in_order_as_done(root):
    paths = seeds(root)
    got = [r.source for r in govparse.iter_parse(paths, workers=2, progress=False)]
    assert got == [str(p) for p in paths]
