from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_object import OpenAIFileObject, check_open_ai_file_object
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_shape import OpenAIFileShape, check_open_ai_file_shape
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OpenAIFile(_ModelBase):
    """A stored file in OpenAI's Files API shape.

    Example:
        {'_shape': 'openai', 'bytes': 1024000, 'created_at': 1735689600, 'filename': 'document.pdf', 'id':
            'or_file_011CNha8iCJcU1wXNR6q4V8w', 'object': 'file', 'purpose': 'user_data', 'status': 'processed'}

    """

    field_shape: OpenAIFileShape
    bytes_: int
    created_at: int
    filename: str
    id: str
    object_: OpenAIFileObject
    purpose: OpenAIFilePurpose
    status: OpenAIFileStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("field_shape", "_shape"),
        ("bytes_", "bytes"),
        "created_at",
        "filename",
        "id",
        ("object_", "object"),
        "purpose",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "_shape"
            field_shape = check_open_ai_file_shape(d.pop("_shape"))

            _at_field_ = "bytes"
            bytes_ = d.pop("bytes")

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "filename"
            filename = d.pop("filename")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "object"
            object_ = check_open_ai_file_object(d.pop("object"))

            _at_field_ = "purpose"
            purpose = check_open_ai_file_purpose(d.pop("purpose"))

            _at_field_ = "status"
            status = check_open_ai_file_status(d.pop("status"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_file = cls(
            field_shape=field_shape,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            id=id,
            object_=object_,
            purpose=purpose,
            status=status,
        )

        open_ai_file.additional_properties = d
        return open_ai_file
