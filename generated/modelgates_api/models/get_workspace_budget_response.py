from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.workspace_budget import WorkspaceBudget


@_attrs_define(repr=False, eq=False)
class GetWorkspaceBudgetResponse(_ModelBase):
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

    _json_fields_ = (
        "data",
        "include_byok_in_budgets",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = WorkspaceBudget.from_dict(d.pop("data"))

            _at_field_ = "include_byok_in_budgets"
            include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_workspace_budget_response = cls(
            data=data,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        get_workspace_budget_response.additional_properties = d
        return get_workspace_budget_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    WorkspaceBudget = _LazyModel(globals(), "modelgates_api.models.workspace_budget", "WorkspaceBudget")
