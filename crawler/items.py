"""Items the spider yields: one per fetched page or document."""
from __future__ import annotations

from dataclasses import dataclass, field

from models.snapshot import Block, Page


@dataclass
class PageItem:
    page: Page
    site_blocks: list[Block] = field(default_factory=list)  # header/footer text of this page
