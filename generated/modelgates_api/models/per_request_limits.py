from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class PerRequestLimits(_ModelBase):
    """Per-request token limits

    Example:
        {'completion_tokens': 1000, 'prompt_tokens': 1000}

    Attributes:
        completion_tokens (float): Maximum completion tokens per request Example: 1000.
        prompt_tokens (float): Maximum prompt tokens per request Example: 1000.
    """

    completion_tokens: float
    prompt_tokens: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "completion_tokens",
        "prompt_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "completion_tokens"
            completion_tokens = d.pop("completion_tokens")

            _at_field_ = "prompt_tokens"
            prompt_tokens = d.pop("prompt_tokens")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        per_request_limits = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
        )

        per_request_limits.additional_properties = d
        return per_request_limits
