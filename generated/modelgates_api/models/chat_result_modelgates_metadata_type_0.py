from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ChatResultModelgatesMetadataType0(_ModelBase):
    """Routing metadata, present when requested with `X-OpenRouter-Experimental-Metadata`."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
