from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from .. import types
from ..types import File, ModelBase as _ModelBase, parse_file as _parse_file


@_attrs_define(repr=False, eq=False)
class UploadFileBody(_ModelBase):
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("file", _parse_file),)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
