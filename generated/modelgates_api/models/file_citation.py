from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_citation_type import FileCitationType, check_file_citation_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "file_id",
        "filename",
        "index",
        ("type", check_file_citation_type, "type_"),
    )
