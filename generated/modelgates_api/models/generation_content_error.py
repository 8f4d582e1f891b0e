from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt


@_attrs_define(repr=False, eq=False)
class GenerationContentError(_ModelBase):
    """The stored failure for this generation, or null when it succeeded

    Example:
        {'message': 'Timed out waiting for the provider', 'previous_errors': [{'code': 429, 'message': 'Provider
            returned error', 'provider_name': 'Google', 'raw': '{"error":{"code":429,"message":"Resource exhausted"}}'}],
            'provider_name': 'Vertex', 'raw': '{"error":{"code":504,"message":"Deadline exceeded"}}', 'status': 504}

    Attributes:
        message (None | str): Error message returned to the client Example: Timed out waiting for the provider.
        previous_errors (list[GenerationContentErrorAttempt]): Every upstream attempt that failed before the returned
            error, in attempt order
        provider_name (None | str): Provider whose error was returned to the client, when known Example: Vertex.
        raw (None | str): Raw error body behind the returned error, when stored Example:
            {"error":{"code":504,"message":"Deadline exceeded"}}.
        status (int | None): HTTP status returned to the client Example: 504.
    """

    message: None | str
    previous_errors: list[GenerationContentErrorAttempt]
    provider_name: None | str
    raw: None | str
    status: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "message",
        "previous_errors",
        "provider_name",
        "raw",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "message"
            message = d.pop("message")
            if not isinstance(message, (str, _NoneType)):
                message = _parse_union(
                    message,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "previous_errors"
            previous_errors = []
            _previous_errors = d.pop("previous_errors")
            for _previous_errors_item_data_index, previous_errors_item_data in enumerate(_as_list(_previous_errors)):
                try:
                    previous_errors_item = GenerationContentErrorAttempt.from_dict(previous_errors_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _previous_errors_item_data_index)
                previous_errors.append(previous_errors_item)

            _at_field_ = "provider_name"
            provider_name = d.pop("provider_name")
            if not isinstance(provider_name, (str, _NoneType)):
                provider_name = _parse_union(
                    provider_name,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "raw"
            raw = d.pop("raw")
            if not isinstance(raw, (str, _NoneType)):
                raw = _parse_union(
                    raw,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "status"
            status = d.pop("status")
            if not isinstance(status, (int, _NoneType)):
                status = _parse_union(
                    status,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_content_error = cls(
            message=message,
            previous_errors=previous_errors,
            provider_name=provider_name,
            raw=raw,
            status=status,
        )

        generation_content_error.additional_properties = d
        return generation_content_error


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    GenerationContentErrorAttempt = _LazyModel(
        globals(), "modelgates_api.models.generation_content_error_attempt", "GenerationContentErrorAttempt"
    )
