"""A page to look at: the report's text with every metric highlighted.

:func:`to_html` gives one self-contained HTML file (no CDN, works offline, readable
on a phone): the title block, the section outline, the text with each metric
marked (coloured by role, lost numbers struck through), a panel that shows a
metric's value, unit, name, role, period and indicator when it is touched, and a
table of all metrics.

>>> import govparse
>>> page = to_html(govparse.parse("完成投资3亿元，同比增长5%。"))
>>> page.count("<mark ")
2
>>> 'data-value="300000000"' in page
True
"""
from __future__ import annotations

import html
import json

from ..checks import check
from ..models import Metric, Report, writes

__all__ = ["to_html"]

ROLE_COLOURS = {"value": "#cfe8ff", "growth": "#d4f5d0", "change": "#ffe4c4", "share": "#eadcff",
                "target": "#fff3a8", "threshold": "#e0e0e0"}

_CSS = """
.gp{font:16px/1.7 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;max-width:60em;margin:auto;padding:0 .8em}
.gp h1{font-size:1.3em;margin:.6em 0 .2em}.gp .meta{color:#666;font-size:.9em}
.gp nav{font-size:.9em;border-left:3px solid #ddd;padding-left:.6em;margin:.8em 0}
.gp nav a{display:block;color:#246;text-decoration:none}
.gp .text{white-space:pre-wrap;word-break:break-all}
.gp .m{border-radius:3px;padding:0 1px;cursor:pointer}
.gp .m.lost{background:none!important;outline:2px dashed #c00;color:#c00}
.gp .m.sel{outline:2px solid #000}
.gp .m.flag{text-decoration:underline wavy #d00;text-decoration-thickness:2px}
.gp .findings{color:#a00;font-size:.9em;margin:.4em 0}
.gp #gp-panel{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.3em 0;min-height:1.6em;font-size:.95em;z-index:1}
.gp .legend span{margin-right:.6em;padding:0 .3em;border-radius:3px;font-size:.85em}
.gp .tbl{overflow-x:auto}.gp table{border-collapse:collapse;font-size:.85em;margin:1em 0}
.gp td,.gp th{border:1px solid #ddd;padding:.2em .4em;text-align:left;white-space:nowrap}
@media (max-width:600px){.gp{font-size:15px}}
"""

_JS = """
(function(){var root=document.currentScript.parentNode,panel=root.querySelector('#gp-panel'),last=null;
function show(e){var m=e.target.closest('.m');if(!m)return;if(last)last.classList.remove('sel');m.classList.add('sel');last=m;
var d=m.dataset,parts=[d.text+' → '+(d.missing==='true'?'(lost number)':d.value+' '+d.unit),'role: '+d.role,
'name: '+(d.name||'—'),'approx: '+d.approx];if(d.period)parts.push('period: '+d.period);
if(d.indicator)parts.push('indicator: '+d.indicator);if(d.finding)parts.push('⚠ '+d.finding);
panel.textContent=parts.join(' · ');}
root.addEventListener('mouseover',show);root.addEventListener('click',show);root.addEventListener('focusin',show);})();
"""


def _attrs(m: Metric, i: int) -> str:
    data = {"i": i, "text": m.text, "value": "" if m.value is None else format(m.value, "f"), "unit": m.unit,
            "role": m.role, "name": m.name or "", "approx": m.approx, "missing": str(m.missing).lower(),
            "period": m.period or "", "indicator": m.indicator or ""}
    tip = f"{data['value'] or '(lost)'} {m.unit} · {m.role} · {m.name or '—'}"
    return " ".join(f'data-{k}="{html.escape(str(v))}"' for k, v in data.items()) + f' title="{html.escape(tip)}"'


def _body(report: Report, flags: dict[tuple[int, int], str]) -> str:
    """The text with metrics marked (``flags``: the finding of each amount in one) and section
    anchors, in one pass over the offsets."""
    events = [(s.start, 0, k) for k, s in enumerate(report.walk())]
    events += [(m.start, 1, k) for k, m in enumerate(report.metrics)]
    out, pos = [], 0
    for at, kind, k in sorted(events):
        if at < pos:
            continue  # a heading inside a metric's span: its anchor is the metric's start
        out.append(html.escape(report.text[pos:at]))
        pos = at
        if kind == 0:
            out.append(f'<span id="gp-s{k}"></span>')
            continue
        m = report.metrics[k]
        flag = flags.get((m.start, m.end))
        cls = ("m lost" if m.missing else "m") + (" flag" if flag else "")
        colour = ROLE_COLOURS.get(m.role, "#eee")
        extra = f' data-finding="{html.escape(flag)}"' if flag else ""
        out.append(f'<mark class="{cls}" tabindex="0" style="background:{colour}" {_attrs(m, k)}{extra}>'
                   f"{html.escape(m.text)}</mark>")
        pos = m.end
    out.append(html.escape(report.text[pos:]))
    return "".join(out)


def _table(report: Report) -> str:
    head = ["#", "text", "value", "unit", "kind", "role", "approx", "name", "period", "indicator", "section"]
    rows = []
    for k, m in enumerate(report.metrics):
        cells = [k, m.text, "(lost)" if m.missing else ("" if m.value is None else format(m.value, "f")), m.unit,
                 m.kind, m.role, m.approx, m.name or "", m.period or "", m.indicator or "",
                 " > ".join(report.section_path(m))]
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    return ('<div class="tbl"><table><tr>' + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
            + "".join(rows) + "</table></div>")


@writes("html")
def to_html(report: Report, standalone: bool = True) -> str:
    """The report as one self-contained page (``standalone``) or a ``<div>`` for a notebook."""
    title = report.title or report.source or "report"
    meta = " · ".join(f"{k}: {html.escape(str(v))}" for k, v in
                      (("date", report.date), ("issuer", report.issuer), ("year reviewed", report.year),
                       ("read from", report.source_format), ("metrics", len(report.metrics))) if v is not None)
    outline = "".join(f'<a href="#gp-s{k}" style="margin-left:{(s.level - 1) * 1.2}em">{html.escape(s.heading)}</a>'
                      for k, s in enumerate(report.walk()))
    legend = "".join(f'<span style="background:{c}">{r}</span>' for r, c in ROLE_COLOURS.items())
    legend += '<span style="outline:2px dashed #c00;color:#c00">lost number</span>'
    legend += '<span style="text-decoration:underline wavy #d00">in a finding</span>'
    found = check(report)
    flags = {span: f.message for f in found for span in f.spans}
    listed = "".join(f"<li>{html.escape(f.message)}</li>" for f in found)
    div = (f'<div class="gp"><style>{_CSS}</style><h1>{html.escape(title)}</h1><div class="meta">{meta}</div>'
           f'<div class="legend">{legend}</div>' + (f'<ul class="findings">{listed}</ul>' if listed else "")
           + (f"<nav>{outline}</nav>" if outline else "")
           + '<div id="gp-panel">Touch or hover a highlighted amount.</div>'
           f'<div class="text">{_body(report, flags)}</div><h2>Metrics</h2>{_table(report)}'
           f"<script>{_JS}</script></div>")
    if not standalone:
        return div
    return ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title></head><body>{div}"
            f"<script type=\"application/json\" id=\"gp-data\">{_json(report)}</script></body></html>")


def _json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False).replace("<", "\\u003c")  # no markup in the data
