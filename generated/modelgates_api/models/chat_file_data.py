from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatFileData(_ModelBase):
    """Inline file input.

    Attributes:
        filename (str | Unset): Name of the file, e.g. `document.pdf`.
        file_data (str | Unset): File contents as a data URL (`data:application/pdf;base64,...`) or a public URL.
    """

    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "filename",
        "file_data",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "filename"
            filename = d.pop("filename", UNSET)

            _at_field_ = "file_data"
            file_data = d.pop("file_data", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_file_data = cls(
            filename=filename,
            file_data=file_data,
        )

        chat_file_data.additional_properties = d
        return chat_file_data
