"""The errors govparse raises. All derive from :class:`GovparseError`.

>>> issubclass(DecodeError, GovparseError) and issubclass(DecodeError, ValueError)
True
"""
from __future__ import annotations

__all__ = ["GovparseError", "InputError", "DecodeError", "ParseFailure"]


class GovparseError(Exception):
    """Base class of every error govparse raises on purpose."""


class InputError(GovparseError, ValueError):
    """The input cannot be parsed: not found, not a file, too large."""


class DecodeError(InputError):
    """A file's bytes are not text in any encoding govparse accepts."""

    def __init__(self, path, tried):
        self.path = str(path)
        self.tried = tuple(tried)
        super().__init__(f"{self.path}: cannot decode as text (tried {', '.join(self.tried)})")


class ParseFailure:
    """Stands in :func:`govparse.parse_many`'s results for an input that failed
    (with ``on_error="return"``): which input, and why."""

    __slots__ = ("source", "error")

    def __init__(self, source: str, error: str):
        self.source = source
        self.error = error

    def __repr__(self) -> str:
        return f"ParseFailure({self.source!r}, {self.error!r})"

    def __eq__(self, other):
        return isinstance(other, ParseFailure) and (self.source, self.error) == (other.source, other.error)
