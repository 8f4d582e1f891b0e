from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_budget_reset_interval_type_1 import (
    WorkspaceBudgetResetIntervalType1,
    check_workspace_budget_reset_interval_type_1,
)
from ..models.workspace_budget_reset_interval_type_2_type_1 import (
    WorkspaceBudgetResetIntervalType2Type1,
    check_workspace_budget_reset_interval_type_2_type_1,
)
from ..models.workspace_budget_reset_interval_type_3_type_1 import (
    WorkspaceBudgetResetIntervalType3Type1,
    check_workspace_budget_reset_interval_type_3_type_1,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class WorkspaceBudget(_ModelBase):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'limit_usd': 100,
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the budget was created Example: 2025-08-24T10:30:00Z.
        id (str): Unique identifier for the budget Example: 770e8400-e29b-41d4-a716-446655440000.
        limit_usd (float): Spending limit in USD for this interval Example: 100.
        reset_interval (None | WorkspaceBudgetResetIntervalType1 | WorkspaceBudgetResetIntervalType2Type1 |
            WorkspaceBudgetResetIntervalType3Type1): Interval at which spend resets. Null means a lifetime (one-time)
            budget. Example: monthly.
        updated_at (str): ISO 8601 timestamp of when the budget was last updated Example: 2025-08-24T15:45:00Z.
        workspace_id (str): ID of the workspace the budget belongs to Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    created_at: str
    id: str
    limit_usd: float
    reset_interval: (
        None
        | WorkspaceBudgetResetIntervalType1
        | WorkspaceBudgetResetIntervalType2Type1
        | WorkspaceBudgetResetIntervalType3Type1
    )
    updated_at: str
    workspace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "created_at",
        "id",
        "limit_usd",
        "reset_interval",
        "updated_at",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "limit_usd"
            limit_usd = d.pop("limit_usd")

            _at_field_ = "reset_interval"
            reset_interval = d.pop("reset_interval")
            if not isinstance(reset_interval, (_NoneType,)):

                def _reset_interval_member_1(data: object) -> WorkspaceBudgetResetIntervalType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    reset_interval_type_1 = check_workspace_budget_reset_interval_type_1(data)

                    return reset_interval_type_1

                def _reset_interval_member_2(data: object) -> WorkspaceBudgetResetIntervalType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    reset_interval_type_2_type_1 = check_workspace_budget_reset_interval_type_2_type_1(data)

                    return reset_interval_type_2_type_1

                def _reset_interval_member_3(data: object) -> WorkspaceBudgetResetIntervalType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    reset_interval_type_3_type_1 = check_workspace_budget_reset_interval_type_3_type_1(data)

                    return reset_interval_type_3_type_1

                reset_interval = _parse_union(
                    reset_interval,
                    (
                        ("WorkspaceBudgetResetIntervalType1", _reset_interval_member_1),
                        ("WorkspaceBudgetResetIntervalType2Type1", _reset_interval_member_2),
                        ("WorkspaceBudgetResetIntervalType3Type1", _reset_interval_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        workspace_budget = cls(
            created_at=created_at,
            id=id,
            limit_usd=limit_usd,
            reset_interval=reset_interval,
            updated_at=updated_at,
            workspace_id=workspace_id,
        )

        workspace_budget.additional_properties = d
        return workspace_budget
