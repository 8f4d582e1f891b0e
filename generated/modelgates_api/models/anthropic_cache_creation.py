from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicCacheCreation(_ModelBase):
    """
    Example:
        {'ephemeral_1h_input_tokens': 0, 'ephemeral_5m_input_tokens': 100}

    """

    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "ephemeral_1h_input_tokens",
        "ephemeral_5m_input_tokens",
    )
