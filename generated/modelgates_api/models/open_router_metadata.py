from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.routing_strategy import RoutingStrategy, check_routing_strategy
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.endpoints_metadata import EndpointsMetadata
    from ..models.pipeline_stage import PipelineStage
    from ..models.router_attempt import RouterAttempt
    from ..models.router_params import RouterParams
else:
    EndpointsMetadata = _LazyModel(globals(), "endpoints_metadata", "EndpointsMetadata")
    PipelineStage = _LazyModel(globals(), "pipeline_stage", "PipelineStage")
    RouterAttempt = _LazyModel(globals(), "router_attempt", "RouterAttempt")
    RouterParams = _LazyModel(globals(), "router_params", "RouterParams")


@_attrs_define(repr=False, eq=False)
class OpenRouterMetadata(_ModelBase):
    """
    Example:
        {'attempt': 1, 'endpoints': {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}],
            'total': 1}, 'is_byok': False, 'region': 'iad', 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary':
            'available=1, selected=OpenAI'}

    """

    attempt: int
    endpoints: EndpointsMetadata
    is_byok: bool
    region: None | str
    requested: str
    strategy: RoutingStrategy
    summary: str
    attempts: list[RouterAttempt] | Unset = UNSET
    params: RouterParams | Unset = UNSET
    pipeline: list[PipelineStage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "attempt",
        ("endpoints", _model_field(EndpointsMetadata)),
        "is_byok",
        (
            "region",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "requested",
        ("strategy", check_routing_strategy),
        "summary",
    )
    _optional_ = (
        ("attempts", _list_field(_model_field(RouterAttempt))),
        ("params", _model_field(RouterParams)),
        ("pipeline", _list_field(_model_field(PipelineStage))),
    )
