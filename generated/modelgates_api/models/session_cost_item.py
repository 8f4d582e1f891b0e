from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.session_cost_item_turn_range import SessionCostItemTurnRange, check_session_cost_item_turn_range
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class SessionCostItem(_ModelBase):
    """
    Attributes:
        app_name (str): Published harness display label. Example: Hermes Agent.
        app_slug (str): Stable public slug of the harness. Example: hermes-agent.
        median_session_cost_usd (float): Median USD spend per sampled session. Example: 1.74.
        model_permaslug (str): Exact model permaslug. Example: anthropic/claude-4.8-opus.
        turn_range (SessionCostItemTurnRange): Inclusive session turn-count range. Example: 10-49-turns.
    """

    app_name: str
    app_slug: str
    median_session_cost_usd: float
    model_permaslug: str
    turn_range: SessionCostItemTurnRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "app_name",
        "app_slug",
        "median_session_cost_usd",
        "model_permaslug",
        ("turn_range", check_session_cost_item_turn_range),
    )
