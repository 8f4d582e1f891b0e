from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pareto_router_plugin_id import ParetoRouterPluginId, check_pareto_router_plugin_id
from ..models.pareto_router_plugin_price_source import (
    ParetoRouterPluginPriceSource,
    check_pareto_router_plugin_price_source,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "id",
        "enabled",
        "max_price",
        "min_coding_score",
        "price_source",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_pareto_router_plugin_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "max_price"
            max_price = d.pop("max_price", UNSET)

            _at_field_ = "min_coding_score"
            min_coding_score = d.pop("min_coding_score", UNSET)

            _at_field_ = "price_source"
            _price_source = d.pop("price_source", UNSET)
            price_source: ParetoRouterPluginPriceSource | Unset
            if isinstance(_price_source, Unset):
                price_source = UNSET
            else:
                price_source = check_pareto_router_plugin_price_source(_price_source)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        pareto_router_plugin = cls(
            id=id,
            enabled=enabled,
            max_price=max_price,
            min_coding_score=min_coding_score,
            price_source=price_source,
        )

        pareto_router_plugin.additional_properties = d
        return pareto_router_plugin
