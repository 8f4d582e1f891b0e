from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ChatReasoningDetail(_ModelBase):
    """A structured reasoning block. Pass these back unchanged on the assistant message to preserve reasoning across turns.

    Attributes:
        type_ (str | Unset): Kind of detail, e.g. `reasoning.text`, `reasoning.summary`, `reasoning.encrypted`.
    """

    type_: str | Unset = UNSET
    id: None | str | Unset = UNSET
    format_: None | str | Unset = UNSET
    index: int | Unset = UNSET
    text: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("type", None, "type_"),
        (
            "id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "format",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
            "format_",
        ),
        "index",
        (
            "text",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "summary",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "signature",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "data",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
