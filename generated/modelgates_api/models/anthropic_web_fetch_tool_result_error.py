from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_fetch_tool_result_error_error_code import (
    AnthropicWebFetchToolResultErrorErrorCode,
    check_anthropic_web_fetch_tool_result_error_error_code,
)
from ..models.anthropic_web_fetch_tool_result_error_type import (
    AnthropicWebFetchToolResultErrorType,
    check_anthropic_web_fetch_tool_result_error_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicWebFetchToolResultError(_ModelBase):
    """
    Example:
        {'error_code': 'unavailable', 'type': 'web_fetch_tool_result_error'}

    """

    error_code: AnthropicWebFetchToolResultErrorErrorCode
    type_: AnthropicWebFetchToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error_code", check_anthropic_web_fetch_tool_result_error_error_code),
        ("type", check_anthropic_web_fetch_tool_result_error_type, "type_"),
    )
