from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_file_search_call_item_type import (
    OutputFileSearchCallItemType,
    check_output_file_search_call_item_type,
)
from ..models.web_search_status import WebSearchStatus, check_web_search_status
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OutputFileSearchCallItem(_ModelBase):
    """
    Example:
        {'id': 'fs-abc123', 'queries': ['search term'], 'results': [], 'status': 'completed', 'type':
            'file_search_call'}

    """

    id: str
    queries: list[str]
    status: WebSearchStatus
    type_: OutputFileSearchCallItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        "queries",
        ("status", check_web_search_status),
        ("type", check_output_file_search_call_item_type, "type_"),
    )
