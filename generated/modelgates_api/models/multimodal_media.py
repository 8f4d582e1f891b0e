from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class MultimodalMedia(_ModelBase):
    """
    Example:
        {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...', 'format': 'wav'}

    """

    data: str
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("data",)
    _optional_ = (("format", None, "format_"),)
