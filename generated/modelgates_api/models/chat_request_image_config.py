from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, guarded as _guarded, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ChatRequestImageConfig(_ModelBase):
    """Provider-specific image configuration options, e.g. `{"aspect_ratio": "16:9"}`."""

    additional_properties: dict[str, float | list[Any] | str] = _attrs_field(init=False, factory=dict)

    _extras_ = _union_field(
        (("list[Any]", _guarded((list,))),),
        plain=(
            str,
            float,
            int,
        ),
    )
    _typed_extras_ = True

    def __getitem__(self, key: str) -> float | list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[Any] | str) -> None:
        self.additional_properties[key] = value
