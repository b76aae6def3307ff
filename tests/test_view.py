"""The page to look at: every metric highlighted, a panel that shows its value, in a real browser."""
import os
import shutil
import subprocess
import sys

import pytest

import govparse

TEXT = ("红星街道2022年工作总结\n一、经济运行\n全年完成一般公共预算收入3.4亿元，同比增长14.69%，"
        "计划投资3-5亿元。\n二、民生\n新增就业<b>100人</b>，收入亿元。\n")


def test_every_metric_is_one_mark_and_text_is_escaped():
    r = govparse.parse(TEXT)
    page = r.to_html()
    assert page.count("<mark ") == len(r.metrics) == 6
    assert "&lt;b&gt;" in page and "<b>" not in page  # the report's text is text, never markup
    assert page.count('class="m lost"') == sum(m.missing for m in r.metrics) == 1
    assert 'href="#gp-s0"' in page and "一、经济运行" in page  # the outline
    assert "https://" not in page and "<link" not in page  # self-contained
    assert r._repr_html_().startswith('<div class="gp">')


def test_cli_view_writes_one_page(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "page.html"
    p = subprocess.run([sys.executable, "-m", "govparse.cli", "view", str(src), "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert out.read_text(encoding="utf-8").count("<mark ") == 6
    again = subprocess.run([sys.executable, "-m", "govparse.cli", "view", str(src), "-o", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "--overwrite" in again.stderr


PROBE = """<script>
window.addEventListener('load', function () {
  var marks = document.querySelectorAll('mark.m');
  marks[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
  document.body.setAttribute('data-marks', marks.length);
  document.body.setAttribute('data-panel', document.getElementById('gp-panel').textContent);
});
</script></body>"""


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_page_in_headless_chromium(tmp_path):
    if chromium() is None:
        if os.environ.get("GOVPARSE_REQUIRE_BROWSER"):
            pytest.fail("no Chromium, and GOVPARSE_REQUIRE_BROWSER is set (as .ci/run sets it)")
        pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium)")
    r = govparse.parse(TEXT)
    page = tmp_path / "page.html"
    page.write_text(r.to_html().replace("</body>", PROBE), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium(), *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    assert f'data-marks="{len(r.metrics)}"' in dom
    assert "3.4亿元 → 340000000 CNY" in dom and "role: value" in dom  # the panel shows the first metric's value
    shot = tmp_path / "phone.png"
    subprocess.run([chromium(), *flags, "--window-size=390,844", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
