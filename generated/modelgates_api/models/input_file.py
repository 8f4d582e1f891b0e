from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_file_type import InputFileType, check_input_file_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class InputFile(_ModelBase):
    """File input content item

    Example:
        {'file_id': 'file-abc123', 'filename': 'document.pdf', 'type': 'input_file'}

    """

    type_: InputFileType
    file_data: str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_input_file_type, "type_"),)
    _optional_ = (
        "file_data",
        (
            "file_id",
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
        "file_url",
        "filename",
    )
