"""The caller's arguments to an entry point, checked before any work starts.

A wrong keyword, a missing input or a wrong type is the caller's mistake: it raises the ordinary
``TypeError`` (or ``ValueError`` for a value out of range), never ``InternalError``, so that
``except PagesplitError`` around a batch does not swallow a typo on every page.

>>> import inspect
>>> def split(raw: object, *, url: str | None = None, max_chars: int = 10) -> None: ...
>>> check_call("split", inspect.signature(split), ("<p>x</p>",), {"max_chars": "10"})
Traceback (most recent call last):
...
TypeError: split() argument 'max_chars' must be int, not str
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

#: Keyword -> (the types it accepts, None allowed, a positive number required). Keywords not listed here
#: (the input itself) are checked by the entry point, which raises ``InputError`` for an input it cannot read.
KEYWORDS: dict[str, tuple[tuple[type, ...], bool, bool]] = {
    "url": ((str,), True, False),
    "charset": ((str,), True, False),
    "explain": ((bool,), False, False),
    "max_chars": ((int,), False, True),
    "max_depth": ((int,), True, True),
}


def _type_names(types: tuple[type, ...], optional: bool) -> str:
    names = [t.__name__ for t in types] + (["None"] if optional else [])
    return " or ".join(names)


def check_value(function: str, name: str, value: Any) -> None:
    """Raise ``TypeError`` when ``value`` is not of the type keyword ``name`` takes, ``ValueError`` when a count
    is not positive (``True`` is no count, though ``bool`` is an ``int``)."""
    rule = KEYWORDS.get(name)
    if rule is None:
        return
    types, optional, positive = rule
    if value is None and optional:
        return
    if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
        raise TypeError(f"{function}() argument {name!r} must be {_type_names(types, optional)}, "
                        f"not {type(value).__name__}")
    if positive and isinstance(value, int) and value < 1:
        raise ValueError(f"{function}() argument {name!r} must be positive, not {value!r}")


def check_call(function: str, signature: inspect.Signature, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Raise ``TypeError`` for a call ``signature`` does not accept (an unknown keyword, a missing input) and
    check every keyword's value (``check_value``)."""
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError as exc:  # "got an unexpected keyword argument 'foo'", "missing a required argument: 'raw'"
        raise TypeError(f"{function}() {exc}") from None
    for name, value in bound.arguments.items():
        check_value(function, name, value)
