from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "message",
        "code",
        "param",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "message"
            message = d.pop("message")

            _at_field_ = "code"
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, _NoneType, Unset)):
                code = _parse_union(
                    code,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "param"
            param = d.pop("param", UNSET)
            if not isinstance(param, (str, _NoneType, Unset)):
                param = _parse_union(
                    param,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, (str, _NoneType, Unset)):
                type_ = _parse_union(
                    type_,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_gen_stream_error_event_error = cls(
            message=message,
            code=code,
            param=param,
            type_=type_,
        )

        image_gen_stream_error_event_error.additional_properties = d
        return image_gen_stream_error_event_error
