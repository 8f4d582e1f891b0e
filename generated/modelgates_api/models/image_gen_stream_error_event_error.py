from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ImageGenStreamErrorEventError(_ModelBase):
    """Provider error details

    Attributes:
        message (str): Provider error message
        code (None | str | Unset): Provider error code, when supplied
        param (None | str | Unset): Request parameter associated with the error, when supplied
        type_ (None | str | Unset): Provider error type, when supplied
    """

    message: str
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("message",)
    _optional_ = (
        (
            "code",
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
            "param",
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
            "type",
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
            "type_",
        ),
    )
