from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_file_object import OpenAIFileObject, check_open_ai_file_object
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_shape import OpenAIFileShape, check_open_ai_file_shape
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        ("_shape", check_open_ai_file_shape, "field_shape"),
        ("bytes", None, "bytes_"),
        "created_at",
        "filename",
        "id",
        ("object", check_open_ai_file_object, "object_"),
        ("purpose", check_open_ai_file_purpose),
        ("status", check_open_ai_file_status),
    )
