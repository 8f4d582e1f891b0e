"""Makes ``scripts/`` importable from every test (the pipeline modules, the seed examples), and sets
the Hypothesis profiles.

Profiles (``HYPOTHESIS_PROFILE``): ``default`` (what ``make test`` runs: few examples, derandomized,
no example database, no deadline, so that a run on a busy machine is the same run as on an idle one)
and ``deep`` (``make test-deep``: many examples, still without a database or deadline).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

# Health checks that measure time (too_slow) or size flake on a loaded machine: not checked.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "default", max_examples=20, derandomize=True, database=None, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "deep", max_examples=1000, derandomize=False, database=None, deadline=None, suppress_health_check=_QUIET
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
