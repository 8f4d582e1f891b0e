from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_server_tool_error_code import (
    AnthropicServerToolErrorCode,
    check_anthropic_server_tool_error_code,
)
from ..models.anthropic_tool_search_result_error_type import (
    AnthropicToolSearchResultErrorType,
    check_anthropic_tool_search_result_error_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicToolSearchResultError(_ModelBase):
    """
    Example:
        {'error_code': 'unavailable', 'error_message': None, 'type': 'tool_search_tool_result_error'}

    """

    error_code: AnthropicServerToolErrorCode
    error_message: None | str
    type_: AnthropicToolSearchResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error_code", check_anthropic_server_tool_error_code),
        (
            "error_message",
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
        ("type", check_anthropic_tool_search_result_error_type, "type_"),
    )
