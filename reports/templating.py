"""The one Jinja2 environment of all reports (autoescaped), with the Dutch display labels."""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

STATUS_CLASS = {
    "voldoet": "ok",
    "voldoet_bijna": "bijna",
    "voldoet_niet": "niet",
    "niet_beoordeeld": "nb",
    "todo": "nb",
    "excelleert": "ok",
}
STATUS_LABEL = {
    "voldoet": "Voldoet",
    "voldoet_bijna": "Voldoet bijna",
    "voldoet_niet": "Voldoet (nog) niet",
    "niet_beoordeeld": "Niet beoordeeld",
    "todo": "Nog te beoordelen",
    "excelleert": "Excelleert",
}
STATUS_ICON = {"voldoet": "✔", "voldoet_bijna": "✘", "voldoet_niet": "✘", "niet_beoordeeld": "?", "todo": "?", "excelleert": "✔"}
NORM_LABEL = {"groen": "Groen", "oranje": "Oranje", "onvolledig": "Onvolledig"}
SOURCE_LABEL = {
    "website": "Websitecheck",
    "reviewer": "Reviewer (zelfevaluatie)",
    "override": "Websitecheck, besluit reviewer",
}
PDCA = {"plan": "Plan", "do": "Do", "check": "Check", "act": "Act"}
CRAWL_STATUS = {"ok": "volledig gelezen", "partial": "gedeeltelijk gelezen", "failed": "niet gelezen"}
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def dutch_date(value) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def percentage(value) -> str:
    return f"{round(float(value) * 100)}%"


def filesize(value) -> str:
    """Bytes as a Dutch size: 950 B, 62 kB, 1,4 MB."""
    n = int(value)
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{round(n / 1024)} kB"
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        STATUS_CLASS=STATUS_CLASS, STATUS_LABEL=STATUS_LABEL, STATUS_ICON=STATUS_ICON, NORM_LABEL=NORM_LABEL,
        SOURCE_LABEL=SOURCE_LABEL, PDCA=PDCA, CRAWL_STATUS=CRAWL_STATUS,
    )
    env.filters["datum"] = dutch_date
    env.filters["pct"] = percentage
    env.filters["filesize"] = filesize
    return env
