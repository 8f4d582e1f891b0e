from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stop_server_tools_when_max_cost_type import (
    StopServerToolsWhenMaxCostType,
    check_stop_server_tools_when_max_cost_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenMaxCost(_ModelBase):
    """Stop once cumulative cost across the loop exceeds this dollar threshold.

    Example:
        {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}

    """

    max_cost_in_dollars: float
    type_: StopServerToolsWhenMaxCostType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "max_cost_in_dollars",
        ("type", check_stop_server_tools_when_max_cost_type, "type_"),
    )
