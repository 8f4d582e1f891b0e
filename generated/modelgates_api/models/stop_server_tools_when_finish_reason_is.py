from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stop_server_tools_when_finish_reason_is_type import (
    StopServerToolsWhenFinishReasonIsType,
    check_stop_server_tools_when_finish_reason_is_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenFinishReasonIs(_ModelBase):
    """Stop when the upstream model emits this finish reason (e.g. `length`).

    Example:
        {'reason': 'length', 'type': 'finish_reason_is'}

    """

    reason: str
    type_: StopServerToolsWhenFinishReasonIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "reason",
        ("type", check_stop_server_tools_when_finish_reason_is_type, "type_"),
    )
