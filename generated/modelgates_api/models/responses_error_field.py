from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_error_field_code import ResponsesErrorFieldCode, check_responses_error_field_code
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ResponsesErrorField(_ModelBase):
    """Error information returned from the API

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.'}

    """

    code: ResponsesErrorFieldCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "code",
        "message",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = check_responses_error_field_code(d.pop("code"))

            _at_field_ = "message"
            message = d.pop("message")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        responses_error_field = cls(
            code=code,
            message=message,
        )

        responses_error_field.additional_properties = d
        return responses_error_field
