"""The generated models package loads each model on first use, and still offers every name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lazy_models import make_lazy


def test_importing_one_model_does_not_import_them_all() -> None:
    code = (
        "import sys; from modelgates_api.models.chat_request import ChatRequest; "
        "print(sum(m.startswith('modelgates_api.models.') for m in sys.modules))"
    )
    loaded = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    from modelgates_api import models

    assert loaded < len(models.__all__) / 4


def test_the_models_package_itself_is_small_and_type_checkers_see_every_model() -> None:
    from modelgates_api import models

    package = Path(models.__file__).parent
    # what the first import of any model runs: not the ~1,900-name index (it loads on the first name asked)
    assert (package / "__init__.py").stat().st_size < 2_000
    stub = (package / "__init__.pyi").read_text(encoding="utf-8")
    assert all(f" import {name} as {name}\n" in stub for name in models.__all__)


def test_every_exported_name_resolves_to_its_class() -> None:
    import importlib

    from modelgates_api import models
    from modelgates_api.models._index import MODULE_OF

    assert models.__all__ == tuple(MODULE_OF)
    for name in models.__all__:
        home = importlib.import_module(f"modelgates_api.models.{MODULE_OF[name]}")
        assert getattr(models, name) is getattr(home, name)
    assert sorted(dir(models)) == sorted(models.__all__)
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018


def test_make_lazy_rewrites_an_eager_init(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "alpha.py").write_text("class Alpha: ...\n", encoding="utf-8")
    (package / "beta_gamma.py").write_text("class BetaGamma: ...\n", encoding="utf-8")
    init = package / "__init__.py"
    init.write_text(
        '"""Models."""\n\nfrom .alpha import Alpha\nfrom .beta_gamma import BetaGamma\n\n'
        '__all__ = ("Alpha", "BetaGamma")\n',
        encoding="utf-8",
    )
    assert make_lazy(init) == 2
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import pkg; "
        "assert 'pkg.alpha' not in sys.modules; from pkg import BetaGamma; "
        "print(BetaGamma.__module__, 'pkg.alpha' in sys.modules, pkg.__all__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "pkg.beta_gamma False ('Alpha', 'BetaGamma')"


def test_make_lazy_refuses_an_export_it_cannot_place(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text('from .alpha import Alpha\n\n__all__ = ("Alpha", "Ghost")\n', encoding="utf-8")
    with pytest.raises(ValueError, match="Ghost"):
        make_lazy(init)


def test_every_name_the_generated_modules_export_exists() -> None:
    import modelgates_api.resources
    import modelgates_api.types

    for module in (modelgates_api.types, modelgates_api.resources):
        missing = [name for name in module.__all__ if not hasattr(module, name)]
        assert missing == [], f"{module.__name__}.__all__ names what it does not define: {missing}"
