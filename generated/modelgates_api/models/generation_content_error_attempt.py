from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "code",
        "message",
        "provider_name",
        "raw",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = d.pop("code")

            _at_field_ = "message"
            message = d.pop("message")

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

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_content_error_attempt = cls(
            code=code,
            message=message,
            provider_name=provider_name,
            raw=raw,
        )

        generation_content_error_attempt.additional_properties = d
        return generation_content_error_attempt
