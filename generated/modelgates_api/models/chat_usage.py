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
    from ..models.chat_completion_tokens_details import ChatCompletionTokensDetails
    from ..models.chat_prompt_tokens_details import ChatPromptTokensDetails
else:
    ChatCompletionTokensDetails = _LazyModel(globals(), "chat_completion_tokens_details", "ChatCompletionTokensDetails")
    ChatPromptTokensDetails = _LazyModel(globals(), "chat_prompt_tokens_details", "ChatPromptTokensDetails")


@_attrs_define(repr=False, eq=False)
class ChatUsage(_ModelBase):
    """Token usage statistics.

    Attributes:
        cost (float | None | Unset): Cost of the request in credits (USD).
        is_byok (bool | Unset): Whether the request used the caller's own provider key.
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: ChatPromptTokensDetails | None | Unset = UNSET
    completion_tokens_details: ChatCompletionTokensDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
    )
    _optional_ = (
        (
            "cost",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        "is_byok",
        (
            "prompt_tokens_details",
            _union_field(
                (("ChatPromptTokensDetails", ChatPromptTokensDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "completion_tokens_details",
            _union_field(
                (("ChatCompletionTokensDetails", ChatCompletionTokensDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
