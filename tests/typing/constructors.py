"""mypy --strict checks every constructor call of ``Block``, ``Evidence`` and ``Span`` (see pyproject's ``files``).

Each call below swaps two arguments of a well-typed call. mypy must reject each one: if a constructor ever
loses its signature again (a ``Callable[..., T]`` builder, an untyped ``__init__``), the swap type-checks, the
``type: ignore`` becomes unused, and ``warn_unused_ignores`` (strict) fails the run. Never executed.
"""

from __future__ import annotations

from pagesplit.draft import Evidence
from pagesplit.frozen import new_block, new_span
from pagesplit.model import Block, BlockKind, Reason, Role, Span, TeaserPart

reason = Reason("article.body", "")
span = Span(1, 1)
no_tokens: frozenset[str] = frozenset()

# well typed: these must keep type-checking
block = Block(0, "A line", BlockKind.LINE, Role.ARTICLE, reason, span, None, None, ())
built = new_block(0, "A line", BlockKind.LINE, Role.ARTICLE, reason, span, None, None, (), None)
evidence = Evidence("p", "body/p", None, no_tokens, no_tokens, no_tokens, 0, None, -1, 0.5, True, None, None, False,
                    0, False)
path_span = new_span(None, None, "body/p")

# two arguments swapped: each must fail
Block(0, "A line", Role.ARTICLE, BlockKind.LINE, reason, span, None, None, ())  # type: ignore[arg-type]
new_block(0, "A line", BlockKind.LINE, Role.ARTICLE, span, reason, None, None, (), None)  # type: ignore[arg-type]
new_block(0, "A line", BlockKind.LINE, Role.TEASER, reason, span, TeaserPart.TITLE, 0, (), None)  # type: ignore[arg-type]
Evidence("body/p", None, "p", no_tokens, no_tokens, no_tokens, 0, None, -1, 0.5, True)  # type: ignore[arg-type]
Evidence("p", "body/p", None, no_tokens, no_tokens, no_tokens, 0, None, -1, 0.5, True, None, None, False,
         False, frozenset({"x"}))  # type: ignore[arg-type]
Evidence("p", "body/p", None, no_tokens, no_tokens, no_tokens, None, 0)  # type: ignore[arg-type]
Span("body/p", None, 1)  # type: ignore[arg-type]
new_span("body/p", None, 1)  # type: ignore[arg-type]
