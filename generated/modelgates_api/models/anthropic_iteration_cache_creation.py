from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class AnthropicIterationCacheCreation(_ModelBase):
    """
    Example:
        {'ephemeral_1h_input_tokens': 0, 'ephemeral_5m_input_tokens': 0}

    """

    ephemeral_1h_input_tokens: int | Unset = UNSET
    ephemeral_5m_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "ephemeral_1h_input_tokens",
        "ephemeral_5m_input_tokens",
    )
