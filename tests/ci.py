"""What a test does when the machine lacks something it needs."""

from __future__ import annotations

import os
import sys

import pytest


def need(condition: bool, why: str) -> None:
    """Skip on a developer's machine, fail in CI (``CI`` set) on Linux, where ``.ci/run``
    installs everything and nothing may be skipped. (The Windows workflow has no coturn
    and no network namespaces: there such tests skip.)"""
    if condition:
        return
    if os.environ.get("CI") and sys.platform.startswith("linux"):
        pytest.fail(f"CI must be able to run this test: {why}")
    pytest.skip(why)
