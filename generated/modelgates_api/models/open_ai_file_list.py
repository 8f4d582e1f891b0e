from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.open_ai_file_list_object import (
    OpenAIFileListObject,
    check_open_ai_file_list_object,
)
from ..models.open_ai_file_list_shape import (
    OpenAIFileListShape,
    check_open_ai_file_list_shape,
)

if TYPE_CHECKING:
    from ..models.open_ai_file import OpenAIFile


T = TypeVar("T", bound="OpenAIFileList")


@_attrs_define
class OpenAIFileList:
    """A page of files in OpenAI's shape.

    Example:
        {'_shape': 'openai', 'data': [], 'first_id': None, 'has_more': False, 'last_id': None, 'object': 'list'}

    Attributes:
        field_shape (OpenAIFileListShape):
        data (list[OpenAIFile]):
        first_id (None | str):
        has_more (bool):
        last_id (None | str):
        object_ (OpenAIFileListObject):
    """

    field_shape: OpenAIFileListShape
    data: list[OpenAIFile]
    first_id: None | str
    has_more: bool
    last_id: None | str
    object_: OpenAIFileListObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape: str = self.field_shape

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        first_id: None | str
        first_id = self.first_id

        has_more = self.has_more

        last_id: None | str
        last_id = self.last_id

        object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "data": data,
                "first_id": first_id,
                "has_more": has_more,
                "last_id": last_id,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.open_ai_file import OpenAIFile

        d = dict(src_dict)
        field_shape = check_open_ai_file_list_shape(d.pop("_shape"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = OpenAIFile.from_dict(data_item_data)

            data.append(data_item)

        def _parse_first_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_id = _parse_first_id(d.pop("first_id"))

        has_more = d.pop("has_more")

        def _parse_last_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_id = _parse_last_id(d.pop("last_id"))

        object_ = check_open_ai_file_list_object(d.pop("object"))

        open_ai_file_list = cls(
            field_shape=field_shape,
            data=data,
            first_id=first_id,
            has_more=has_more,
            last_id=last_id,
            object_=object_,
        )

        open_ai_file_list.additional_properties = d
        return open_ai_file_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
