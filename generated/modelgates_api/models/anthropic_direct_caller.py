from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_direct_caller_type import AnthropicDirectCallerType, check_anthropic_direct_caller_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicDirectCaller(_ModelBase):
    """
    Example:
        {'type': 'direct'}

    """

    type_: AnthropicDirectCallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_anthropic_direct_caller_type, "type_"),)
