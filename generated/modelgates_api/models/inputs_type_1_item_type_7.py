from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText


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

    _json_fields_ = (
        "content",
        "id",
        "role",
        ("type_", "type"),
        "phase",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")
            if not isinstance(content, (_NoneType,)):

                def _content_member_0(data: object) -> list[OpenAIResponsesRefusalContent | ResponseOutputText]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    for _content_type_0_item_data_index, content_type_0_item_data in enumerate(
                        _as_list(_content_type_0)
                    ):
                        try:
                            content_type_0_item = content_type_0_item_data
                            content_type_0_item = _parse_union(
                                content_type_0_item,
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

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_type_0_item_data_index)
                        content_type_0.append(content_type_0_item)

                    return content_type_0

                content = _parse_union(
                    content,
                    (("list[OpenAIResponsesRefusalContent | ResponseOutputText]", _content_member_0),),
                    plain=(str, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "role"
            role = check_inputs_type_1_item_type_7_role(d.pop("role"))

            _at_field_ = "type"
            type_ = check_inputs_type_1_item_type_7_type(d.pop("type"))

            _at_field_ = "phase"
            phase = d.pop("phase", UNSET)
            if not isinstance(phase, (_NoneType, Unset)):

                def _phase_member_0(data: object) -> InputsType1ItemType7PhaseType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    phase_type_0 = check_inputs_type_1_item_type_7_phase_type_0(data)

                    return phase_type_0

                def _phase_member_1(data: object) -> InputsType1ItemType7PhaseType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    phase_type_1 = check_inputs_type_1_item_type_7_phase_type_1(data)

                    return phase_type_1

                phase = _parse_union(
                    phase,
                    (
                        ("InputsType1ItemType7PhaseType0", _phase_member_0),
                        ("InputsType1ItemType7PhaseType1", _phase_member_1),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "status"
            status = d.pop("status", UNSET)
            if not isinstance(status, (Unset,)):

                def _status_member_0(data: object) -> InputsType1ItemType7StatusType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = check_inputs_type_1_item_type_7_status_type_0(data)

                    return status_type_0

                def _status_member_1(data: object) -> InputsType1ItemType7StatusType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = check_inputs_type_1_item_type_7_status_type_1(data)

                    return status_type_1

                def _status_member_2(data: object) -> InputsType1ItemType7StatusType2:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2 = check_inputs_type_1_item_type_7_status_type_2(data)

                    return status_type_2

                status = _parse_union(
                    status,
                    (
                        ("InputsType1ItemType7StatusType0", _status_member_0),
                        ("InputsType1ItemType7StatusType1", _status_member_1),
                        ("InputsType1ItemType7StatusType2", _status_member_2),
                    ),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        inputs_type_1_item_type_7 = cls(
            content=content,
            id=id,
            role=role,
            type_=type_,
            phase=phase,
            status=status,
        )

        inputs_type_1_item_type_7.additional_properties = d
        return inputs_type_1_item_type_7


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenAIResponsesRefusalContent = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"
    )
    ResponseOutputText = _LazyModel(globals(), "modelgates_api.models.response_output_text", "ResponseOutputText")
