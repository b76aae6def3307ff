"""The errors govparse raises. All derive from :class:`GovparseError`.

>>> issubclass(DecodeError, GovparseError) and issubclass(DecodeError, ValueError)
True
"""
from __future__ import annotations

__all__ = ["GovparseError", "InputError", "DecodeError"]


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
