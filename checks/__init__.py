"""Checks: one detector per website criterion, each a pure function of the site snapshot.

Importing this package registers every check module listed in ``CHECK_MODULES``.
"""
from importlib import import_module

CHECK_MODULES = (
    "check_2b_06_bereikbaarheid",
    "check_2b_07_behandelaren",
    "check_2b_08_doelgroep",
    "check_2b_09_opbouw",
    "check_2b_10_kortdurend",
    "check_2b_11_methoden",
    "check_2b_12_ehealth",
    "check_2b_13_cqi",
    "check_samenwerking",  # topic-keyed, no 2025 criterion: Keurmerk 2021 criterion 3-3
)

for _name in CHECK_MODULES:
    import_module(f"checks.{_name}")
