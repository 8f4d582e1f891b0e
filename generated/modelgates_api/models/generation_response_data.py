from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.generation_response_data_api_type_type_1 import (
    GenerationResponseDataApiTypeType1,
    check_generation_response_data_api_type_type_1,
)
from ..models.generation_response_data_api_type_type_2_type_1 import (
    GenerationResponseDataApiTypeType2Type1,
    check_generation_response_data_api_type_type_2_type_1,
)
from ..models.generation_response_data_api_type_type_3_type_1 import (
    GenerationResponseDataApiTypeType3Type1,
    check_generation_response_data_api_type_type_3_type_1,
)
from ..models.generation_response_data_data_region import (
    GenerationResponseDataDataRegion,
    check_generation_response_data_data_region,
)
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
    from ..models.provider_response import ProviderResponse
else:
    ProviderResponse = _LazyModel(globals(), "provider_response", "ProviderResponse")


@_attrs_define(repr=False, eq=False)
class GenerationResponseData(_ModelBase):
    """Generation data

    Attributes:
        api_type (GenerationResponseDataApiTypeType1 | GenerationResponseDataApiTypeType2Type1 |
            GenerationResponseDataApiTypeType3Type1 | None): Type of API used for the generation
        app_id (int | None): ID of the app that made the request Example: 12345.
        cache_discount (float | None): Discount applied due to caching Example: 0.0002.
        cancelled (bool | None): Whether the generation was cancelled Example: False.
        created_at (str): ISO 8601 timestamp of when the generation was created Example:
            2024-07-15T23:33:19.433273+00:00.
        data_region (GenerationResponseDataDataRegion): The data region this generation was routed through: 'global',
            'europe', or 'us'. Example: global.
        external_user (None | str): External user identifier Example: user-123.
        finish_reason (None | str): Reason the generation finished Example: stop.
        generation_time (float | None): Time taken for generation in milliseconds Example: 1200.
        http_referer (None | str): Referer header from the request
        id (str): Unique identifier for the generation Example: gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG.
        is_byok (bool): Whether this used bring-your-own-key Example: False.
        latency (float | None): Total latency in milliseconds Example: 1250.
        model (str): Model used for the generation Example: sao10k/l3-stheno-8b.
        moderation_latency (float | None): Moderation latency in milliseconds Example: 50.
        native_finish_reason (None | str): Native finish reason as reported by provider Example: stop.
        native_tokens_cached (int | None): Native cached tokens as reported by provider Example: 3.
        native_tokens_completion (int | None): Native completion tokens as reported by provider Example: 25.
        native_tokens_completion_images (int | None): Native completion image tokens as reported by provider Example: 0.
        native_tokens_prompt (int | None): Native prompt tokens as reported by provider Example: 10.
        native_tokens_reasoning (int | None): Native reasoning tokens as reported by provider Example: 5.
        num_fetches (int | None): Number of web fetches performed Example: 0.
        num_input_audio_prompt (int | None): Number of audio inputs in the prompt Example: 0.
        num_media_completion (int | None): Number of media items in the completion Example: 0.
        num_media_prompt (int | None): Number of media items in the prompt Example: 1.
        num_search_results (int | None): Number of search results included Example: 5.
        origin (str): Origin URL of the request Example: https://openrouter.ai/.
        preset_id (None | str): ID of the preset used for this generation, null if no preset was used Example:
            a9e8d400-592a-494f-908c-375efa66cafd.
        provider_name (None | str): Name of the provider that served the request Example: Infermatic.
        provider_responses (list[ProviderResponse] | None): List of provider responses for this generation, including
            fallback attempts
        router (None | str): Router used for the request (e.g., openrouter/auto) Example: openrouter/auto.
        service_tier (None | str): Service tier the upstream provider reported running this request on, or null if it
            did not report one. Example: priority.
        streamed (bool | None): Whether the response was streamed Example: True.
        tokens_completion (int | None): Number of tokens in the completion Example: 25.
        tokens_prompt (int | None): Number of tokens in the prompt Example: 10.
        total_cost (float): Total cost of the generation in USD Example: 0.0015.
        upstream_id (None | str): Upstream provider's identifier for this generation Example:
            chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946.
        upstream_inference_cost (float | None): Cost charged by the upstream provider Example: 0.0012.
        usage (float): Usage amount in USD Example: 0.0015.
        user_agent (None | str): User-Agent header from the request
        web_search_engine (None | str): The resolved web search engine used for this generation (e.g. exa, firecrawl,
            parallel) Example: exa.
        workspace_id (None | str): ID of the workspace this generation is attributed to. Null for accounts without
            workspaces. Generations created before workspace resolution existed are attributed to the account default
            workspace. Example: 550e8400-e29b-41d4-a716-446655440000.
        request_id (None | str | Unset): Unique identifier grouping all generations from a single API request Example:
            req-1727282430-aBcDeFgHiJkLmNoPqRsT.
        response_cache_source_id (None | str | Unset): If this generation was served from response cache, contains the
            original generation ID. Null otherwise.
        session_id (None | str | Unset): Session identifier grouping multiple generations in the same session
    """

    api_type: (
        GenerationResponseDataApiTypeType1
        | GenerationResponseDataApiTypeType2Type1
        | GenerationResponseDataApiTypeType3Type1
        | None
    )
    app_id: int | None
    cache_discount: float | None
    cancelled: bool | None
    created_at: str
    data_region: GenerationResponseDataDataRegion
    external_user: None | str
    finish_reason: None | str
    generation_time: float | None
    http_referer: None | str
    id: str
    is_byok: bool
    latency: float | None
    model: str
    moderation_latency: float | None
    native_finish_reason: None | str
    native_tokens_cached: int | None
    native_tokens_completion: int | None
    native_tokens_completion_images: int | None
    native_tokens_prompt: int | None
    native_tokens_reasoning: int | None
    num_fetches: int | None
    num_input_audio_prompt: int | None
    num_media_completion: int | None
    num_media_prompt: int | None
    num_search_results: int | None
    origin: str
    preset_id: None | str
    provider_name: None | str
    provider_responses: list[ProviderResponse] | None
    router: None | str
    service_tier: None | str
    streamed: bool | None
    tokens_completion: int | None
    tokens_prompt: int | None
    total_cost: float
    upstream_id: None | str
    upstream_inference_cost: float | None
    usage: float
    user_agent: None | str
    web_search_engine: None | str
    workspace_id: None | str
    request_id: None | str | Unset = UNSET
    response_cache_source_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "api_type",
            _union_field(
                (
                    (
                        "GenerationResponseDataApiTypeType1",
                        _guarded((str,), check_generation_response_data_api_type_type_1),
                    ),
                    (
                        "GenerationResponseDataApiTypeType2Type1",
                        _guarded((str,), check_generation_response_data_api_type_type_2_type_1),
                    ),
                    (
                        "GenerationResponseDataApiTypeType3Type1",
                        _guarded((str,), check_generation_response_data_api_type_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "app_id",
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
            "cache_discount",
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
            "cancelled",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        "created_at",
        ("data_region", check_generation_response_data_data_region),
        (
            "external_user",
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
        (
            "finish_reason",
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
        (
            "generation_time",
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
            "http_referer",
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
        "id",
        "is_byok",
        (
            "latency",
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
        "model",
        (
            "moderation_latency",
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
            "native_finish_reason",
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
        (
            "native_tokens_cached",
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
            "native_tokens_completion",
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
            "native_tokens_completion_images",
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
            "native_tokens_prompt",
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
            "native_tokens_reasoning",
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
            "num_fetches",
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
            "num_input_audio_prompt",
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
            "num_media_completion",
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
            "num_media_prompt",
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
            "num_search_results",
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
        "origin",
        (
            "preset_id",
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
        (
            "provider_name",
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
        (
            "provider_responses",
            _union_field(
                (("list[ProviderResponse]", _guarded((list,), _list_field(_model_field(ProviderResponse)))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "router",
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
        (
            "service_tier",
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
        (
            "streamed",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "tokens_completion",
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
            "tokens_prompt",
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
        "total_cost",
        (
            "upstream_id",
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
        (
            "upstream_inference_cost",
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
        "usage",
        (
            "user_agent",
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
        (
            "web_search_engine",
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
        (
            "workspace_id",
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
    )
    _optional_ = (
        (
            "request_id",
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
        (
            "response_cache_source_id",
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
        (
            "session_id",
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
    )
