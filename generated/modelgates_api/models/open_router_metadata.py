from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_strategy import RoutingStrategy, check_routing_strategy
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.endpoints_metadata import EndpointsMetadata
    from ..models.pipeline_stage import PipelineStage
    from ..models.router_attempt import RouterAttempt
    from ..models.router_params import RouterParams


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

    _json_fields_ = (
        "attempt",
        "endpoints",
        "is_byok",
        "region",
        "requested",
        "strategy",
        "summary",
        "attempts",
        "params",
        "pipeline",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "attempt"
            attempt = d.pop("attempt")

            _at_field_ = "endpoints"
            endpoints = EndpointsMetadata.from_dict(d.pop("endpoints"))

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok")

            _at_field_ = "region"
            region = d.pop("region")
            if not isinstance(region, (str, _NoneType)):
                region = _parse_union(
                    region,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "requested"
            requested = d.pop("requested")

            _at_field_ = "strategy"
            strategy = check_routing_strategy(d.pop("strategy"))

            _at_field_ = "summary"
            summary = d.pop("summary")

            _at_field_ = "attempts"
            _attempts = d.pop("attempts", UNSET)
            attempts: list[RouterAttempt] | Unset = UNSET
            if _attempts is not UNSET:
                attempts = []
                for _attempts_item_data_index, attempts_item_data in enumerate(_as_list(_attempts)):
                    try:
                        attempts_item = RouterAttempt.from_dict(attempts_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _attempts_item_data_index)
                    attempts.append(attempts_item)

            _at_field_ = "params"
            _params = d.pop("params", UNSET)
            params: RouterParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = RouterParams.from_dict(_params)

            _at_field_ = "pipeline"
            _pipeline = d.pop("pipeline", UNSET)
            pipeline: list[PipelineStage] | Unset = UNSET
            if _pipeline is not UNSET:
                pipeline = []
                for _pipeline_item_data_index, pipeline_item_data in enumerate(_as_list(_pipeline)):
                    try:
                        pipeline_item = PipelineStage.from_dict(pipeline_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _pipeline_item_data_index)
                    pipeline.append(pipeline_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_router_metadata = cls(
            attempt=attempt,
            endpoints=endpoints,
            is_byok=is_byok,
            region=region,
            requested=requested,
            strategy=strategy,
            summary=summary,
            attempts=attempts,
            params=params,
            pipeline=pipeline,
        )

        open_router_metadata.additional_properties = d
        return open_router_metadata


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    EndpointsMetadata = _LazyModel(globals(), "modelgates_api.models.endpoints_metadata", "EndpointsMetadata")
    PipelineStage = _LazyModel(globals(), "modelgates_api.models.pipeline_stage", "PipelineStage")
    RouterAttempt = _LazyModel(globals(), "modelgates_api.models.router_attempt", "RouterAttempt")
    RouterParams = _LazyModel(globals(), "modelgates_api.models.router_params", "RouterParams")
