from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_message_phase_type_0 import OutputMessagePhaseType0, check_output_message_phase_type_0
from ..models.output_message_phase_type_1 import OutputMessagePhaseType1, check_output_message_phase_type_1
from ..models.output_message_role import OutputMessageRole, check_output_message_role
from ..models.output_message_status_type_0 import OutputMessageStatusType0, check_output_message_status_type_0
from ..models.output_message_status_type_1 import OutputMessageStatusType1, check_output_message_status_type_1
from ..models.output_message_status_type_2 import OutputMessageStatusType2, check_output_message_status_type_2
from ..models.output_message_type import OutputMessageType, check_output_message_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText
else:
    OpenAIResponsesRefusalContent = _LazyModel(
        globals(), "open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"
    )
    ResponseOutputText = _LazyModel(globals(), "response_output_text", "ResponseOutputText")


@_attrs_define(repr=False, eq=False)
class OutputMessage(_ModelBase):
    """
    Example:
        {'content': [{'text': 'Hello! How can I help you today?', 'type': 'output_text'}], 'id': 'msg-abc123', 'role':
            'assistant', 'status': 'completed', 'type': 'message'}

    Attributes:
        phase (None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset): The phase of an assistant message. Use
            `commentary` for an intermediate assistant message and `final_answer` for the final assistant message. For
            follow-up requests with models like `gpt-5.3-codex` and later, preserve and resend phase on all assistant
            messages. Omitting it can degrade performance. Not used for user messages.
    """

    content: list[OpenAIResponsesRefusalContent | ResponseOutputText]
    id: str
    role: OutputMessageRole
    type_: OutputMessageType
    phase: None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset = UNSET
    status: OutputMessageStatusType0 | OutputMessageStatusType1 | OutputMessageStatusType2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _list_field(
                _union_field(
                    (
                        ("ResponseOutputText", ResponseOutputText),
                        ("OpenAIResponsesRefusalContent", OpenAIResponsesRefusalContent),
                    ),
                    tag=(
                        "type",
                        (
                            "output_text",
                            "refusal",
                        ),
                    ),
                )
            ),
        ),
        "id",
        ("role", check_output_message_role),
        ("type", check_output_message_type, "type_"),
    )
    _optional_ = (
        (
            "phase",
            _union_field(
                (
                    ("OutputMessagePhaseType0", _guarded((str,), check_output_message_phase_type_0)),
                    ("OutputMessagePhaseType1", _guarded((str,), check_output_message_phase_type_1)),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "status",
            _union_field(
                (
                    ("OutputMessageStatusType0", _guarded((str,), check_output_message_status_type_0)),
                    ("OutputMessageStatusType1", _guarded((str,), check_output_message_status_type_1)),
                    ("OutputMessageStatusType2", _guarded((str,), check_output_message_status_type_2)),
                )
            ),
        ),
    )
