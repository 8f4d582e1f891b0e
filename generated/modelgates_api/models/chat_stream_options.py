from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatStreamOptions(_ModelBase):
    """Streaming configuration options.

    Attributes:
        include_usage (bool | Unset): Send usage statistics on the final chunk.
    """

    include_usage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = ("include_usage",)
    _extras_ = CLOSED
