from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_task_budget_type_0_type import (
    MessagesOutputConfigTaskBudgetType0Type,
    check_messages_output_config_task_budget_type_0_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "total",
        ("type_", "type"),
        "remaining",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "total"
            total = d.pop("total")

            _at_field_ = "type"
            type_ = check_messages_output_config_task_budget_type_0_type(d.pop("type"))

            _at_field_ = "remaining"
            remaining = d.pop("remaining", UNSET)
            if not isinstance(remaining, (int, _NoneType, Unset)):
                remaining = _parse_union(
                    remaining,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_output_config_task_budget_type_0 = cls(
            total=total,
            type_=type_,
            remaining=remaining,
        )

        messages_output_config_task_budget_type_0.additional_properties = d
        return messages_output_config_task_budget_type_0
