from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import union_field as _union_field

if TYPE_CHECKING:
    from ..models.chat_stream_error_metadata_type_0 import ChatStreamErrorMetadataType0
else:
    ChatStreamErrorMetadataType0 = _LazyModel(
        globals(), "modelgates_api.models.chat_stream_error_metadata_type_0", "ChatStreamErrorMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class ChatStreamError(_ModelBase):
    """An error reported inside the stream after generation started.

    Attributes:
        code (int | str): Error code (an HTTP-like status number or a string such as `server_error`).
    """

    code: int | str
    message: str
    metadata: ChatStreamErrorMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "code",
            _union_field(
                (),
                plain=(
                    int,
                    str,
                ),
                skip=(
                    int,
                    str,
                ),
            ),
        ),
        "message",
    )
    _optional_ = (
        (
            "metadata",
            _union_field(
                (("ChatStreamErrorMetadataType0", ChatStreamErrorMetadataType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
