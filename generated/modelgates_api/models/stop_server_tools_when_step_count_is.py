from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stop_server_tools_when_step_count_is_type import (
    StopServerToolsWhenStepCountIsType,
    check_stop_server_tools_when_step_count_is_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenStepCountIs(_ModelBase):
    """Stop after the agent loop has executed this many steps.

    Example:
        {'step_count': 5, 'type': 'step_count_is'}

    """

    step_count: int
    type_: StopServerToolsWhenStepCountIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "step_count",
        ("type", check_stop_server_tools_when_step_count_is_type, "type_"),
    )
