from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.workspace_budget import WorkspaceBudget
else:
    WorkspaceBudget = _LazyModel(globals(), "workspace_budget", "WorkspaceBudget")


@_attrs_define(repr=False, eq=False)
class UpsertWorkspaceBudgetResponse(_ModelBase):
    """
    Example:
        {'data': {'created_at': '2025-08-24T10:30:00Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'limit_usd': 100,
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}, 'include_byok_in_budgets': True}

    Attributes:
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) spend is included when enforcing the
            workspace's budgets. This is a workspace-wide setting that applies to all budget intervals (daily, weekly,
            monthly, and lifetime). Example: True.
    """

    data: WorkspaceBudget
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(WorkspaceBudget)),)
    _optional_ = ("include_byok_in_budgets",)
