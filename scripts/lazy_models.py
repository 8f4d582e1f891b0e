"""Rewrite the generated ``models/__init__.py`` so each model is imported on first use (PEP 562).

The generator's ``models/__init__.py`` imports all ~270 model modules, and Python runs it
before any single model module can load: the first chat call paid ~200 ms importing models it
never touches. The rewritten file keeps the same names (``from modelgates_api.models import X``
and ``__all__`` work as before; type checkers still see every import) but loads a module only
when one of its names is asked for. Deterministic: the output depends only on the input file.
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["make_lazy"]

HEADER = '''"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): scripts/lazy_models.py rewrote the generator's
eager version of this file, so importing one model does not import them all. The names and their
modules are in ``_index.py``, read on the first name asked for; type checkers read ``__init__.pyi``.
"""

import importlib
from typing import Any

'''

FOOTER = """
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
"""


def make_lazy(init_file: Path) -> int:
    """Rewrite ``init_file`` in place; returns how many names became lazy."""
    tree = ast.parse(init_file.read_text(encoding="utf-8"))
    module_of: dict[str, str] = {}
    exported: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                module_of[alias.asname or alias.name] = node.module
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            exported = [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    missing = sorted(set(exported) - set(module_of))
    if missing:
        raise ValueError(f"{init_file}: __all__ names without an import: {', '.join(missing)}")
    # The package runs its __init__ before any of its models can load, so the first call of every
    # operation paid for the whole index (~290 KB of bytecode, 2.6 ms): now only the name asked for is.
    init_file.write_text(HEADER + FOOTER, encoding="utf-8")
    index = ["# The module of each model name (scripts/lazy_models.py), in the generator's order.\n\nMODULE_OF = {\n"]
    index += [f"    {name!r}: {module_of[name]!r},\n" for name in exported]
    index.append("}\n")
    (init_file.parent / "_index.py").write_text("".join(index), encoding="utf-8")
    stub = ['"""What type checkers see of the lazily imported models (scripts/lazy_models.py)."""\n\n']
    stub += [f"from .{module_of[name]} import {name} as {name}\n" for name in exported]
    stub.append("\n__all__ = [\n")
    stub += [f"    {name!r},\n" for name in exported]
    stub.append("]\n")
    (init_file.parent / "__init__.pyi").write_text("".join(stub), encoding="utf-8")
    return len(exported)
