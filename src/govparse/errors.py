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

    def __reduce__(self):  # pickled by its own arguments, so it crosses process boundaries
        return (type(self), (self.path, self.tried))


class ParseFailure:
    """Stands in :func:`govparse.parse_many`'s results for an input that failed
    (with ``on_error="return"``): which input (``source``), why (``error``, the
    message) and the exception's class name (``error_type``).

    >>> ParseFailure("a.txt", "a.txt: no such file", "InputError")
    ParseFailure('a.txt', 'a.txt: no such file', 'InputError')
    """

    __slots__ = ("source", "error", "error_type")

    def __init__(self, source: str, error: str, error_type: str = "GovparseError"):
        self.source = source
        self.error = error
        self.error_type = error_type

    def __repr__(self) -> str:
        return f"ParseFailure({self.source!r}, {self.error!r}, {self.error_type!r})"

    def __reduce__(self):
        return (type(self), (self.source, self.error, self.error_type))

    def __eq__(self, other):
        return isinstance(other, ParseFailure) and (self.source, self.error, self.error_type) == (
            other.source, other.error, other.error_type)
