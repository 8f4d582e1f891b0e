from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_file_type import InputFileType, check_input_file_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        ("type_", "type"),
        "file_data",
        "file_id",
        "file_url",
        "filename",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_input_file_type(d.pop("type"))

            _at_field_ = "file_data"
            file_data = d.pop("file_data", UNSET)

            _at_field_ = "file_id"
            file_id = d.pop("file_id", UNSET)
            if not isinstance(file_id, (str, _NoneType, Unset)):
                file_id = _parse_union(
                    file_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "file_url"
            file_url = d.pop("file_url", UNSET)

            _at_field_ = "filename"
            filename = d.pop("filename", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        input_file = cls(
            type_=type_,
            file_data=file_data,
            file_id=file_id,
            file_url=file_url,
            filename=filename,
        )

        input_file.additional_properties = d
        return input_file
