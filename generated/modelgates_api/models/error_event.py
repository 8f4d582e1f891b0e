from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.error_event_type import ErrorEventType, check_error_event_type
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ErrorEvent(_ModelBase):
    """Event emitted when an error occurs during streaming

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.', 'param': None,
            'sequence_number': 2, 'type': 'error'}

    """

    code: None | str
    message: str
    param: None | str
    sequence_number: int
    type_: ErrorEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
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
        "message",
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
        "sequence_number",
        ("type", check_error_event_type, "type_"),
    )
