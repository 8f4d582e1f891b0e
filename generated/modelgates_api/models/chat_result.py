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
    from ..models.chat_choice import ChatChoice
    from ..models.chat_result_modelgates_metadata_type_0 import ChatResultModelgatesMetadataType0
    from ..models.chat_usage import ChatUsage
else:
    ChatChoice = _LazyModel(globals(), "chat_choice", "ChatChoice")
    ChatResultModelgatesMetadataType0 = _LazyModel(
        globals(), "chat_result_modelgates_metadata_type_0", "ChatResultModelgatesMetadataType0"
    )
    ChatUsage = _LazyModel(globals(), "chat_usage", "ChatUsage")


@_attrs_define(repr=False, eq=False)
class ChatResult(_ModelBase):
    """Chat completion result (non-streaming).

    Attributes:
        created (int): Unix timestamp (seconds).
        object_ (str | Unset): Always `chat.completion`.
        provider (str | Unset): The provider that served the request.
        modelgates_metadata (ChatResultModelgatesMetadataType0 | None | Unset): Routing metadata, present when requested
            with `X-OpenRouter-Experimental-Metadata`.
    """

    id: str
    created: int
    model: str
    choices: list[ChatChoice]
    object_: str | Unset = UNSET
    usage: ChatUsage | None | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    provider: str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    modelgates_metadata: ChatResultModelgatesMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        "created",
        "model",
        ("choices", _list_field(_model_field(ChatChoice))),
    )
    _optional_ = (
        ("object", None, "object_"),
        ("usage", _union_field((("ChatUsage", ChatUsage),), plain=(_NoneType,), skip=(_NoneType,))),
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
        "provider",
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
        (
            "modelgates_metadata",
            _union_field(
                (("ChatResultModelgatesMetadataType0", ChatResultModelgatesMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
