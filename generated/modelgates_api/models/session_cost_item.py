from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_cost_item_turn_range import SessionCostItemTurnRange, check_session_cost_item_turn_range
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "app_name",
        "app_slug",
        "median_session_cost_usd",
        "model_permaslug",
        "turn_range",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "app_name"
            app_name = d.pop("app_name")

            _at_field_ = "app_slug"
            app_slug = d.pop("app_slug")

            _at_field_ = "median_session_cost_usd"
            median_session_cost_usd = d.pop("median_session_cost_usd")

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "turn_range"
            turn_range = check_session_cost_item_turn_range(d.pop("turn_range"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        session_cost_item = cls(
            app_name=app_name,
            app_slug=app_slug,
            median_session_cost_usd=median_session_cost_usd,
            model_permaslug=model_permaslug,
            turn_range=turn_range,
        )

        session_cost_item.additional_properties = d
        return session_cost_item
