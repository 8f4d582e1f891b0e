from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderMaxPrice")


@_attrs_define
class ProviderMaxPrice:
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

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        completion = self.completion

        image = self.image

        audio = self.audio

        request = self.request

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if completion is not UNSET:
            field_dict["completion"] = completion
        if image is not UNSET:
            field_dict["image"] = image
        if audio is not UNSET:
            field_dict["audio"] = audio
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        completion = d.pop("completion", UNSET)

        image = d.pop("image", UNSET)

        audio = d.pop("audio", UNSET)

        request = d.pop("request", UNSET)

        provider_max_price = cls(
            prompt=prompt,
            completion=completion,
            image=image,
            audio=audio,
            request=request,
        )

        return provider_max_price
