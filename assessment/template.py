"""The review template: a review file pre-filled from a scan report, for the reviewer to complete.

Every reviewer criterion is listed with ``status: todo`` and its Dutch wording as a comment; the
website findings are summarised as comments, each with a ready override to uncomment. The text is
valid YAML as written (it loads as a review with every criterion still ``todo``).
"""
from __future__ import annotations

import json
import textwrap
from datetime import date

from models.assessment import Assessment
from models.norms import Criterion, NormSet
from models.report import SiteReport

WIDTH = 100
PDCA = {"plan": "Plan", "do": "Do", "check": "Check", "act": "Act"}


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str, indent: str = "  ", prefix: str = "") -> list[str]:
    lines = textwrap.wrap(
        " ".join(text.split()),
        width=WIDTH - len(indent) - 2,
        initial_indent=prefix,
        subsequent_indent=" " * len(prefix),
        break_on_hyphens=False,
    )
    return [f"{indent}# {line}".rstrip() for line in lines] or [f"{indent}#"]


def _criterion_header(c: Criterion) -> list[str]:
    phase = f" ({PDCA.get(c.pdca, c.pdca)})" if c.pdca else ""
    return [f"  # {c.id}{phase} {c.title}"] + _comment(c.wording, prefix="  ")


def render_review_template(
    report: SiteReport,
    norms: NormSet,
    *,
    provider: str = "",
    round_: int = 1,
    previous: Assessment | None = None,
    previous_path: str = "",
    today: date | None = None,
) -> str:
    today = today or date.today()
    labels = norms.status_labels
    findings = {f.criterion: f for f in report.findings}
    prev = {c.criterion: c for n in previous.norms for c in n.criteria} if previous else {}
    round_name = "herkwalificatie" if round_ == 2 else "kwalificatie"
    out: list[str] = [
        f"# Reviewbestand {norms.title}, ronde {round_} ({round_name}).",
        f"# Website: {report.url} (gescand op {report.scanned_at:%Y-%m-%d}, normdata {report.norm_version}).",
        *_comment(f"Keurmerk {norms.keurmerk_year}: {norms.framework_notice}.", indent=""),
        "#",
        "# Vul per criterium de status in: voldoet | voldoet_bijna | voldoet_niet | niet_beoordeeld"
        + (" | excelleert" if "excelleert" in labels else ""),
        "# ('todo' = nog te beoordelen). Schrijf bij voldoet_bijna en voldoet_niet in 'toelichting' wat er",
        "# ontbreekt en waarom, en in 'actie' wat de aanbieder moet doen om alsnog te voldoen.",
        "# Een norm is groen als alle criteria voldoen; de aanbieder kwalificeert als alle normen groen zijn.",
        "# Maak daarna het rapport met:",
        "#   keurmerk-scan assess SCAN_REPORT --review DIT_BESTAND --out MAP",
        "",
        f"provider: {_q(provider)}" + ("" if provider else "   # vul de naam van de GGZ-aanbieder in"),
        f"keurmerk_year: {norms.keurmerk_year}",
        f"round: {round_}                       # 1 = kwalificatie, 2 = herkwalificatie",
        f"website: {_q(report.site)}",
        'reviewer: ""                   # uw naam; geldt voor de overrides hieronder',
    ]
    if round_ == 2:
        if previous_path:
            out.append(f"previous_assessment: {_q(previous_path)}   # beoordeling van ronde 1")
        else:
            out.append('# previous_assessment: "pad/naar/ronde-1/assessment.json"   # beoordeling van ronde 1')
    out += ["", "# ---------------------------------------------------------------- reviewercriteria", "criteria:"]
    for norm in norms.norms:
        crits = [c for c in norms.criteria if c.norm == norm.id and c.judged_by == "reviewer"]
        if not crits:
            continue
        out += ["", f"  # === Norm {norm.id} ({norm.level}): {norm.title} ==="]
        for c in crits:
            out += _criterion_header(c)
            for key in ("voldoet", "voldoet_bijna", "voldoet_niet", "excelleert"):
                if key in c.levels:
                    out += _comment(c.levels[key], prefix=f"  {labels.get(key, key)}: ")
            if c.id in prev:
                p = prev[c.id]
                out += _comment(p.toelichting or "-", prefix=f"  Ronde 1: {labels.get(p.status, p.status)}. ")
            out += [f"  {_q(c.id)}:", "    status: todo", '    toelichting: ""', '    actie: ""', ""]

    out += [
        "# ---------------------------------------------------------------- websitecriteria",
        "# De websitecriteria zijn automatisch beoordeeld; hieronder per criterium de uitkomst.",
        "# Wilt u een oordeel wijzigen (bijvoorbeeld omdat de informatie in een document staat dat de",
        "# scan niet vond), haal dan het '#' weg voor de override van dat criterium en vul die in.",
        "# Zowel het automatische oordeel als uw besluit (met naam en datum) komen in het rapport.",
        "overrides:",
    ]
    for c in norms.website_criteria():
        f = findings.get(c.id)
        out += [""] + _criterion_header(c)
        if f is None:
            out += ["  # Automatisch: niet beoordeeld (geen oordeel in het scanrapport)."]
            suggested = "voldoet"
        else:
            flag = " Controle door een reviewer aanbevolen." if f.needs_review else ""
            out += _comment(
                f"Automatisch: {labels.get(f.status, f.status)} (zekerheid {f.confidence:.2f}).{flag}", prefix="  "
            )
            out += _comment(f.reason, prefix="  Reden: ")
            if f.action:
                out += _comment(f.action, prefix="  Actie: ")
            for ev in f.evidence[:3]:
                out += _comment(f'{ev.url} — "{ev.quote}"', prefix="  Bewijs: ")
            suggested = "voldoet" if f.status != "voldoet" else "voldoet_niet"
        if c.id in prev:
            p = prev[c.id]
            out += _comment(p.toelichting or "-", prefix=f"  Ronde 1: {p.status_label or p.status}. ")
        out += [
            f"  # {_q(c.id)}:",
            f"  #   status: {suggested}",
            '  #   toelichting: ""',
            '  #   reviewer: ""            # leeg = de reviewer bovenaan dit bestand',
            f"  #   datum: {today.isoformat()}",
        ]
    out.append("")
    return "\n".join(out)
