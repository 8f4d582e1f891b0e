from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.responses_error_field_code import ResponsesErrorFieldCode, check_responses_error_field_code
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ResponsesErrorField(_ModelBase):
    """Error information returned from the API

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.'}

    """

    code: ResponsesErrorFieldCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("code", check_responses_error_field_code),
        "message",
    )
