from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_reasoning_detail import ChatReasoningDetail
    from ..models.chat_response_image import ChatResponseImage
    from ..models.chat_stream_tool_call_delta import ChatStreamToolCallDelta


@_attrs_define(repr=False, eq=False)
class ChatStreamDelta(_ModelBase):
    """The incremental message content of a stream chunk.

    Attributes:
        role (None | str | Unset): Usually `assistant`, on the first chunk only.
    """

    role: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatStreamToolCallDelta] | Unset = UNSET
    images: list[ChatResponseImage] | Unset = UNSET
    reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "role",
        "content",
        "reasoning",
        "refusal",
        "tool_calls",
        "images",
        "reasoning_details",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = d.pop("role", UNSET)
            if not isinstance(role, (str, _NoneType, Unset)):
                role = _parse_union(
                    role,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (str, _NoneType, Unset)):
                content = _parse_union(
                    content,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "reasoning"
            reasoning = d.pop("reasoning", UNSET)
            if not isinstance(reasoning, (str, _NoneType, Unset)):
                reasoning = _parse_union(
                    reasoning,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "refusal"
            refusal = d.pop("refusal", UNSET)
            if not isinstance(refusal, (str, _NoneType, Unset)):
                refusal = _parse_union(
                    refusal,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "tool_calls"
            _tool_calls = d.pop("tool_calls", UNSET)
            tool_calls: list[ChatStreamToolCallDelta] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for _tool_calls_item_data_index, tool_calls_item_data in enumerate(_as_list(_tool_calls)):
                    try:
                        tool_calls_item = ChatStreamToolCallDelta.from_dict(tool_calls_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tool_calls_item_data_index)
                    tool_calls.append(tool_calls_item)

            _at_field_ = "images"
            _images = d.pop("images", UNSET)
            images: list[ChatResponseImage] | Unset = UNSET
            if _images is not UNSET:
                images = []
                for _images_item_data_index, images_item_data in enumerate(_as_list(_images)):
                    try:
                        images_item = ChatResponseImage.from_dict(images_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _images_item_data_index)
                    images.append(images_item)

            _at_field_ = "reasoning_details"
            _reasoning_details = d.pop("reasoning_details", UNSET)
            reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
            if _reasoning_details is not UNSET:
                reasoning_details = []
                for _reasoning_details_item_data_index, reasoning_details_item_data in enumerate(
                    _as_list(_reasoning_details)
                ):
                    try:
                        reasoning_details_item = ChatReasoningDetail.from_dict(reasoning_details_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _reasoning_details_item_data_index)
                    reasoning_details.append(reasoning_details_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_stream_delta = cls(
            role=role,
            content=content,
            reasoning=reasoning,
            refusal=refusal,
            tool_calls=tool_calls,
            images=images,
            reasoning_details=reasoning_details,
        )

        chat_stream_delta.additional_properties = d
        return chat_stream_delta


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatReasoningDetail = _LazyModel(globals(), "modelgates_api.models.chat_reasoning_detail", "ChatReasoningDetail")
    ChatResponseImage = _LazyModel(globals(), "modelgates_api.models.chat_response_image", "ChatResponseImage")
    ChatStreamToolCallDelta = _LazyModel(
        globals(), "modelgates_api.models.chat_stream_tool_call_delta", "ChatStreamToolCallDelta"
    )
