from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_search_tool_result_error_error_code import (
    AnthropicWebSearchToolResultErrorErrorCode,
    check_anthropic_web_search_tool_result_error_error_code,
)
from ..models.anthropic_web_search_tool_result_error_type import (
    AnthropicWebSearchToolResultErrorType,
    check_anthropic_web_search_tool_result_error_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicWebSearchToolResultError(_ModelBase):
    """
    Example:
        {'error_code': 'unavailable', 'type': 'web_search_tool_result_error'}

    """

    error_code: AnthropicWebSearchToolResultErrorErrorCode
    type_: AnthropicWebSearchToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error_code", check_anthropic_web_search_tool_result_error_error_code),
        ("type", check_anthropic_web_search_tool_result_error_type, "type_"),
    )
