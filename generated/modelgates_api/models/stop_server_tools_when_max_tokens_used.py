from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_max_tokens_used_type import (
    StopServerToolsWhenMaxTokensUsedType,
    check_stop_server_tools_when_max_tokens_used_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenMaxTokensUsed(_ModelBase):
    """Stop once cumulative token usage across the loop exceeds this threshold.

    Example:
        {'max_tokens': 10000, 'type': 'max_tokens_used'}

    """

    max_tokens: int
    type_: StopServerToolsWhenMaxTokensUsedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "max_tokens",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "max_tokens"
            max_tokens = d.pop("max_tokens")

            _at_field_ = "type"
            type_ = check_stop_server_tools_when_max_tokens_used_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stop_server_tools_when_max_tokens_used = cls(
            max_tokens=max_tokens,
            type_=type_,
        )

        stop_server_tools_when_max_tokens_used.additional_properties = d
        return stop_server_tools_when_max_tokens_used
