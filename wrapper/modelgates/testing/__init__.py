"""A local ModelGates-compatible server for tests, demos and benchmarks (needs the ``server`` extra)."""

from ._validation import SpecValidator, load_spec

__all__ = ["SpecValidator", "load_spec"]
