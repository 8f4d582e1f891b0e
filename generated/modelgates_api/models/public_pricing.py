from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.pricing_override import PricingOverride
else:
    PricingOverride = _LazyModel(globals(), "pricing_override", "PricingOverride")


@_attrs_define(repr=False, eq=False)
class PublicPricing(_ModelBase):
    """Pricing information for the model

    Example:
        {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}

    Attributes:
        completion (str): Price in USD per token for completion (output) generation
        prompt (str): Price in USD per token for prompt (input) processing
        audio (str | Unset): Price in USD per audio input token
        audio_output (str | Unset): Price in USD per audio output token
        discount (float | Unset): Fractional discount applied to this endpoint's pricing; the price is multiplied by (1
            - discount) (0 = no discount, 1 = free)
        image (str | Unset): Price in USD per input image
        image_output (str | Unset): Price in USD per output image
        image_token (str | Unset): Price in USD per image token
        input_audio_cache (str | Unset): Price in USD per cached audio input token
        input_cache_read (str | Unset): Price in USD per cached input token (read)
        input_cache_write (str | Unset): Price per cache-write token, in USD per token. For providers with multiple
            cache TTLs (e.g. Anthropic), this is the default (5-minute) cache-write rate.
        input_cache_write_1h (str | Unset): Price per 1-hour cache-write token, in USD per token. Only present for
            providers that price an extended (1-hour) cache TTL separately, such as Anthropic.
        internal_reasoning (str | Unset): Price in USD per internal reasoning token
        overrides (list[PricingOverride] | Unset): Conditional overrides of the base pricing (e.g. long-context or time-
            based pricing). An entry applies when all of its condition fields (e.g. min_prompt_tokens, or the
            utc_start/utc_end time window) match the request; among applicable entries, later entries win per key; price
            keys absent from an entry inherit the base price. The top-level pricing keys always reflect the price that
            applies under default conditions.
        request (str | Unset): Price in USD per request
        web_search (str | Unset): Price in USD per web search
    """

    completion: str
    prompt: str
    audio: str | Unset = UNSET
    audio_output: str | Unset = UNSET
    discount: float | Unset = UNSET
    image: str | Unset = UNSET
    image_output: str | Unset = UNSET
    image_token: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    internal_reasoning: str | Unset = UNSET
    overrides: list[PricingOverride] | Unset = UNSET
    request: str | Unset = UNSET
    web_search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "completion",
        "prompt",
    )
    _optional_ = (
        "audio",
        "audio_output",
        "discount",
        "image",
        "image_output",
        "image_token",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "internal_reasoning",
        ("overrides", _list_field(_model_field(PricingOverride))),
        "request",
        "web_search",
    )
