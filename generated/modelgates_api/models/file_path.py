from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_path_type import FilePathType, check_file_path_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FilePath(_ModelBase):
    """
    Example:
        {'file_id': 'file-xyz789', 'index': 0, 'type': 'file_path'}

    """

    file_id: str
    index: int
    type_: FilePathType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "file_id",
        "index",
        ("type", check_file_path_type, "type_"),
    )
