from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_finish_reason import ChatFinishReason, check_chat_finish_reason
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_stream_choice_logprobs_type_0 import ChatStreamChoiceLogprobsType0
    from ..models.chat_stream_delta import ChatStreamDelta


@_attrs_define(repr=False, eq=False)
class ChatStreamChoice(_ModelBase):
    """A choice of a stream chunk.

    Attributes:
        delta (ChatStreamDelta | Unset): The incremental message content of a stream chunk.
        finish_reason (ChatFinishReason | None | str | Unset): Set on the last content chunk.
    """

    index: int
    delta: ChatStreamDelta | Unset = UNSET
    finish_reason: ChatFinishReason | None | str | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    logprobs: ChatStreamChoiceLogprobsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "index",
        "delta",
        "finish_reason",
        "native_finish_reason",
        "logprobs",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "delta"
            _delta = d.pop("delta", UNSET)
            delta: ChatStreamDelta | Unset
            if isinstance(_delta, Unset):
                delta = UNSET
            else:
                delta = ChatStreamDelta.from_dict(_delta)

            _at_field_ = "finish_reason"
            finish_reason = d.pop("finish_reason", UNSET)
            if not isinstance(finish_reason, (_NoneType, Unset)):

                def _finish_reason_member_0(data: object) -> ChatFinishReason:
                    if not isinstance(data, str):
                        raise TypeError()
                    finish_reason_type_0 = check_chat_finish_reason(data)

                    return finish_reason_type_0

                finish_reason = _parse_union(
                    finish_reason,
                    (("ChatFinishReason", _finish_reason_member_0),),
                    plain=(str, _NoneType),
                )

            _at_field_ = "native_finish_reason"
            native_finish_reason = d.pop("native_finish_reason", UNSET)
            if not isinstance(native_finish_reason, (str, _NoneType, Unset)):
                native_finish_reason = _parse_union(
                    native_finish_reason,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "logprobs"
            logprobs = d.pop("logprobs", UNSET)
            if not isinstance(logprobs, (_NoneType, Unset)):
                logprobs = _parse_union(
                    logprobs,
                    (("ChatStreamChoiceLogprobsType0", ChatStreamChoiceLogprobsType0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_stream_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
            logprobs=logprobs,
        )

        chat_stream_choice.additional_properties = d
        return chat_stream_choice


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatStreamChoiceLogprobsType0 = _LazyModel(
        globals(), "modelgates_api.models.chat_stream_choice_logprobs_type_0", "ChatStreamChoiceLogprobsType0"
    )
    ChatStreamDelta = _LazyModel(globals(), "modelgates_api.models.chat_stream_delta", "ChatStreamDelta")
