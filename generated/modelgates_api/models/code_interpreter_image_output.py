from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.code_interpreter_image_output_type import (
    CodeInterpreterImageOutputType,
    check_code_interpreter_image_output_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CodeInterpreterImageOutput(_ModelBase):
    """
    Example:
        {'type': 'image', 'url': 'https://example.com/plot.png'}

    """

    type_: CodeInterpreterImageOutputType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_code_interpreter_image_output_type, "type_"),
        "url",
    )
