from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = ("limit_usd",)
    _optional_ = ("include_byok_in_budgets",)
