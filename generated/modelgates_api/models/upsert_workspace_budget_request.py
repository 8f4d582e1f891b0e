from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UpsertWorkspaceBudgetRequest(_ModelBase):
    """
    Example:
        {'include_byok_in_budgets': True, 'limit_usd': 100}

    Attributes:
        limit_usd (float): Spending limit in USD. Must be greater than 0. Example: 100.
        include_byok_in_budgets (bool | Unset): Whether to include BYOK (bring-your-own-key) spend when enforcing the
            workspace's budgets. This is a workspace-wide setting: it applies to every budget interval (daily, weekly,
            monthly, and lifetime), not just the interval being upserted in this request. Omit to leave the current setting
            unchanged. Example: True.
    """

    limit_usd: float
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "limit_usd",
        "include_byok_in_budgets",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "limit_usd"
            limit_usd = d.pop("limit_usd")

            _at_field_ = "include_byok_in_budgets"
            include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        upsert_workspace_budget_request = cls(
            limit_usd=limit_usd,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        upsert_workspace_budget_request.additional_properties = d
        return upsert_workspace_budget_request
