from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_tool_result_error_error_code import (
    AnthropicWebFetchToolResultErrorErrorCode,
    check_anthropic_web_fetch_tool_result_error_error_code,
)
from ..models.anthropic_web_fetch_tool_result_error_type import (
    AnthropicWebFetchToolResultErrorType,
    check_anthropic_web_fetch_tool_result_error_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicWebFetchToolResultError(_ModelBase):
    """
    Example:
        {'error_code': 'unavailable', 'type': 'web_fetch_tool_result_error'}

    """

    error_code: AnthropicWebFetchToolResultErrorErrorCode
    type_: AnthropicWebFetchToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "error_code",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error_code"
            error_code = check_anthropic_web_fetch_tool_result_error_error_code(d.pop("error_code"))

            _at_field_ = "type"
            type_ = check_anthropic_web_fetch_tool_result_error_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_web_fetch_tool_result_error = cls(
            error_code=error_code,
            type_=type_,
        )

        anthropic_web_fetch_tool_result_error.additional_properties = d
        return anthropic_web_fetch_tool_result_error
