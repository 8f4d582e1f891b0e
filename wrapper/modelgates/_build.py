"""Turn a call's keyword arguments into the generated request model, refusing bad input early.

Arguments may be plain dicts or the generated attrs models, mixed freely. They are parsed with
the generated ``from_dict`` (so the wrapper never restates a field of the spec), and the result
is checked against the input: a key the model does not know would otherwise be dropped without
a word (a typo such as ``"rol"`` sent as nothing), so it is refused with its path instead.

Enums are open (the generated templates): a value the spec does not list for a string field is
sent as given, with one debug line on the ``modelgates`` logger. A value that fits nowhere (a
message whose role is a typo, a missing required field) is refused in one line naming the field,
what was given and what is accepted: ``messages[1]: role 'robot' is not one of system, ...``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["RequestBody", "build_body", "plain"]


class _Model(Protocol):
    """What every generated attrs model offers."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


ModelT = TypeVar("ModelT", bound=_Model)


_SCALARS = (str, int, float, bool, type(None))


def plain(value: Any) -> Any:
    """The JSON-ready form of a value that may hold generated models anywhere inside."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


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


# RecursionError: a caller's value nested thousands deep (or a cycle), refused like any other bad shape.
_BAD_INPUT = (KeyError, TypeError, ValueError, AttributeError, RecursionError)
_log = logging.getLogger("modelgates")


def _invalid(name: str, exc: Exception) -> InvalidRequestError:
    """One line: the field, what was given, what is accepted (a generated ``SpecError`` says all three)."""
    from modelgates_api.types import SpecError

    detail = str(exc) if isinstance(exc, SpecError) else f"{type(exc).__name__}: {exc}".rstrip(": ")
    return InvalidRequestError(f"invalid {name}: {' '.join(detail.split())}")


class RequestBody(Generic[ModelT]):
    """A call's body as the generated model, plus what the caller gave, to check the serialized form."""

    __slots__ = ("model", "sent")

    def __init__(self, model: ModelT, sent: dict[str, Any]) -> None:
        self.model = model
        self.sent = sent

    def serialize(self, build_kwargs: Callable[[ModelT], dict[str, Any]]) -> dict[str, Any]:
        """The generated request builder's kwargs, refused if the JSON lost a field the caller gave."""
        name = type(self.model).__name__
        try:
            kwargs = build_kwargs(self.model)
        except _BAD_INPUT as exc:  # the generated to_dict meets a value of the wrong shape
            raise _invalid(name, exc) from exc
        built = kwargs.get("json")
        # Equal is the common case and a C-speed comparison; only a difference needs the walk.
        if built != self.sent:
            missing = _dropped(self.sent, built, "")
            if missing:
                raise InvalidRequestError(
                    f"invalid {name}: unknown field {missing!r} (not in the API spec; nothing was sent)"
                )
        return kwargs


def build_body(model: type[ModelT], fields: Mapping[str, Any]) -> RequestBody[ModelT]:
    """The generated request model for ``fields`` (None values mean "not set")."""
    from modelgates_api.types import request_parsing, scalar_mismatch

    sent = {key: plain(value) for key, value in fields.items() if value is not None}
    mismatch = scalar_mismatch(model, sent)  # from_dict takes a plain field's value as it is (model=5)
    if mismatch is not None:
        raise _invalid(model.__name__, mismatch)
    try:
        with request_parsing() as unlisted:
            parsed = model.from_dict(sent)
    except _BAD_INPUT as exc:
        raise _invalid(model.__name__, exc) from exc
    if unlisted:
        _log.debug("%s: sending values the spec does not list: %s", model.__name__, "; ".join(unlisted))
    return RequestBody(parsed, sent)
