from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.endpoint_status import EndpointStatus, check_endpoint_status
from ..models.parameter import Parameter, check_parameter
from ..models.provider_name import ProviderName, check_provider_name
from ..models.quantization import Quantization, check_quantization
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.percentile_stats import PercentileStats
    from ..models.public_endpoint_pricing import PublicEndpointPricing
else:
    PercentileStats = _LazyModel(globals(), "percentile_stats", "PercentileStats")
    PublicEndpointPricing = _LazyModel(globals(), "public_endpoint_pricing", "PublicEndpointPricing")


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

    _required_ = (
        "context_length",
        (
            "latency_last_30m",
            _union_field((("PercentileStats", PercentileStats),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "max_completion_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_prompt_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        "model_id",
        "model_name",
        "name",
        ("pricing", _model_field(PublicEndpointPricing)),
        ("provider_name", check_provider_name),
        (
            "quantization",
            _union_field(
                (("Quantization", _guarded((str,), check_quantization)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        ("supported_parameters", _list_field(check_parameter)),
        "supports_implicit_caching",
        "tag",
        (
            "throughput_last_30m",
            _union_field((("PercentileStats", PercentileStats),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "uptime_last_1d",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "uptime_last_30m",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "uptime_last_5m",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
    _optional_ = (
        ("status", check_endpoint_status),
        "supports_voice_cloning",
    )
