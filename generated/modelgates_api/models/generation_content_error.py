from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt
else:
    GenerationContentErrorAttempt = _LazyModel(
        globals(), "generation_content_error_attempt", "GenerationContentErrorAttempt"
    )


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

    _required_ = (
        (
            "message",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("previous_errors", _list_field(_model_field(GenerationContentErrorAttempt))),
        (
            "provider_name",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "raw",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "status",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
