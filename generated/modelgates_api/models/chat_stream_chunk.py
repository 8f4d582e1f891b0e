from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.chat_stream_choice import ChatStreamChoice
    from ..models.chat_stream_chunk_modelgates_metadata_type_0 import ChatStreamChunkModelgatesMetadataType0
    from ..models.chat_stream_error import ChatStreamError
    from ..models.chat_usage import ChatUsage
else:
    ChatStreamChoice = _LazyModel(globals(), "chat_stream_choice", "ChatStreamChoice")
    ChatStreamChunkModelgatesMetadataType0 = _LazyModel(
        globals(), "chat_stream_chunk_modelgates_metadata_type_0", "ChatStreamChunkModelgatesMetadataType0"
    )
    ChatStreamError = _LazyModel(globals(), "chat_stream_error", "ChatStreamError")
    ChatUsage = _LazyModel(globals(), "chat_usage", "ChatUsage")


@_attrs_define(repr=False, eq=False)
class ChatStreamChunk(_ModelBase):
    """The JSON data of one server-sent event of a chat completion stream (`data: {...}`). The stream ends with `data:
    [DONE]`, which is not JSON.

        Attributes:
            object_ (str | Unset): Always `chat.completion.chunk`.
            usage (ChatUsage | None | Unset): Usage statistics, on the final chunk.
            error (ChatStreamError | Unset): An error reported inside the stream after generation started.
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    created: int | Unset = UNSET
    model: str | Unset = UNSET
    choices: list[ChatStreamChoice] | Unset = UNSET
    usage: ChatUsage | None | Unset = UNSET
    provider: str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    error: ChatStreamError | Unset = UNSET
    modelgates_metadata: ChatStreamChunkModelgatesMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "id",
        ("object", None, "object_"),
        "created",
        "model",
        ("choices", _list_field(_model_field(ChatStreamChoice))),
        ("usage", _union_field((("ChatUsage", ChatUsage),), plain=(_NoneType,), skip=(_NoneType,))),
        "provider",
        (
            "system_fingerprint",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "service_tier",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("error", _model_field(ChatStreamError)),
        (
            "modelgates_metadata",
            _union_field(
                (("ChatStreamChunkModelgatesMetadataType0", ChatStreamChunkModelgatesMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
