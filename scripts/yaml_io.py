"""YAML in and out for the spec scripts, through libyaml when PyYAML was built with it.

The assembled spec is 1.3 MB: the pure-Python loader takes ~1.8 s to read it and the dumper ~0.9 s
to write it; libyaml's take a quarter of that and give the same document and the same bytes. Both
are safe loaders. (``modelgates.testing`` does the same for the spec it ships; the scripts keep
their own so that they never import the package they generate.)
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["dump", "load"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load(text: str | bytes) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader either way


def dump(document: Any) -> str:
    """Block style, keys in the document's order, unicode kept, lines folded at 120 columns."""
    return yaml.dump(document, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=120)
