from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ProviderMaxPrice(_ModelBase):
    """Price ceilings; providers above them are excluded.

    Attributes:
        prompt (float | Unset): Maximum price per million prompt tokens (USD).
        completion (float | Unset): Maximum price per million completion tokens (USD).
        image (float | Unset): Maximum price per image (USD).
        audio (float | Unset): Maximum price per audio unit (USD).
        request (float | Unset): Maximum price per request (USD).
    """

    prompt: float | Unset = UNSET
    completion: float | Unset = UNSET
    image: float | Unset = UNSET
    audio: float | Unset = UNSET
    request: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "prompt",
        "completion",
        "image",
        "audio",
        "request",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "prompt"
            prompt = d.pop("prompt", UNSET)

            _at_field_ = "completion"
            completion = d.pop("completion", UNSET)

            _at_field_ = "image"
            image = d.pop("image", UNSET)

            _at_field_ = "audio"
            audio = d.pop("audio", UNSET)

            _at_field_ = "request"
            request = d.pop("request", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        provider_max_price = cls(
            prompt=prompt,
            completion=completion,
            image=image,
            audio=audio,
            request=request,
        )

        provider_max_price.additional_properties = unknown_fields(d)
        return provider_max_price
