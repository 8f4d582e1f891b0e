from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_output_config_task_budget_type_0_type import (
    MessagesOutputConfigTaskBudgetType0Type,
    check_messages_output_config_task_budget_type_0_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class MessagesOutputConfigTaskBudgetType0(_ModelBase):
    """Task budget for an agentic turn. The model sees a countdown of remaining tokens and uses it to prioritize work and
    wind down gracefully. Advisory — does not enforce a hard cap.

        Example:
            {'total': 400000, 'type': 'tokens'}

    """

    total: int
    type_: MessagesOutputConfigTaskBudgetType0Type
    remaining: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "total",
        ("type", check_messages_output_config_task_budget_type_0_type, "type_"),
    )
    _optional_ = (
        (
            "remaining",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
