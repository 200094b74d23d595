"""Fast constructors for the frozen, slotted dataclasses built once per block (``Block``, ``Evidence``, ``Span``).

A frozen dataclass's generated ``__init__`` sets every field through ``object.__setattr__``, a lookup and
a call per field: a fifth of a text page's time went into freezing its blocks, half of an HTML page's
draft building into ``Evidence``. ``fast_constructor(cls)`` returns a function taking the fields in
declaration order that writes them through the slot descriptors instead. It is generated from
``dataclasses.fields(cls)`` (as dataclasses generate ``__init__``), so it cannot fall out of step with the
class; the object is the same one ``cls(...)`` builds, equal and hashed alike, and still frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """``fast_constructor(Span)(1, 2, None) == Span(1, 2, None)``; every field is required, positionally."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
    source = (f"def build({', '.join(names)}):\n    obj = _new(_cls)\n"
              + "".join(f"    _set_{name}(obj, {name})\n" for name in names)
              + "    return obj\n")
    exec(source, namespace)
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = build.__name__ = f"new_{cls.__name__}"
    return build
