"""Turn a call's keyword arguments into the generated request model, refusing bad input early.

Arguments may be plain dicts or the generated attrs models, mixed freely. They are parsed with
the generated ``from_dict`` (so the wrapper never restates a field of the spec), and the result
is checked against the input: a key the model does not know would otherwise be dropped without
a word (a typo such as ``"rol"`` sent as nothing), so it is refused with its path instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["build_body", "plain"]


class _Model(Protocol):
    """What every generated attrs model offers."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


ModelT = TypeVar("ModelT", bound=_Model)


def plain(value: Any) -> Any:
    """The JSON-ready form of a value that may hold generated models anywhere inside."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _dropped(sent: Any, built: Any, path: str) -> str | None:
    """The first path present in ``sent`` but missing from ``built``, if any."""
    if isinstance(sent, Mapping) and isinstance(built, Mapping):
        for key, value in sent.items():
            where = f"{path}.{key}" if path else str(key)
            if key not in built:
                return where
            found = _dropped(value, built[key], where)
            if found:
                return found
    elif isinstance(sent, list) and isinstance(built, list):
        for index, (value, counterpart) in enumerate(zip(sent, built, strict=False)):
            found = _dropped(value, counterpart, f"{path}[{index}]")
            if found:
                return found
    return None


def build_body(model: type[ModelT], fields: Mapping[str, Any]) -> ModelT:
    """The generated request model for ``fields`` (None values mean "not set")."""
    sent = {key: plain(value) for key, value in fields.items() if value is not None}
    try:
        body = model.from_dict(sent)
        built = body.to_dict()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"invalid {model.__name__}: {type(exc).__name__}: {exc}") from exc
    missing = _dropped(sent, built, "")
    if missing:
        raise InvalidRequestError(
            f"invalid {model.__name__}: unknown field {missing!r} (not in the API spec; nothing was sent)"
        )
    return body
