from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.chat_stream_error_metadata_type_0 import ChatStreamErrorMetadataType0
else:
    ChatStreamErrorMetadataType0 = _LazyModel(
        globals(), "chat_stream_error_metadata_type_0", "ChatStreamErrorMetadataType0"
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
