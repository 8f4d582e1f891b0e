from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.pricing_override import PricingOverride


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

    _json_fields_ = (
        "completion",
        "prompt",
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
        "overrides",
        "request",
        "web_search",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "completion"
            completion = d.pop("completion")

            _at_field_ = "prompt"
            prompt = d.pop("prompt")

            _at_field_ = "audio"
            audio = d.pop("audio", UNSET)

            _at_field_ = "audio_output"
            audio_output = d.pop("audio_output", UNSET)

            _at_field_ = "discount"
            discount = d.pop("discount", UNSET)

            _at_field_ = "image"
            image = d.pop("image", UNSET)

            _at_field_ = "image_output"
            image_output = d.pop("image_output", UNSET)

            _at_field_ = "image_token"
            image_token = d.pop("image_token", UNSET)

            _at_field_ = "input_audio_cache"
            input_audio_cache = d.pop("input_audio_cache", UNSET)

            _at_field_ = "input_cache_read"
            input_cache_read = d.pop("input_cache_read", UNSET)

            _at_field_ = "input_cache_write"
            input_cache_write = d.pop("input_cache_write", UNSET)

            _at_field_ = "input_cache_write_1h"
            input_cache_write_1h = d.pop("input_cache_write_1h", UNSET)

            _at_field_ = "internal_reasoning"
            internal_reasoning = d.pop("internal_reasoning", UNSET)

            _at_field_ = "overrides"
            _overrides = d.pop("overrides", UNSET)
            overrides: list[PricingOverride] | Unset = UNSET
            if _overrides is not UNSET:
                overrides = []
                for _overrides_item_data_index, overrides_item_data in enumerate(_as_list(_overrides)):
                    try:
                        overrides_item = PricingOverride.from_dict(overrides_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _overrides_item_data_index)
                    overrides.append(overrides_item)

            _at_field_ = "request"
            request = d.pop("request", UNSET)

            _at_field_ = "web_search"
            web_search = d.pop("web_search", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        public_pricing = cls(
            completion=completion,
            prompt=prompt,
            audio=audio,
            audio_output=audio_output,
            discount=discount,
            image=image,
            image_output=image_output,
            image_token=image_token,
            input_audio_cache=input_audio_cache,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            input_cache_write_1h=input_cache_write_1h,
            internal_reasoning=internal_reasoning,
            overrides=overrides,
            request=request,
            web_search=web_search,
        )

        public_pricing.additional_properties = d
        return public_pricing


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PricingOverride = _LazyModel(globals(), "modelgates_api.models.pricing_override", "PricingOverride")
