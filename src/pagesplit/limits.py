"""``Limits``: how much one call may take on, as one frozen value passed to ``split*`` and the CLI.

Over a limit, pagesplit raises the ``LimitError`` subclass that names it (``errors.py``); it never
truncates the input and carries on. Every default keeps one call under about 1.5 GB and 10 s on a
2-core CI machine (measured with ``benchmarks/bench_limits.py``) while no real page comes near it;
docs/limits.md lists them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from pagesplit.errors import TimeLimitError

__all__ = ["DEFAULT_LIMITS", "Deadline", "Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds of one call. ``Limits(max_blocks=500_000)`` raises one; the others keep their defaults.

    >>> Limits().max_depth, Limits(max_chars=1_000).max_chars
    (20000, 1000)
    """

    #: Characters of decoded input (bytes read by the CLI: 4 per character). The largest dev page has 1.4
    #: million; one block of 20 million characters took 7 s through the rules, 10 million take 3.5 s.
    max_chars: int = 10_000_000
    #: Element nesting. Real pages stay under ~60 (dev maximum 54); beyond libxml2's 2048 the page is
    #: rebuilt by pagesplit's own tree builder, linear in depth (19,000 levels: 0.4 s).
    max_depth: int = 20_000
    #: Attributes on one element. libxml2 is quadratic in distinct attribute names (100,000 take
    #: minutes); real elements carry under 50.
    max_attributes: int = 1_000
    #: HTML elements. 4.9 million ``<br>`` took 11 s and 1.5 GB (2.3 µs, 300 bytes each, before any block).
    #: The largest dev page has 9,748; a page of 100,000 siblings is odd but valid and must pass.
    max_elements: int = 150_000
    #: Lines of a text dump. A dump of 6.6 million short lines, glued into one block, took 13 s (2 µs each).
    max_lines: int = 1_000_000
    #: Blocks of one page, checked before the scoring that costs most per block. The largest dev page makes
    #: 2,623; 100,000 sibling paragraphs must pass. 110,000 blocks took 2.4 s and 214 MB side by side, 5.9 s
    #: and 280 MB nested 3,000 deep (the slowest shape found).
    max_blocks: int = 120_000
    #: Wall-clock budget in seconds, checked between the stages of a call (None: no budget).
    max_seconds: float | None = None

    def __post_init__(self) -> None:
        for name in ("max_chars", "max_depth", "max_attributes", "max_elements", "max_lines", "max_blocks"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"Limits.{name} must be an int, got {type(value).__name__}")
            if value < 1:
                raise ValueError(f"Limits.{name} must be positive, got {value}")
        seconds = self.max_seconds
        if seconds is not None:
            if not isinstance(seconds, int | float) or isinstance(seconds, bool):
                raise TypeError(f"Limits.max_seconds must be a number or None, got {type(seconds).__name__}")
            if not seconds > 0:
                raise ValueError(f"Limits.max_seconds must be positive, got {seconds}")


DEFAULT_LIMITS = Limits()


class Deadline:
    """The time budget of one call: ``check()`` between stages raises ``TimeLimitError`` once it is spent."""

    __slots__ = ("_end", "_seconds")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._end = None if seconds is None else time.monotonic() + seconds

    def check(self, stage: str) -> None:
        if self._end is not None and time.monotonic() > self._end:
            raise TimeLimitError(f"splitting took longer than max_seconds={self._seconds} (at {stage}); "
                                 "pass a larger max_seconds in Limits to accept it", allowed=self._seconds)
