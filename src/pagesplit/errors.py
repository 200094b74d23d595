"""Every error pagesplit raises, under one root.

    PagesplitError
    ├── InputError (also ValueError)      the input cannot be read as a page
    │   ├── DecodeError                   bytes that are not text in any encoding we can find
    │   └── LimitError                    the input is larger or deeper than the limits allow
    ├── LexiconError                      a lexicon data file is malformed (file, line, text)
    └── InternalError                     a bug in pagesplit met this input (the cause is chained)

"No article found" is not an error: ``Page.article`` is ``None``.
"""

from __future__ import annotations


class PagesplitError(Exception):
    """Root of every error pagesplit raises on purpose."""


class InputError(PagesplitError, ValueError):
    """The input cannot be read as a page (wrong type, binary data, empty markup)."""


class DecodeError(InputError):
    """Raw bytes that decode to no text: binary data, or an encoding we cannot determine."""


class LimitError(InputError):
    """The input exceeds a size or depth limit; raise the limit explicitly to accept it.

    ``limit`` names the keyword that set the limit (``"max_chars"``), ``allowed`` its value, when known: the
    command line words its message with its own flag from them."""

    def __init__(self, message: str, *, limit: str | None = None, allowed: int | None = None) -> None:
        super().__init__(message)
        self.limit = limit
        self.allowed = allowed


class LexiconError(PagesplitError):
    """A lexicon data file is malformed."""

    def __init__(self, path: str, line_number: int, text: str, problem: str) -> None:
        super().__init__(f"{path}:{line_number}: {problem}: {text!r}")
        self.path = path
        self.line_number = line_number
        self.text = text
        self.problem = problem


class InternalError(PagesplitError):
    """pagesplit failed on this input for a reason of its own (a bug): the original exception is the
    ``__cause__``. Raised so that one ``except PagesplitError`` covers every page a pipeline feeds in;
    please report it with the input."""
