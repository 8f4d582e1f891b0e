from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_error_type import ApiErrorType, check_api_error_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "message",
        ("type_", "type"),
        "error_type",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "message"
            message = d.pop("message")

            _at_field_ = "type"
            type_ = d.pop("type")

            _at_field_ = "error_type"
            _error_type = d.pop("error_type", UNSET)
            error_type: ApiErrorType | Unset
            if isinstance(_error_type, Unset):
                error_type = UNSET
            else:
                error_type = check_api_error_type(_error_type)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_error_event_error = cls(
            message=message,
            type_=type_,
            error_type=error_type,
        )

        messages_error_event_error.additional_properties = d
        return messages_error_event_error
