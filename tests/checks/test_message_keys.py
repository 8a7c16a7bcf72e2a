import checks  # noqa: F401
from checks.registry import get_check, registered
from norms import available_years, load_norms


def test_every_website_criterion_names_a_registered_check():
    for year in available_years():
        norms = load_norms(year)
        for c in norms.website_criteria():
            assert c.check, f"{year} {c.id}: geen check-onderwerp"
            assert c.check in registered(), f"{year} {c.id}: onbekend check-onderwerp {c.check!r}"


def test_every_check_is_used_by_a_framework():
    used = {c.check for year in available_years() for c in load_norms(year).website_criteria()}
    assert set(registered()) == used


def test_message_keys_exist_in_every_norm_file():
    for year in available_years():
        norms = load_norms(year)
        for crit in norms.website_criteria():
            check = get_check(crit.check)
            missing = [k for k in check.message_keys if k not in crit.messages]
            assert not missing, f"{year} {crit.id}: {missing}"
