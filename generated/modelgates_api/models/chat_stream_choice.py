from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_finish_reason import ChatFinishReason, check_chat_finish_reason
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
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

    def to_dict(self) -> dict[str, Any]:
        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        native_finish_reason: None | str | Unset
        if isinstance(self.native_finish_reason, Unset):
            native_finish_reason = UNSET
        else:
            native_finish_reason = self.native_finish_reason

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatStreamChoiceLogprobsType0):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "index": self.index,
        }
        if delta is not UNSET:
            field_dict["delta"] = delta
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

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
            if not isinstance(finish_reason, (type(None), Unset)):

                def _finish_reason_member_0(data: object) -> ChatFinishReason:
                    if not isinstance(data, str):
                        raise TypeError()
                    finish_reason_type_0 = check_chat_finish_reason(data)

                    return finish_reason_type_0

                finish_reason = _parse_union(
                    finish_reason,
                    (("ChatFinishReason", _finish_reason_member_0),),
                    plain=(str, type(None)),
                )

            _at_field_ = "native_finish_reason"
            native_finish_reason = d.pop("native_finish_reason", UNSET)
            if not isinstance(native_finish_reason, (str, type(None), Unset)):
                native_finish_reason = _parse_union(
                    native_finish_reason,
                    (),
                    plain=(str, type(None)),
                )

            _at_field_ = "logprobs"
            logprobs = d.pop("logprobs", UNSET)
            if not isinstance(logprobs, (type(None), Unset)):
                logprobs = _parse_union(
                    logprobs,
                    (("ChatStreamChoiceLogprobsType0", ChatStreamChoiceLogprobsType0),),
                    plain=(type(None),),
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
