from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.auto_router_plugin_cost_tier import AutoRouterPluginCostTier, check_auto_router_plugin_cost_tier
from ..models.auto_router_plugin_id import AutoRouterPluginId, check_auto_router_plugin_id
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class AutoRouterPlugin(_ModelBase):
    """
    Example:
        {'allowed_models': ['anthropic/*', 'openai/*'], 'cost_tier': 'low', 'enabled': True, 'excluded_models':
            ['openai/gpt-4o'], 'id': 'auto-router', 'pin_model': False}

    Attributes:
        allowed_models (list[str] | Unset): List of model patterns to filter which models the auto-router can route
            between. Supports wildcards (e.g., "anthropic/*" matches all Anthropic models). Up to 1024 patterns, each at
            most 1024 characters, with 65536 total characters across all patterns. When not specified, every model ranked
            for the classified task type is a candidate, falling back to a default model set when rankings are unavailable.
            Example: ['anthropic/*', 'openai/gpt-4o', 'google/*'].
        cost_quality_tradeoff (int | Unset): Deprecated: Use cost_tier instead. Balances routing between cost and
            quality on a 0-10 scale. The auto-router ranks models for the classified task type by community spend share,
            then filters candidates by their average cost per generation for that task. Higher values favor cheaper models:
            10 keeps only models around the cheapest 10th percentile, while 0 permits models up to the 90th percentile for
            cost. Defaults to 9 when no cost setting is provided. It remains supported and retains ceiling behavior, but
            cost_tier takes precedence when both are provided. Example: 9.
        cost_tier (AutoRouterPluginCostTier | Unset): Named cost/quality setting. Tiers select cost-percentile bands:
            low = [0, 20), medium = [20, 40), high = [40, 60), xhigh = [60, 80), and max = [80, 100]. Takes precedence over
            the deprecated numeric cost_quality_tradeoff when both are provided. Example: low.
        enabled (bool | Unset): Set to false to disable the auto-router plugin for this request. Defaults to true.
        excluded_models (list[str] | Unset): List of model patterns to exclude from auto-router selection. Supports
            wildcards (e.g., "meta-llama/*" excludes all Llama models). Up to 1024 patterns, each at most 1024 characters,
            with 65536 total characters across all patterns. Applied after allowed_models, so an excluded pattern always
            wins over an allowed one. Example: ['openai/gpt-4o', 'meta-llama/*'].
        pin_model (bool | Unset): When true, reuses the model from the most recent assistant message's `model` attribute
            for subsequent turns. Defaults to false. Example: False.
    """

    id: AutoRouterPluginId
    allowed_models: list[str] | Unset = UNSET
    cost_quality_tradeoff: int | Unset = UNSET
    cost_tier: AutoRouterPluginCostTier | Unset = UNSET
    enabled: bool | Unset = UNSET
    excluded_models: list[str] | Unset = UNSET
    pin_model: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_auto_router_plugin_id),)
    _optional_ = (
        "allowed_models",
        "cost_quality_tradeoff",
        ("cost_tier", check_auto_router_plugin_cost_tier),
        "enabled",
        "excluded_models",
        "pin_model",
    )
