from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType0InputSchema(_ModelBase):
    properties: Any | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    type_: str | Unset = "object"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "properties",
        ("required", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("type", None, "type_"),
    )
