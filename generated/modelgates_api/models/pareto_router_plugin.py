from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.pareto_router_plugin_id import ParetoRouterPluginId, check_pareto_router_plugin_id
from ..models.pareto_router_plugin_price_source import (
    ParetoRouterPluginPriceSource,
    check_pareto_router_plugin_price_source,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ParetoRouterPlugin(_ModelBase):
    """
    Example:
        {'enabled': True, 'id': 'pareto-router', 'max_price': 5, 'price_source': 'prompt'}

    Attributes:
        enabled (bool | Unset): Set to false to disable the pareto-router plugin for this request. Defaults to true.
        max_price (float | Unset): Maximum input price in USD per million tokens. When set, quality-tier selection
            (min_coding_score) is bypassed: the router computes the Pareto frontier over the top coding models and routes to
            the best-scoring frontier model priced at or below this cap, falling back through cheaper frontier models, then
            non-frontier models. Enforced against the price source given by price_source. Returns 404 when no candidate
            satisfies the cap. Example: 5.
        min_coding_score (float | Unset): Minimum coding quality score between 0 and 1. Maps to internal quality tiers:
            >= 0.66 → high (top coding models), >= 0.33 → medium (strong modern flagships), < 0.33 → low (capable coders
            above the median). Omit to default to the highest tier (equivalent to >= 0.66). Not used when max_price is set
            (price-based selection takes over). Example: 0.8.
        price_source (ParetoRouterPluginPriceSource | Unset): Price source for the Pareto frontier cost axis and for
            enforcing max_price. "prompt" uses catalog list price (endpoint.pricing.prompt). "weighted_avg" uses traffic-
            weighted effective input price from ClickHouse, falling back to prompt price for models without traffic data.
            Defaults to "prompt".
    """

    id: ParetoRouterPluginId
    enabled: bool | Unset = UNSET
    max_price: float | Unset = UNSET
    min_coding_score: float | Unset = UNSET
    price_source: ParetoRouterPluginPriceSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_pareto_router_plugin_id),)
    _optional_ = (
        "enabled",
        "max_price",
        "min_coding_score",
        ("price_source", check_pareto_router_plugin_price_source),
    )
