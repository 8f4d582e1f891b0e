from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicIterationCacheCreation(_ModelBase):
    """
    Example:
        {'ephemeral_1h_input_tokens': 0, 'ephemeral_5m_input_tokens': 0}

    """

    ephemeral_1h_input_tokens: int | Unset = UNSET
    ephemeral_5m_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "ephemeral_1h_input_tokens",
        "ephemeral_5m_input_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "ephemeral_1h_input_tokens"
            ephemeral_1h_input_tokens = d.pop("ephemeral_1h_input_tokens", UNSET)

            _at_field_ = "ephemeral_5m_input_tokens"
            ephemeral_5m_input_tokens = d.pop("ephemeral_5m_input_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_iteration_cache_creation = cls(
            ephemeral_1h_input_tokens=ephemeral_1h_input_tokens,
            ephemeral_5m_input_tokens=ephemeral_5m_input_tokens,
        )

        anthropic_iteration_cache_creation.additional_properties = d
        return anthropic_iteration_cache_creation
