from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_error_event_type import BaseErrorEventType, check_base_error_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BaseErrorEvent(_ModelBase):
    """Event emitted when an error occurs during streaming

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.', 'param': None,
            'sequence_number': 2, 'type': 'error'}

    """

    code: None | str
    message: str
    param: None | str
    sequence_number: int
    type_: BaseErrorEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "code",
        "message",
        "param",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = d.pop("code")
            if not isinstance(code, (str, _NoneType)):
                code = _parse_union(
                    code,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "message"
            message = d.pop("message")

            _at_field_ = "param"
            param = d.pop("param")
            if not isinstance(param, (str, _NoneType)):
                param = _parse_union(
                    param,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_base_error_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_error_event = cls(
            code=code,
            message=message,
            param=param,
            sequence_number=sequence_number,
            type_=type_,
        )

        base_error_event.additional_properties = d
        return base_error_event
