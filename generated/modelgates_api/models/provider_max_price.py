from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


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

    _optional_ = (
        "prompt",
        "completion",
        "image",
        "audio",
        "request",
    )
    _extras_ = CLOSED
