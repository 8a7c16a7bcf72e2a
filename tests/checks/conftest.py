"""Fixtures of the check tests; the snapshot builders live in ``check_helpers``."""
import pytest

from check_helpers import context


@pytest.fixture
def ctx():
    return context()
