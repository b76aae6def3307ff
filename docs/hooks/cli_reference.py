"""MkDocs hooks: the command line reference is written from govparse's own argument parser, so
the page and ``govparse --help`` never disagree; and the doctests in docstrings (``>>>`` and the
output after them) show as code in the API pages, as they read in the source."""
from __future__ import annotations

import argparse

from markdown import Extension
from markdown.preprocessors import Preprocessor

MARK = "<!-- the reference is generated here from govparse.cli -->"


def _reference() -> str:
    from govparse.cli import _build

    parser = _build()
    parser.prog = "govparse"
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    out = ["```text", parser.format_help().rstrip(), "```"]
    for name, command in sub.choices.items():
        out += ["", f"## govparse {name}", "", "```text", command.format_help().rstrip(), "```"]
    return "\n".join(out)


class _Doctests(Preprocessor):
    """A run of ``>>>`` lines and their output, up to a blank line, becomes a fenced code block."""

    def run(self, lines: list[str]) -> list[str]:
        out, inside, fenced = [], False, False
        for line in lines:
            if line.lstrip().startswith("```"):
                fenced = not fenced
            if not fenced and not inside and line.lstrip().startswith(">>>"):
                out += ["", "```pycon"]
                inside = True
            elif inside and not line.strip():
                out.append("```")
                inside = False
            out.append(line)
        return out + (["```"] if inside else [])


class DoctestBlocks(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - Markdown's name
        md.preprocessors.register(_Doctests(md), "doctest_blocks", 28)


def on_config(config, **kwargs):
    config.markdown_extensions.append(DoctestBlocks())
    return config


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    if MARK in markdown:
        return markdown.replace(MARK, _reference())
    return markdown
