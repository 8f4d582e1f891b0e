from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import PARSE_ERRORS, File, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UploadFileBody(_ModelBase):
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("file",)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file"
            file = File(payload=BytesIO(d.pop("file")))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        upload_file_body = cls(
            file=file,
        )

        upload_file_body.additional_properties = d
        return upload_file_body
