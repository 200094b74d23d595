"""The batch recipes in docs/recipes import and run: the framework-free functions on made-up rows (a hanging or
broken page included), the datatrove and warcio ones when those libraries are installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

RECIPES = Path(__file__).resolve().parents[1] / "docs" / "recipes"
PAGE = ("<html><head><title>Ferry timetable agreed</title></head><body><article><h1>Ferry timetable agreed</h1>"
        + "<p>The harbour committee met on Tuesday to agree the summer timetable for the ferries.</p>" * 6
        + "</article></body></html>")
BROKEN = "\x00\x01\x02 not a page"
TITLE = "Ferry timetable agreed"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"recipe_{name}", RECIPES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_recipe_is_listed_in_the_doc() -> None:
    doc = (RECIPES.parent / "batch-recipes.md").read_text(encoding="utf-8")
    assert all(f"recipes/{path.name}" in doc for path in RECIPES.glob("*.py"))


def test_scrapy_pipeline() -> None:
    pipeline = load("scrapy_pipeline").PagesplitPipeline()
    item = pipeline.process_item({"url": "https://example.org/a", "html": PAGE})
    assert item["title"] == TITLE and item["error"] is None and "summer timetable" in item["text"]
    assert pipeline.process_item({"url": "https://example.org/b", "html": BROKEN})["error"] == "decode"


def test_spark_partition() -> None:
    spark = load("spark")
    rows = [{"id": 1, "url": "https://example.org/a", "html": PAGE}, {"id": 2, "url": None, "html": BROKEN}]
    out = list(spark.split_partition(iter(rows)))
    assert [row["id"] for row in out] == ["1", "2"]
    assert spark.page_of(out[0])["article"]["title"] == TITLE
    assert out[1]["error_kind"] == "decode" and spark.page_of(out[1]) is None


def test_ray_data_batch() -> None:
    out = load("ray_data").split_batch({"id": ["a", "b"], "url": ["https://example.org/a", None],
                                        "html": [PAGE, BROKEN]})
    assert out["error_kind"] == [None, "decode"] and out["page"][0] is not None


def test_hf_datasets_columns() -> None:
    out = load("hf_datasets").split_columns({"url": ["https://example.org/a", None], "html": [PAGE, BROKEN]})
    assert out["title"] == [TITLE, None] and out["error"] == [None, "decode"]
    assert out["html"] == [PAGE, BROKEN]  # the input columns stay


def test_warcio_reader(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="the recipe reads with warcio")
    from pagesplit.batch import run
    from test_batch_warc import make_warc

    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    results = list(run(load("warcio_reader").warc_items(str(path)), isolate=False))
    assert [r.url for r in results] == ["https://example.org/a", "https://example.org/c", "https://example.org/d"]
    assert results[0].page is not None and results[0].page.article is not None


def test_datatrove_step() -> None:
    pytest.importorskip("datatrove", reason="the recipe is a datatrove PipelineStep")
    from datatrove.data import Document

    step = load("datatrove_step").PagesplitStep()
    documents: list[Any] = [Document(text=PAGE, id="a", metadata={"url": "https://example.org/a"}),
                            Document(text=BROKEN, id="b", metadata={})]
    out = list(step.run(iter(documents)))
    assert [document.metadata["title"] for document in out] == [TITLE]
