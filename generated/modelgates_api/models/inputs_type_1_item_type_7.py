from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.inputs_type_1_item_type_7_phase_type_0 import (
    InputsType1ItemType7PhaseType0,
    check_inputs_type_1_item_type_7_phase_type_0,
)
from ..models.inputs_type_1_item_type_7_phase_type_1 import (
    InputsType1ItemType7PhaseType1,
    check_inputs_type_1_item_type_7_phase_type_1,
)
from ..models.inputs_type_1_item_type_7_role import InputsType1ItemType7Role, check_inputs_type_1_item_type_7_role
from ..models.inputs_type_1_item_type_7_status_type_0 import (
    InputsType1ItemType7StatusType0,
    check_inputs_type_1_item_type_7_status_type_0,
)
from ..models.inputs_type_1_item_type_7_status_type_1 import (
    InputsType1ItemType7StatusType1,
    check_inputs_type_1_item_type_7_status_type_1,
)
from ..models.inputs_type_1_item_type_7_status_type_2 import (
    InputsType1ItemType7StatusType2,
    check_inputs_type_1_item_type_7_status_type_2,
)
from ..models.inputs_type_1_item_type_7_type import InputsType1ItemType7Type, check_inputs_type_1_item_type_7_type
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
class InputsType1ItemType7(_ModelBase):
    """An output message item

    Example:
        {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id': 'msg-123',
            'role': 'assistant', 'status': 'completed', 'type': 'message'}

    Attributes:
        phase (InputsType1ItemType7PhaseType0 | InputsType1ItemType7PhaseType1 | None | Unset): The phase of an
            assistant message. Use `commentary` for an intermediate assistant message and `final_answer` for the final
            assistant message. For follow-up requests with models like `gpt-5.3-codex` and later, preserve and resend phase
            on all assistant messages. Omitting it can degrade performance. Not used for user messages.
    """

    content: list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str
    id: str
    role: InputsType1ItemType7Role
    type_: InputsType1ItemType7Type = "message"
    phase: InputsType1ItemType7PhaseType0 | InputsType1ItemType7PhaseType1 | None | Unset = UNSET
    status: (
        InputsType1ItemType7StatusType0 | InputsType1ItemType7StatusType1 | InputsType1ItemType7StatusType2 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[OpenAIResponsesRefusalContent | ResponseOutputText]",
                        _guarded(
                            (list,),
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
                    ),
                ),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(_NoneType,),
            ),
        ),
        "id",
        ("role", check_inputs_type_1_item_type_7_role),
        ("type", check_inputs_type_1_item_type_7_type, "type_"),
    )
    _optional_ = (
        (
            "phase",
            _union_field(
                (
                    ("InputsType1ItemType7PhaseType0", _guarded((str,), check_inputs_type_1_item_type_7_phase_type_0)),
                    ("InputsType1ItemType7PhaseType1", _guarded((str,), check_inputs_type_1_item_type_7_phase_type_1)),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "status",
            _union_field(
                (
                    (
                        "InputsType1ItemType7StatusType0",
                        _guarded((str,), check_inputs_type_1_item_type_7_status_type_0),
                    ),
                    (
                        "InputsType1ItemType7StatusType1",
                        _guarded((str,), check_inputs_type_1_item_type_7_status_type_1),
                    ),
                    (
                        "InputsType1ItemType7StatusType2",
                        _guarded((str,), check_inputs_type_1_item_type_7_status_type_2),
                    ),
                )
            ),
        ),
    )
