from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    from ..models.provider_response import ProviderResponse


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

    _json_fields_ = (
        "api_type",
        "app_id",
        "cache_discount",
        "cancelled",
        "created_at",
        "data_region",
        "external_user",
        "finish_reason",
        "generation_time",
        "http_referer",
        "id",
        "is_byok",
        "latency",
        "model",
        "moderation_latency",
        "native_finish_reason",
        "native_tokens_cached",
        "native_tokens_completion",
        "native_tokens_completion_images",
        "native_tokens_prompt",
        "native_tokens_reasoning",
        "num_fetches",
        "num_input_audio_prompt",
        "num_media_completion",
        "num_media_prompt",
        "num_search_results",
        "origin",
        "preset_id",
        "provider_name",
        "provider_responses",
        "router",
        "service_tier",
        "streamed",
        "tokens_completion",
        "tokens_prompt",
        "total_cost",
        "upstream_id",
        "upstream_inference_cost",
        "usage",
        "user_agent",
        "web_search_engine",
        "workspace_id",
        "request_id",
        "response_cache_source_id",
        "session_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "api_type"
            api_type = d.pop("api_type")
            if not isinstance(api_type, (_NoneType,)):

                def _api_type_member_1(data: object) -> GenerationResponseDataApiTypeType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    api_type_type_1 = check_generation_response_data_api_type_type_1(data)

                    return api_type_type_1

                def _api_type_member_2(data: object) -> GenerationResponseDataApiTypeType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    api_type_type_2_type_1 = check_generation_response_data_api_type_type_2_type_1(data)

                    return api_type_type_2_type_1

                def _api_type_member_3(data: object) -> GenerationResponseDataApiTypeType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    api_type_type_3_type_1 = check_generation_response_data_api_type_type_3_type_1(data)

                    return api_type_type_3_type_1

                api_type = _parse_union(
                    api_type,
                    (
                        ("GenerationResponseDataApiTypeType1", _api_type_member_1),
                        ("GenerationResponseDataApiTypeType2Type1", _api_type_member_2),
                        ("GenerationResponseDataApiTypeType3Type1", _api_type_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "app_id"
            app_id = d.pop("app_id")
            if not isinstance(app_id, (int, _NoneType)):
                app_id = _parse_union(
                    app_id,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "cache_discount"
            cache_discount = d.pop("cache_discount")
            if not isinstance(cache_discount, (float, int, _NoneType)):
                cache_discount = _parse_union(
                    cache_discount,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "cancelled"
            cancelled = d.pop("cancelled")
            if not isinstance(cancelled, (bool, _NoneType)):
                cancelled = _parse_union(
                    cancelled,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "data_region"
            data_region = check_generation_response_data_data_region(d.pop("data_region"))

            _at_field_ = "external_user"
            external_user = d.pop("external_user")
            if not isinstance(external_user, (str, _NoneType)):
                external_user = _parse_union(
                    external_user,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "finish_reason"
            finish_reason = d.pop("finish_reason")
            if not isinstance(finish_reason, (str, _NoneType)):
                finish_reason = _parse_union(
                    finish_reason,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "generation_time"
            generation_time = d.pop("generation_time")
            if not isinstance(generation_time, (float, int, _NoneType)):
                generation_time = _parse_union(
                    generation_time,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "http_referer"
            http_referer = d.pop("http_referer")
            if not isinstance(http_referer, (str, _NoneType)):
                http_referer = _parse_union(
                    http_referer,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok")

            _at_field_ = "latency"
            latency = d.pop("latency")
            if not isinstance(latency, (float, int, _NoneType)):
                latency = _parse_union(
                    latency,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "moderation_latency"
            moderation_latency = d.pop("moderation_latency")
            if not isinstance(moderation_latency, (float, int, _NoneType)):
                moderation_latency = _parse_union(
                    moderation_latency,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "native_finish_reason"
            native_finish_reason = d.pop("native_finish_reason")
            if not isinstance(native_finish_reason, (str, _NoneType)):
                native_finish_reason = _parse_union(
                    native_finish_reason,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "native_tokens_cached"
            native_tokens_cached = d.pop("native_tokens_cached")
            if not isinstance(native_tokens_cached, (int, _NoneType)):
                native_tokens_cached = _parse_union(
                    native_tokens_cached,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "native_tokens_completion"
            native_tokens_completion = d.pop("native_tokens_completion")
            if not isinstance(native_tokens_completion, (int, _NoneType)):
                native_tokens_completion = _parse_union(
                    native_tokens_completion,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "native_tokens_completion_images"
            native_tokens_completion_images = d.pop("native_tokens_completion_images")
            if not isinstance(native_tokens_completion_images, (int, _NoneType)):
                native_tokens_completion_images = _parse_union(
                    native_tokens_completion_images,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "native_tokens_prompt"
            native_tokens_prompt = d.pop("native_tokens_prompt")
            if not isinstance(native_tokens_prompt, (int, _NoneType)):
                native_tokens_prompt = _parse_union(
                    native_tokens_prompt,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "native_tokens_reasoning"
            native_tokens_reasoning = d.pop("native_tokens_reasoning")
            if not isinstance(native_tokens_reasoning, (int, _NoneType)):
                native_tokens_reasoning = _parse_union(
                    native_tokens_reasoning,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "num_fetches"
            num_fetches = d.pop("num_fetches")
            if not isinstance(num_fetches, (int, _NoneType)):
                num_fetches = _parse_union(
                    num_fetches,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "num_input_audio_prompt"
            num_input_audio_prompt = d.pop("num_input_audio_prompt")
            if not isinstance(num_input_audio_prompt, (int, _NoneType)):
                num_input_audio_prompt = _parse_union(
                    num_input_audio_prompt,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "num_media_completion"
            num_media_completion = d.pop("num_media_completion")
            if not isinstance(num_media_completion, (int, _NoneType)):
                num_media_completion = _parse_union(
                    num_media_completion,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "num_media_prompt"
            num_media_prompt = d.pop("num_media_prompt")
            if not isinstance(num_media_prompt, (int, _NoneType)):
                num_media_prompt = _parse_union(
                    num_media_prompt,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "num_search_results"
            num_search_results = d.pop("num_search_results")
            if not isinstance(num_search_results, (int, _NoneType)):
                num_search_results = _parse_union(
                    num_search_results,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "origin"
            origin = d.pop("origin")

            _at_field_ = "preset_id"
            preset_id = d.pop("preset_id")
            if not isinstance(preset_id, (str, _NoneType)):
                preset_id = _parse_union(
                    preset_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "provider_name"
            provider_name = d.pop("provider_name")
            if not isinstance(provider_name, (str, _NoneType)):
                provider_name = _parse_union(
                    provider_name,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "provider_responses"
            provider_responses = d.pop("provider_responses")
            if not isinstance(provider_responses, (_NoneType,)):

                def _provider_responses_member_0(data: object) -> list[ProviderResponse]:
                    if not isinstance(data, list):
                        raise TypeError()
                    provider_responses_type_0 = []
                    _provider_responses_type_0 = data
                    for _provider_responses_type_0_item_data_index, provider_responses_type_0_item_data in enumerate(
                        _as_list(_provider_responses_type_0)
                    ):
                        try:
                            provider_responses_type_0_item = ProviderResponse.from_dict(
                                provider_responses_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _provider_responses_type_0_item_data_index)
                        provider_responses_type_0.append(provider_responses_type_0_item)

                    return provider_responses_type_0

                provider_responses = _parse_union(
                    provider_responses,
                    (("list[ProviderResponse]", _provider_responses_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "router"
            router = d.pop("router")
            if not isinstance(router, (str, _NoneType)):
                router = _parse_union(
                    router,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier")
            if not isinstance(service_tier, (str, _NoneType)):
                service_tier = _parse_union(
                    service_tier,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "streamed"
            streamed = d.pop("streamed")
            if not isinstance(streamed, (bool, _NoneType)):
                streamed = _parse_union(
                    streamed,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "tokens_completion"
            tokens_completion = d.pop("tokens_completion")
            if not isinstance(tokens_completion, (int, _NoneType)):
                tokens_completion = _parse_union(
                    tokens_completion,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "tokens_prompt"
            tokens_prompt = d.pop("tokens_prompt")
            if not isinstance(tokens_prompt, (int, _NoneType)):
                tokens_prompt = _parse_union(
                    tokens_prompt,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "total_cost"
            total_cost = d.pop("total_cost")

            _at_field_ = "upstream_id"
            upstream_id = d.pop("upstream_id")
            if not isinstance(upstream_id, (str, _NoneType)):
                upstream_id = _parse_union(
                    upstream_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "upstream_inference_cost"
            upstream_inference_cost = d.pop("upstream_inference_cost")
            if not isinstance(upstream_inference_cost, (float, int, _NoneType)):
                upstream_inference_cost = _parse_union(
                    upstream_inference_cost,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "usage"
            usage = d.pop("usage")

            _at_field_ = "user_agent"
            user_agent = d.pop("user_agent")
            if not isinstance(user_agent, (str, _NoneType)):
                user_agent = _parse_union(
                    user_agent,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "web_search_engine"
            web_search_engine = d.pop("web_search_engine")
            if not isinstance(web_search_engine, (str, _NoneType)):
                web_search_engine = _parse_union(
                    web_search_engine,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")
            if not isinstance(workspace_id, (str, _NoneType)):
                workspace_id = _parse_union(
                    workspace_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "request_id"
            request_id = d.pop("request_id", UNSET)
            if not isinstance(request_id, (str, _NoneType, Unset)):
                request_id = _parse_union(
                    request_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "response_cache_source_id"
            response_cache_source_id = d.pop("response_cache_source_id", UNSET)
            if not isinstance(response_cache_source_id, (str, _NoneType, Unset)):
                response_cache_source_id = _parse_union(
                    response_cache_source_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "session_id"
            session_id = d.pop("session_id", UNSET)
            if not isinstance(session_id, (str, _NoneType, Unset)):
                session_id = _parse_union(
                    session_id,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_response_data = cls(
            api_type=api_type,
            app_id=app_id,
            cache_discount=cache_discount,
            cancelled=cancelled,
            created_at=created_at,
            data_region=data_region,
            external_user=external_user,
            finish_reason=finish_reason,
            generation_time=generation_time,
            http_referer=http_referer,
            id=id,
            is_byok=is_byok,
            latency=latency,
            model=model,
            moderation_latency=moderation_latency,
            native_finish_reason=native_finish_reason,
            native_tokens_cached=native_tokens_cached,
            native_tokens_completion=native_tokens_completion,
            native_tokens_completion_images=native_tokens_completion_images,
            native_tokens_prompt=native_tokens_prompt,
            native_tokens_reasoning=native_tokens_reasoning,
            num_fetches=num_fetches,
            num_input_audio_prompt=num_input_audio_prompt,
            num_media_completion=num_media_completion,
            num_media_prompt=num_media_prompt,
            num_search_results=num_search_results,
            origin=origin,
            preset_id=preset_id,
            provider_name=provider_name,
            provider_responses=provider_responses,
            router=router,
            service_tier=service_tier,
            streamed=streamed,
            tokens_completion=tokens_completion,
            tokens_prompt=tokens_prompt,
            total_cost=total_cost,
            upstream_id=upstream_id,
            upstream_inference_cost=upstream_inference_cost,
            usage=usage,
            user_agent=user_agent,
            web_search_engine=web_search_engine,
            workspace_id=workspace_id,
            request_id=request_id,
            response_cache_source_id=response_cache_source_id,
            session_id=session_id,
        )

        generation_response_data.additional_properties = d
        return generation_response_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ProviderResponse = _LazyModel(globals(), "modelgates_api.models.provider_response", "ProviderResponse")
