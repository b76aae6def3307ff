"""Batches that lose nothing: an input that kills its worker process costs that input alone.

A worker killed with os.kill stands in for a file that inflates past the memory (the OOM
killer does the same): the job of one chosen input kills its own process. The pool's workers
are forked from this process, so they run the patched job."""
import json
import os
import signal
import sys

import pytest

from govparse import batch, cli

KILLER = "killer"


def _deadly(path, limits=None):
    if os.path.basename(os.fspath(path)).startswith(KILLER):
        os.kill(os.getpid(), signal.SIGKILL)
    return _real(path, limits)


_real = batch._one_path


@pytest.fixture
def twenty(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "_one_path", _deadly)
    files = []
    for i in range(20):
        name = f"{KILLER}.txt" if i == 7 else f"r{i:02d}.txt"
        (tmp_path / name).write_text(f"全年完成投资{i + 1}亿元。", encoding="utf-8")
        files.append(tmp_path / name)
    return files


@pytest.mark.skipif(sys.platform == "win32", reason="forked workers")
@pytest.mark.parametrize("workers", [1, 4])
def test_parse_many_returns_a_failure_for_the_dead_worker_and_the_rest(twenty, workers):
    out = batch.parse_many(twenty, workers=workers, on_error="return")
    assert len(out) == 20
    dead = out[7]
    assert dead.error_type == "WorkerDied" and "SIGKILL" in dead.error and dead.source.endswith("killer.txt")
    assert [r.metrics[0].value for k, r in enumerate(out) if k != 7] == [
        (k + 1) * 100000000 for k in range(20) if k != 7]


@pytest.mark.skipif(sys.platform == "win32", reason="forked workers")
@pytest.mark.parametrize("workers", ["1", "4"])
def test_the_command_line_writes_the_other_19_and_a_summary(twenty, tmp_path, workers, capsys):
    out = tmp_path / "out"
    code = cli.main(["parse", *map(str, twenty), "--format", "json", "--out-dir", str(out), "--workers", workers])
    err = capsys.readouterr().err
    assert code == 1
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 19 and "killer.txt.json" not in written and not list(out.glob(".*part"))
    assert "killer.txt" in err and "19 of 20 inputs parsed" in err
    assert json.loads((out / "r08.txt.json").read_text(encoding="utf-8"))["metrics"][0]["value"] == 900000000


@pytest.mark.skipif(sys.platform == "win32", reason="forked workers")
def test_one_output_for_all_inputs_is_written_whole_without_the_dead_one(twenty, tmp_path, capsys):
    target = tmp_path / "all.jsonl"
    code = cli.main(["parse", *map(str, twenty), "--format", "jsonl", "-o", str(target), "--workers", "4"])
    assert code == 1 and "19 of 20 inputs parsed" in capsys.readouterr().err
    assert len(target.read_text(encoding="utf-8").splitlines()) == 19
    assert not list(tmp_path.glob(".*part"))


def _group(pgid):
    """The processes still alive in process group ``pgid``."""
    alive = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", encoding="utf-8") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(int(d))
    return alive


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_sigterm_stops_the_workers_keeps_finished_outputs_and_leaves_no_part_file(root, tmp_path):
    import subprocess
    import time

    text = "".join(p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))) * 8
    for i in range(40):
        (tmp_path / f"r{i:02d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "govparse.cli", "parse", str(tmp_path), "--out-dir", str(out),
                             "--workers", "2", "--no-progress"], stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and not (out.is_dir() and any(out.glob("*.txt"))):
        time.sleep(0.05)  # at least one output is finished
    proc.terminate()
    err = proc.communicate(timeout=60)[1]
    assert proc.returncode == 130 and "interrupted" in err
    for _ in range(100):
        if not _group(proc.pid):
            break
        time.sleep(0.05)
    assert _group(proc.pid) == []
    assert list(out.glob("*.txt")) and not list(out.glob(".*part"))
