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
    assert p.stdout.splitlines()[0].startswith("document,title,issuer,date,section_path,section,start,end,text")


def test_out_dir_writes_one_file_per_input(root, tmp_path):
    p = run("parse", str(root / "seeds/*.txt"), "--format", "json", "--out-dir", str(tmp_path))
    assert p.returncode == 0, p.stderr
    assert len(list(tmp_path.glob("*.json"))) == 5


def test_missing_file_one_line_error_others_still_parse(root):
    p = run("parse", "no-such-file.txt", str(root / "seeds/002_1506138e6b156c9e.txt"), "--format", "jsonl")
    assert p.returncode == 1
    assert p.stderr.strip().splitlines() == ["govparse: no-such-file.txt: no such file"]
    assert len(p.stdout.splitlines()) == 1


def test_unknown_option_is_usage_error():
    p = run("parse", "x.txt", "--bogus")
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
