from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase as _ModelBase
from ..types import as_object

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatRequestMetadata(_ModelBase):
    """Key-value pairs for additional information (at most 16 pairs, 64-character keys, 512-character values)."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        chat_request_metadata = cls()

        chat_request_metadata.additional_properties = d
        return chat_request_metadata

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value
