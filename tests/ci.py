"""What a test does when the machine lacks something it needs."""

from __future__ import annotations

import os

import pytest


def need(condition: bool, why: str) -> None:
    """Skip on a developer's machine, fail in CI (``CI`` set), where ``.ci/run`` installs
    everything and nothing may be skipped."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must be able to run this test: {why}")
    pytest.skip(why)
