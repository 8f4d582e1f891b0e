from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_path_type import FilePathType, check_file_path_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "file_id",
        "index",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file_id"
            file_id = d.pop("file_id")

            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "type"
            type_ = check_file_path_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_path = cls(
            file_id=file_id,
            index=index,
            type_=type_,
        )

        file_path.additional_properties = d
        return file_path
