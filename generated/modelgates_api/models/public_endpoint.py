from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_status import EndpointStatus, check_endpoint_status
from ..models.parameter import Parameter, check_parameter
from ..models.provider_name import ProviderName, check_provider_name
from ..models.quantization import Quantization, check_quantization
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

    from ..models.percentile_stats import PercentileStats
    from ..models.public_endpoint_pricing import PublicEndpointPricing


@_attrs_define(repr=False, eq=False)
class PublicEndpoint(_ModelBase):
    """Information about a specific model endpoint

    Example:
        {'context_length': 8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85},
            'max_completion_tokens': 4096, 'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4',
            'name': 'OpenAI: GPT-4', 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'provider_name': 'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature',
            'top_p', 'max_tokens'], 'supports_implicit_caching': True, 'supports_voice_cloning': False, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}

    Attributes:
        model_id (str): The unique identifier for the model (permaslug) Example: openai/gpt-4.
        throughput_last_30m (None | PercentileStats): Throughput percentiles in tokens per second over the last 30
            minutes. Throughput measures output token generation speed. Only visible when authenticated with an API key or
            cookie; returns null for unauthenticated requests.
        uptime_last_1d (float | None): Uptime percentage over the last 1 day, calculated as successful requests /
            (successful + error requests) * 100. Rate-limited requests are excluded. Returns null if insufficient data.
        uptime_last_5m (float | None): Uptime percentage over the last 5 minutes, calculated as successful requests /
            (successful + error requests) * 100. Rate-limited requests are excluded. Returns null if insufficient data.
        supports_voice_cloning (bool | Unset): Whether this TTS endpoint accepts inline reference audio
            (`input_references`) for stateless voice cloning. Requests carrying reference audio are only routed to endpoints
            where this is true. Default: False.
    """

    context_length: int
    latency_last_30m: None | PercentileStats
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    model_id: str
    model_name: str
    name: str
    pricing: PublicEndpointPricing
    provider_name: ProviderName
    quantization: None | Quantization
    supported_parameters: list[Parameter]
    supports_implicit_caching: bool
    tag: str
    throughput_last_30m: None | PercentileStats
    uptime_last_1d: float | None
    uptime_last_30m: float | None
    uptime_last_5m: float | None
    status: EndpointStatus | Unset = UNSET
    supports_voice_cloning: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "context_length",
        "latency_last_30m",
        "max_completion_tokens",
        "max_prompt_tokens",
        "model_id",
        "model_name",
        "name",
        "pricing",
        "provider_name",
        "quantization",
        "supported_parameters",
        "supports_implicit_caching",
        "tag",
        "throughput_last_30m",
        "uptime_last_1d",
        "uptime_last_30m",
        "uptime_last_5m",
        "status",
        "supports_voice_cloning",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "context_length"
            context_length = d.pop("context_length")

            _at_field_ = "latency_last_30m"
            latency_last_30m = d.pop("latency_last_30m")
            if not isinstance(latency_last_30m, (_NoneType,)):
                latency_last_30m = _parse_union(
                    latency_last_30m,
                    (("PercentileStats", PercentileStats),),
                    plain=(_NoneType,),
                )

            _at_field_ = "max_completion_tokens"
            max_completion_tokens = d.pop("max_completion_tokens")
            if not isinstance(max_completion_tokens, (int, _NoneType)):
                max_completion_tokens = _parse_union(
                    max_completion_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "max_prompt_tokens"
            max_prompt_tokens = d.pop("max_prompt_tokens")
            if not isinstance(max_prompt_tokens, (int, _NoneType)):
                max_prompt_tokens = _parse_union(
                    max_prompt_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "model_id"
            model_id = d.pop("model_id")

            _at_field_ = "model_name"
            model_name = d.pop("model_name")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "pricing"
            pricing = PublicEndpointPricing.from_dict(d.pop("pricing"))

            _at_field_ = "provider_name"
            provider_name = check_provider_name(d.pop("provider_name"))

            _at_field_ = "quantization"
            quantization = d.pop("quantization")
            if not isinstance(quantization, (_NoneType,)):

                def _quantization_member_0(data: object) -> Quantization:
                    if not isinstance(data, str):
                        raise TypeError()
                    quantization_type_0 = check_quantization(data)

                    return quantization_type_0

                quantization = _parse_union(
                    quantization,
                    (("Quantization", _quantization_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "supported_parameters"
            supported_parameters = []
            _supported_parameters = d.pop("supported_parameters")
            for _supported_parameters_item_data_index, supported_parameters_item_data in enumerate(
                _as_list(_supported_parameters)
            ):
                try:
                    supported_parameters_item = check_parameter(supported_parameters_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _supported_parameters_item_data_index)
                supported_parameters.append(supported_parameters_item)

            _at_field_ = "supports_implicit_caching"
            supports_implicit_caching = d.pop("supports_implicit_caching")

            _at_field_ = "tag"
            tag = d.pop("tag")

            _at_field_ = "throughput_last_30m"
            throughput_last_30m = d.pop("throughput_last_30m")
            if not isinstance(throughput_last_30m, (_NoneType,)):
                throughput_last_30m = _parse_union(
                    throughput_last_30m,
                    (("PercentileStats", PercentileStats),),
                    plain=(_NoneType,),
                )

            _at_field_ = "uptime_last_1d"
            uptime_last_1d = d.pop("uptime_last_1d")
            if not isinstance(uptime_last_1d, (float, int, _NoneType)):
                uptime_last_1d = _parse_union(
                    uptime_last_1d,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "uptime_last_30m"
            uptime_last_30m = d.pop("uptime_last_30m")
            if not isinstance(uptime_last_30m, (float, int, _NoneType)):
                uptime_last_30m = _parse_union(
                    uptime_last_30m,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "uptime_last_5m"
            uptime_last_5m = d.pop("uptime_last_5m")
            if not isinstance(uptime_last_5m, (float, int, _NoneType)):
                uptime_last_5m = _parse_union(
                    uptime_last_5m,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "status"
            _status = d.pop("status", UNSET)
            status: EndpointStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_endpoint_status(_status)

            _at_field_ = "supports_voice_cloning"
            supports_voice_cloning = d.pop("supports_voice_cloning", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        public_endpoint = cls(
            context_length=context_length,
            latency_last_30m=latency_last_30m,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            model_id=model_id,
            model_name=model_name,
            name=name,
            pricing=pricing,
            provider_name=provider_name,
            quantization=quantization,
            supported_parameters=supported_parameters,
            supports_implicit_caching=supports_implicit_caching,
            tag=tag,
            throughput_last_30m=throughput_last_30m,
            uptime_last_1d=uptime_last_1d,
            uptime_last_30m=uptime_last_30m,
            uptime_last_5m=uptime_last_5m,
            status=status,
            supports_voice_cloning=supports_voice_cloning,
        )

        public_endpoint.additional_properties = d
        return public_endpoint


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PercentileStats = _LazyModel(globals(), "modelgates_api.models.percentile_stats", "PercentileStats")
    PublicEndpointPricing = _LazyModel(
        globals(), "modelgates_api.models.public_endpoint_pricing", "PublicEndpointPricing"
    )
