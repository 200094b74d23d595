"""Every error pagesplit raises, under one root.

    PagesplitError
    ├── InputError (also ValueError)      the input cannot be read as a page
    │   ├── DecodeError                   bytes that are not text in any encoding we can find
    │   └── LimitError                    the input is over one of the ``Limits``; ``.limit`` names it
    │       ├── SizeLimitError            over ``max_chars``
    │       ├── DepthLimitError           HTML nested deeper than ``max_depth``
    │       ├── AttributeLimitError       an element with more than ``max_attributes`` attributes
    │       ├── ElementLimitError         HTML of more than ``max_elements`` elements
    │       ├── LineLimitError            a text dump of more than ``max_lines`` lines
    │       ├── BlockLimitError           more than ``max_blocks`` blocks
    │       └── TimeLimitError            over the ``max_seconds`` time budget
    ├── LexiconError                      a lexicon data file is malformed (file, line, text)
    └── InternalError                     a bug in pagesplit met this input (the cause is chained)

"No article found" is not an error: ``Page.article`` is ``None``. A caller's own mistake (a wrong
type, an unknown keyword) is an ordinary ``TypeError`` or ``ValueError``. docs/limits.md lists
every limit with its default.
"""

from __future__ import annotations

from typing import ClassVar


class PagesplitError(Exception):
    """Root of every error pagesplit raises on purpose."""


class InputError(PagesplitError, ValueError):
    """The input cannot be read as a page (wrong type, binary data)."""


class DecodeError(InputError):
    """Raw bytes that decode to no text: binary data, or an encoding we cannot determine."""


class LimitError(InputError):
    """The input exceeds one of the ``Limits``; raise that limit explicitly to accept it.

    ``limit`` is the name of the ``pagesplit.Limits`` field (and keyword) that was exceeded (``"max_chars"``,
    ``"max_depth"``, ``"max_attributes"``, ``"max_elements"``, ``"max_lines"``, ``"max_blocks"``,
    ``"max_seconds"``; each has a subclass that sets it), ``allowed`` its value when known: the command line
    words its message with its own flag from them.
    """

    #: the ``Limits`` field a subclass stands for
    limit_name: ClassVar[str | None] = None

    def __init__(self, message: str, *, limit: str | None = None, allowed: float | None = None) -> None:
        super().__init__(message)
        self.limit = limit if limit is not None else self.limit_name
        self.allowed = allowed


class SizeLimitError(LimitError):
    """The input has more characters (or, read from a file, bytes) than ``max_chars`` allows."""

    limit_name = "max_chars"


class DepthLimitError(LimitError):
    """The HTML nests elements deeper than ``max_depth``."""

    limit_name = "max_depth"


class AttributeLimitError(LimitError):
    """An HTML element has more attributes than ``max_attributes`` (libxml2 is quadratic in them)."""

    limit_name = "max_attributes"


class ElementLimitError(LimitError):
    """The HTML has more elements than ``max_elements`` (the tree's memory and the walk's time grow with them)."""

    limit_name = "max_elements"


class LineLimitError(LimitError):
    """The text dump has more lines than ``max_lines`` (the text front end's work grows with them)."""

    limit_name = "max_lines"


class BlockLimitError(LimitError):
    """The page makes more blocks than ``max_blocks`` (the bound on memory and time per page)."""

    limit_name = "max_blocks"


class TimeLimitError(LimitError):
    """Splitting the page took longer than the ``max_seconds`` budget."""

    limit_name = "max_seconds"


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
