"""A made-up story about dredging a harbour basin, three wrapped-length paragraphs, shared by the text-dump tests
of dump syntax and grid-drawn tables."""

from __future__ import annotations

PARAGRAPHS = [
    "The harbour board approved a plan on Tuesday to dredge the inner basin for the first time in twenty "
    "years, after fishing boats ran aground twice during the spring tides and the ferry had to wait outside.",
    "Work starts in October and should take six weeks, the board said, while the fish market moves to the "
    "north quay and the boats that stay in the basin all winter are towed to the outer moorings.",
    "Skippers welcomed the plan but asked why it had taken so long, since the silt had been building up "
    "behind the sea wall ever since the storm of two winters ago broke the old sluice gate.",
]
