from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stop_server_tools_when_max_tokens_used_type import (
    StopServerToolsWhenMaxTokensUsedType,
    check_stop_server_tools_when_max_tokens_used_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenMaxTokensUsed(_ModelBase):
    """Stop once cumulative token usage across the loop exceeds this threshold.

    Example:
        {'max_tokens': 10000, 'type': 'max_tokens_used'}

    """

    max_tokens: int
    type_: StopServerToolsWhenMaxTokensUsedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "max_tokens",
        ("type", check_stop_server_tools_when_max_tokens_used_type, "type_"),
    )
