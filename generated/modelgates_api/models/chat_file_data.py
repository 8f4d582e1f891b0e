from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _optional_ = (
        "filename",
        "file_data",
    )
