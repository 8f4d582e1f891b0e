from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class GenerationContentErrorAttempt(_ModelBase):
    """A single failed upstream attempt recorded for the generation

    Example:
        {'code': 429, 'message': 'Provider returned error', 'provider_name': 'Google', 'raw':
            '{"error":{"code":429,"message":"Resource exhausted"}}'}

    Attributes:
        code (int): HTTP status returned by this attempt Example: 429.
        message (str): Error message returned by this attempt Example: Provider returned error.
        provider_name (None | str): Provider that served this attempt, when known Example: Google.
        raw (None | str): Raw error body returned by the provider, when stored Example:
            {"error":{"code":429,"message":"Resource exhausted"}}.
    """

    code: int
    message: str
    provider_name: None | str
    raw: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "code",
        "message",
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
    )
