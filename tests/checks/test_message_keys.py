import checks  # noqa: F401
from checks.registry import registered
from norms import available_years, load_norms


def test_every_website_criterion_has_a_check():
    norms = load_norms(2025)
    assert {c.id for c in norms.website_criteria()} <= set(registered())


def test_message_keys_exist_in_every_norm_file():
    for year in available_years():
        norms = load_norms(year)
        for cid, check in registered().items():
            crit = norms.criterion(cid)
            missing = [k for k in check.message_keys if k not in crit.messages]
            assert not missing, f"{year} {cid}: {missing}"
