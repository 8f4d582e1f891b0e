from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.format_text_config_type import FormatTextConfigType, check_format_text_config_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FormatTextConfig(_ModelBase):
    """Plain text response format

    Example:
        {'type': 'text'}

    """

    type_: FormatTextConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_format_text_config_type, "type_"),)
