"""The command line as a user runs it."""
import json
import subprocess
import sys


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "govparse.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_table_on_a_seed(root):
    p = run("parse", str(root / "seeds/001_bf8c2b1ece5ef14b.txt"))
    assert p.returncode == 0, p.stderr
    assert "3.4亿元" in p.stdout and "一般公共预算收入" in p.stdout


def test_json_is_one_object(root):
    p = run("parse", str(root / "seeds/001_bf8c2b1ece5ef14b.txt"), "--format", "json")
    d = json.loads(p.stdout)
    assert d["metrics"][0]["text"] == "3.4亿元"


def test_jsonl_and_csv(root, tmp_path):
    seeds = root / "seeds"
    p = run("parse", str(seeds), "--format", "jsonl")
    assert p.returncode == 0 and len(p.stdout.splitlines()) == 5
    p = run("parse", str(seeds / "002_1506138e6b156c9e.txt"), "--format", "csv")
    assert p.stdout.splitlines()[0].startswith("document,title,issuer,region,region_code,date,section_path,section,start,end,text")


def test_out_dir_writes_one_file_per_input(root, tmp_path):
    p = run("parse", str(root / "seeds/*.txt"), "--format", "json", "--out-dir", str(tmp_path))
    assert p.returncode == 0, p.stderr
    assert len(list(tmp_path.glob("*.json"))) == 5


def test_missing_file_one_line_error_others_still_parse(root):
    p = run("parse", "no-such-file.txt", str(root / "seeds/002_1506138e6b156c9e.txt"), "--format", "jsonl")
    assert p.returncode == 1
    assert p.stderr.strip().splitlines() == ["govparse: no-such-file.txt: no such file",
                                             "govparse: 1 of 2 inputs parsed, 61 metrics, 1 failed"]
    assert len(p.stdout.splitlines()) == 1


def test_unknown_option_is_usage_error():
    p = run("parse", "x.txt", "--bogus")
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr


# --- outputs that never collide, never replace an input, never stay half written ---

def _tree(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "r.txt").write_text(f"{folder}园区\n完成投资3亿元。", encoding="utf-8")
    return tmp_path / "in"


def test_out_dir_mirrors_input_folders(tmp_path):
    src = _tree(tmp_path)
    out = tmp_path / "out"
    p = run("parse", str(src), "--format", "json", "--out-dir", str(out))
    assert p.returncode == 0, p.stderr
    assert sorted(str(x.relative_to(out)) for x in out.rglob("*.json")) == ["a/r.txt.json", "b/r.txt.json"]
    assert json.loads((out / "b" / "r.txt.json").read_text(encoding="utf-8"))["title"] == "b园区"
    assert "2 of 2 inputs parsed, 2 metrics, 0 failed" in p.stderr


def test_outputs_never_replace_inputs_or_earlier_outputs(tmp_path):
    src = _tree(tmp_path)
    before = (src / "a" / "r.txt").read_bytes()
    out = tmp_path / "out"
    assert run("parse", str(src), "--format", "csv", "--out-dir", str(out)).returncode == 0
    p = run("parse", str(src), "--format", "csv", "--out-dir", str(out))
    assert p.returncode == 2 and "exists (use --overwrite" in p.stderr
    assert run("parse", str(src), "--format", "csv", "--out-dir", str(out), "--overwrite").returncode == 0
    p = run("parse", str(src / "a" / "r.txt"), "-o", str(src / "a" / "r.txt"))
    assert p.returncode == 2 and "would replace an input" in p.stderr


def test_inputs_of_one_stem_get_outputs_of_their_own_and_a_second_run_reads_no_output(tmp_path):
    (tmp_path / "r.txt").write_text("完成3亿元", encoding="utf-8")
    (tmp_path / "r.md").write_text("完成4亿元", encoding="utf-8")
    p = run("parse", str(tmp_path / "r.txt"), str(tmp_path / "r.md"), "--out-dir", str(tmp_path / "o"))
    assert p.returncode == 0, p.stderr
    assert sorted(x.name for x in (tmp_path / "o").iterdir()) == ["r.md.txt", "r.txt.txt"]
    src = _tree(tmp_path / "t")  # the table format's outputs are .txt, in a folder inside the input's
    assert run("parse", str(src), "--out-dir", str(src / "out")).returncode == 0
    p = run("parse", str(src), "--out-dir", str(src / "out"), "--overwrite")
    assert p.returncode == 0 and "2 of 2 inputs parsed" in p.stderr, p.stderr
    assert not list((src / "out").rglob("*.txt.txt.txt"))


def test_output_file_stdin_and_valid_json_when_one_input_fails(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("完成投资3亿元。", encoding="utf-8")
    target = tmp_path / "all.json"
    p = subprocess.run([sys.executable, "-m", "govparse.cli", "parse", str(good), "-", str(tmp_path / "gone.txt"),
                        "--format", "json", "-o", str(target)], input="新增就业100人。".encode(),
                       capture_output=True, timeout=120)
    assert p.returncode == 1 and b"gone.txt: no such file" in p.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [d["metrics"][0]["text"] for d in data] == ["3亿元", "100人"]
    assert data[1]["source"] == "<stdin>"


def test_write_failures_are_one_line_errors(tmp_path):
    seed = tmp_path / "r.txt"
    seed.write_text("完成投资3亿元。", encoding="utf-8")
    p = run("parse", str(seed), "-o", "/dev/full")
    assert p.returncode == 1 and p.stderr.startswith("govparse: cannot write") and "Traceback" not in p.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    p = run("parse", str(seed), "--out-dir", str(blocker / "sub"))
    assert p.returncode == 2 and len(p.stderr.splitlines()) == 1
    p = subprocess.run([sys.executable, "-m", "govparse.cli", "parse", str(seed)], capture_output=True,
                       env={**__import__("os").environ, "PYTHONIOENCODING": "ascii"}, timeout=120)
    assert p.returncode == 2 and b"PYTHONIOENCODING=utf-8" in p.stderr


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path):
    import pytest

    from govparse.outputs.writing import atomic

    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic(target) as f:
            f.write("half")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [x.name for x in tmp_path.iterdir()] == ["r.json"]
    with atomic(target) as f:
        f.write("new")
    import os
    import stat

    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask  # not mkstemp's private 0600


def test_unreadable_subfolder_and_fifo_are_reported(tmp_path, monkeypatch, capsys):
    import os

    from govparse import cli

    src = _tree(tmp_path)
    os.mkfifo(src / "a" / "pipe.txt")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("b"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert cli.main(["parse", str(src), "--format", "jsonl", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "b: cannot read folder (Permission denied)" in err
    assert "pipe.txt: not a regular file" in err


def test_every_command_refuses_an_input_or_a_directory_as_its_output_before_parsing(tmp_path):
    src = _tree(tmp_path)
    before = (src / "a" / "r.txt").read_bytes()
    p = run("series", str(src), "-o", str(src / "a" / "r.txt"))
    assert p.returncode == 2 and "would replace an input" in p.stderr
    assert (src / "a" / "r.txt").read_bytes() == before
    for args in (["series", str(src)], ["parse", str(src / "a" / "r.txt")], ["view", str(src / "a" / "r.txt")]):
        p = run(*args, "-o", str(tmp_path))
        assert p.returncode == 2 and "is a directory" in p.stderr and "Traceback" not in p.stderr
    (tmp_path / "s.csv").write_text("old", encoding="utf-8")
    p = run("series", str(src), "-o", str(tmp_path / "s.csv"))
    assert p.returncode == 2 and "exists (use --overwrite" in p.stderr


def test_series_writes_csv_without_pandas_and_ids_match_in_any_case(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text("政府工作报告\n一、过去一年工作回顾\n国内生产总值增长3%。\n", encoding="utf-8")
    code = ("import sys; sys.modules['pandas'] = None; from govparse import cli; "
            f"sys.exit(cli.main(['series', {str(src)!r}, '--indicator', 'GDP']))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    header, row = p.stdout.splitlines()[:2]
    assert header.startswith("source,issuer,region,region_code,region_level,date,year,indicator") and ",gdp," in row and ",3.0,3," in row
    p = run("series", str(src), "--indicator", "gpd")
    assert p.returncode == 2 and "did you mean gdp?" in p.stderr
