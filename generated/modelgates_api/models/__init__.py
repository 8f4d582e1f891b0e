"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): scripts/lazy_models.py rewrote the generator's
eager version of this file, so importing one model does not import them all. The names and their
modules are in ``_index.py``, read on the first name asked for; type checkers read ``__init__.pyi``.
"""

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    from ._index import MODULE_OF

    if name == "__all__":
        value: Any = tuple(MODULE_OF)
    else:
        module = MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import MODULE_OF

    return sorted(MODULE_OF)
