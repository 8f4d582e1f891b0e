from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_citation_type import FileCitationType, check_file_citation_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FileCitation(_ModelBase):
    """
    Example:
        {'file_id': 'file-abc123', 'filename': 'research_paper.pdf', 'index': 0, 'type': 'file_citation'}

    """

    file_id: str
    filename: str
    index: int
    type_: FileCitationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "file_id",
        "filename",
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

            _at_field_ = "filename"
            filename = d.pop("filename")

            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "type"
            type_ = check_file_citation_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_citation = cls(
            file_id=file_id,
            filename=filename,
            index=index,
            type_=type_,
        )

        file_citation.additional_properties = d
        return file_citation
