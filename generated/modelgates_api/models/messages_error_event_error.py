from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.api_error_type import ApiErrorType, check_api_error_type
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class MessagesErrorEventError(_ModelBase):
    """
    Attributes:
        error_type (ApiErrorType | Unset): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
    """

    message: str
    type_: str
    error_type: ApiErrorType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "message",
        ("type", None, "type_"),
    )
    _optional_ = (("error_type", check_api_error_type),)
