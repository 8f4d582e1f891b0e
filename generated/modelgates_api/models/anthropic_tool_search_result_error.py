from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_server_tool_error_code import (
    AnthropicServerToolErrorCode,
    check_anthropic_server_tool_error_code,
)
from ..models.anthropic_tool_search_result_error_type import (
    AnthropicToolSearchResultErrorType,
    check_anthropic_tool_search_result_error_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "error_code",
        "error_message",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error_code"
            error_code = check_anthropic_server_tool_error_code(d.pop("error_code"))

            _at_field_ = "error_message"
            error_message = d.pop("error_message")
            if not isinstance(error_message, (str, _NoneType)):
                error_message = _parse_union(
                    error_message,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_tool_search_result_error_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_tool_search_result_error = cls(
            error_code=error_code,
            error_message=error_message,
            type_=type_,
        )

        anthropic_tool_search_result_error.additional_properties = d
        return anthropic_tool_search_result_error
