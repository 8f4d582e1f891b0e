from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.chat_content_file_type import (
    ChatContentFileType,
    check_chat_content_file_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
    unknown_fields,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.chat_file_data import ChatFileData


T = TypeVar("T", bound="ChatContentFile")


@_attrs_define(repr=False, eq=False)
class ChatContentFile(_ModelBase):
    """A file content part (e.g. a PDF).

    Attributes:
        type_ (ChatContentFileType):
        file (ChatFileData): Inline file input.
    """

    type_: ChatContentFileType
    file: ChatFileData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ChatFileData,) = _lazy_imports()
        file = self.file.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_,
            "file": file,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ChatFileData,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_chat_content_file_type(d.pop("type"))

            _at_field_ = "file"
            file = ChatFileData.from_dict(d.pop("file"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_content_file = cls(
            type_=type_,
            file=file,
        )

        chat_content_file.additional_properties = unknown_fields(d)
        return chat_content_file


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.chat_file_data import ChatFileData

    return (ChatFileData,)
