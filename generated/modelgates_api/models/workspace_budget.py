from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, guarded as _guarded, union_field as _union_field


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

    _required_ = (
        "created_at",
        "id",
        "limit_usd",
        (
            "reset_interval",
            _union_field(
                (
                    (
                        "WorkspaceBudgetResetIntervalType1",
                        _guarded((str,), check_workspace_budget_reset_interval_type_1),
                    ),
                    (
                        "WorkspaceBudgetResetIntervalType2Type1",
                        _guarded((str,), check_workspace_budget_reset_interval_type_2_type_1),
                    ),
                    (
                        "WorkspaceBudgetResetIntervalType3Type1",
                        _guarded((str,), check_workspace_budget_reset_interval_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "updated_at",
        "workspace_id",
    )
