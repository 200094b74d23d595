"""Freezing drafts into public blocks: every field set, equal to what the dataclass constructor builds."""

from __future__ import annotations

from dataclasses import fields

import pytest

import pagesplit
from pagesplit import split_text
from pagesplit.model import Block, Span

DUMP = """Skip to content

A made-up headline about the harbour

By Ana Example

The harbour board said on Monday that the old pier would close for repairs until the spring.

Engineers found cracks in three of the supports during a routine check last month.

More For You

Another story about the town

A short summary of that other story.

Keep ReadingShow less
"""


def test_frozen_blocks_have_every_field_and_equal_constructed_blocks() -> None:
    page = split_text(DUMP, explain=True)
    assert page.teasers, "the dump has a card: the teaser fields are exercised"
    for block in page.blocks:
        values = {f.name: getattr(block, f.name) for f in fields(Block)}  # AttributeError if a slot is unset
        assert Block(**values) == block
        assert hash(Block(**values)) == hash(block)


def test_line_spans_are_shared_and_equal_to_new_ones() -> None:
    assert Span.lines(3, 4) is Span.lines(3, 4)
    assert Span.lines(3, 4) == Span(3, 4)
    assert str(Span.lines(5, 5)) == "line 5"


def test_line_spans_of_every_size_and_order() -> None:
    for n in (0, 1, 5, 3, 900, 4999, 5000, 12, 70_000):
        assert Span.lines(n, n) == Span(n, n)
        assert Span.lines(n, n + 2) == Span(n, n + 2)


def test_member_namespaces_hold_exactly_the_enum_members() -> None:
    from pagesplit.draft import Fact, Facts
    from pagesplit.members import Inputs, Kinds, Parts, Roles
    from pagesplit.model import BlockKind, InputKind, Role, TeaserPart

    for namespace, members in ((Roles, Role), (Kinds, BlockKind), (Parts, TeaserPart), (Inputs, InputKind),
                               (Facts, Fact)):
        # instances, whose attributes are the members (``dir``: a compiled build's instances have no ``__dict__``)
        names = {name for name in dir(namespace) if not name.startswith("_")}
        assert names == set(members.__members__), namespace
        for name in names:
            assert getattr(namespace, name) is members[name]


def test_builders_build_what_the_dataclass_builds() -> None:
    import dataclasses

    import pytest

    from pagesplit.frozen import new_block, new_span
    from pagesplit.model import BlockKind, Markup, Reason, Role, TeaserPart

    assert new_span(1, 2, None) == Span(1, 2) and hash(new_span(1, 2, None)) == hash(Span(1, 2))
    assert new_span(None, None, "body/p") == Span(path="body/p")
    assert type(new_span(1, 2, None)) is Span  # built as its open twin, then made a Span
    with pytest.raises(dataclasses.FrozenInstanceError):
        new_span(1, 1, None).start_line = 2  # type: ignore[misc]
    reason = Reason("teaser.card", "a card")
    markup = Markup.of(2)
    block = new_block(3, "A headline", BlockKind.HEADING, Role.TEASER, reason, Span(4, 4), 0, TeaserPart.TITLE,
                      (reason,), markup)
    assert block == Block(3, "A headline", BlockKind.HEADING, Role.TEASER, reason, Span(4, 4), 0, TeaserPart.TITLE,
                          (reason,), markup)
    assert type(block) is Block and hash(block) == hash(dataclasses.replace(block))
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]
    assert type(split_text(DUMP).blocks[0]) is Block


@pytest.mark.skipif(pagesplit.COMPILED, reason="mypyc-compiled functions have no signature to inspect; "
                    "the pure-Python test pass checks the same source")
def test_written_out_constructors_take_the_dataclass_fields_in_order() -> None:
    """``Evidence.__init__`` and the builders of ``frozen`` spell out every field: a field added, renamed or
    moved without them fails here (the builders take every field, with no defaults; the ``__init__`` keeps
    the fields' defaults)."""
    import dataclasses
    import inspect

    from pagesplit.draft import Evidence
    from pagesplit.frozen import new_block, new_span

    def params(function: object) -> list[inspect.Parameter]:
        return [p for p in inspect.signature(function).parameters.values() if p.name != "self"]  # type: ignore[arg-type]

    for function, cls in ((Evidence.__init__, Evidence), (new_block, Block), (new_span, Span)):
        assert [p.name for p in params(function)] == [f.name for f in fields(cls)], cls
        assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params(function))
    assert "__init__" in vars(Evidence)  # written out: dataclasses would otherwise generate it
    for p, f in zip(params(Evidence.__init__), fields(Evidence), strict=True):
        assert p.default == (inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default), f.name
    for function in (new_block, new_span):
        assert all(p.default is inspect.Parameter.empty for p in params(function))


def test_html_evidence_has_every_field_set() -> None:
    from pagesplit.draft import Evidence
    from pagesplit.frontend.html import blocks_from_html, parse

    drafts, _ = blocks_from_html(parse("<html><body><nav><a href='/a'>Home</a></nav><article><h1>A made-up title"
                                       "</h1><p class='credit'>Photo: A. Person</p><p>Some words of the story.</p>"
                                       "</article></body></html>"))
    assert len(drafts) == 4
    for d in drafts:
        assert d.dom is not None
        values = {f.name: getattr(d.dom, f.name) for f in fields(Evidence)}  # AttributeError if a slot is unset
        assert Evidence(**values) == d.dom


def test_open_twins_refuse_a_class_whose_layout_they_cannot_copy() -> None:
    import dataclasses

    import pytest

    from pagesplit.frozen import _open_twin

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived(Span):
        extra: int = 0

    for cls in (NoSlots, Derived):
        with pytest.raises(TypeError):
            _open_twin(cls)
