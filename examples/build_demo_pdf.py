"""Regenerate the demo site's PDF (kwaliteitsstatuut) from its HTML source.

    python examples/build_demo_pdf.py [output.pdf]

Source: examples/demo-site-src/kwaliteitsstatuut.html; default output:
examples/demo-site/kwaliteitsstatuut.pdf. Uses only local fonts (DejaVu) and refuses every
non-local resource, so the build never touches the network.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "demo-site-src" / "kwaliteitsstatuut.html"
TARGET = HERE / "demo-site" / "kwaliteitsstatuut.pdf"


def _local_only(url: str, *args: object, **kwargs: object) -> dict:
    from weasyprint.urls import default_url_fetcher

    if not url.startswith(("file:", "data:")):
        raise ValueError(f"niet-lokale bron geweigerd: {url}")
    return default_url_fetcher(url, *args, **kwargs)


def build(source: Path = SOURCE, target: Path = TARGET) -> Path:
    from weasyprint import HTML

    target.parent.mkdir(parents=True, exist_ok=True)
    HTML(filename=str(source), url_fetcher=_local_only).write_pdf(str(target))
    return target


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else TARGET
    out = build(SOURCE, target)
    print(f"{out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
