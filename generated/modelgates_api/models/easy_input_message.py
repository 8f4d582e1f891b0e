from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.easy_input_message_phase_type_0 import EasyInputMessagePhaseType0, check_easy_input_message_phase_type_0
from ..models.easy_input_message_phase_type_1 import EasyInputMessagePhaseType1, check_easy_input_message_phase_type_1
from ..models.easy_input_message_role_type_0 import EasyInputMessageRoleType0, check_easy_input_message_role_type_0
from ..models.easy_input_message_role_type_1 import EasyInputMessageRoleType1, check_easy_input_message_role_type_1
from ..models.easy_input_message_role_type_2 import EasyInputMessageRoleType2, check_easy_input_message_role_type_2
from ..models.easy_input_message_role_type_3 import EasyInputMessageRoleType3, check_easy_input_message_role_type_3
from ..models.easy_input_message_type import EasyInputMessageType, check_easy_input_message_type
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

    from ..models.easy_input_message_content_type_0_item_type_1 import EasyInputMessageContentType0ItemType1
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo


@_attrs_define(repr=False, eq=False)
class EasyInputMessage(_ModelBase):
    """
    Example:
        {'content': 'What is the weather today?', 'role': 'user'}

    Attributes:
        phase (EasyInputMessagePhaseType0 | EasyInputMessagePhaseType1 | None | Unset): The phase of an assistant
            message. Use `commentary` for an intermediate assistant message and `final_answer` for the final assistant
            message. For follow-up requests with models like `gpt-5.3-codex` and later, preserve and resend phase on all
            assistant messages. Omitting it can degrade performance. Not used for user messages. Example: final_answer.
    """

    role: EasyInputMessageRoleType0 | EasyInputMessageRoleType1 | EasyInputMessageRoleType2 | EasyInputMessageRoleType3
    content: (
        list[EasyInputMessageContentType0ItemType1 | InputAudio | InputFile | InputText | InputVideo]
        | None
        | str
        | Unset
    ) = UNSET
    phase: EasyInputMessagePhaseType0 | EasyInputMessagePhaseType1 | None | Unset = UNSET
    type_: EasyInputMessageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "role",
        "content",
        "phase",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = d.pop("role")

            def _role_member_0(data: object) -> EasyInputMessageRoleType0:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_easy_input_message_role_type_0(data)

                return role_type_0

            def _role_member_1(data: object) -> EasyInputMessageRoleType1:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_easy_input_message_role_type_1(data)

                return role_type_1

            def _role_member_2(data: object) -> EasyInputMessageRoleType2:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_easy_input_message_role_type_2(data)

                return role_type_2

            def _role_member_3(data: object) -> EasyInputMessageRoleType3:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_3 = check_easy_input_message_role_type_3(data)

                return role_type_3

            role = _parse_union(
                role,
                (
                    ("EasyInputMessageRoleType0", _role_member_0),
                    ("EasyInputMessageRoleType1", _role_member_1),
                    ("EasyInputMessageRoleType2", _role_member_2),
                    ("EasyInputMessageRoleType3", _role_member_3),
                ),
            )

            _at_field_ = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (_NoneType, Unset)):

                def _content_member_0(
                    data: object,
                ) -> list[EasyInputMessageContentType0ItemType1 | InputAudio | InputFile | InputText | InputVideo]:
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
                                    ("InputText", InputText),
                                    ("EasyInputMessageContentType0ItemType1", EasyInputMessageContentType0ItemType1),
                                    ("InputFile", InputFile),
                                    ("InputAudio", InputAudio),
                                    ("InputVideo", InputVideo),
                                ),
                                tag=(
                                    "type",
                                    (
                                        "input_text",
                                        "input_image",
                                        "input_file",
                                        "input_audio",
                                        "input_video",
                                    ),
                                ),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_type_0_item_data_index)
                        content_type_0.append(content_type_0_item)

                    return content_type_0

                content = _parse_union(
                    content,
                    (
                        (
                            "list[EasyInputMessageContentType0ItemType1 | InputAudio | InputFile | InputText | InputVideo]",
                            _content_member_0,
                        ),
                    ),
                    plain=(str, _NoneType),
                )

            _at_field_ = "phase"
            phase = d.pop("phase", UNSET)
            if not isinstance(phase, (_NoneType, Unset)):

                def _phase_member_0(data: object) -> EasyInputMessagePhaseType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    phase_type_0 = check_easy_input_message_phase_type_0(data)

                    return phase_type_0

                def _phase_member_1(data: object) -> EasyInputMessagePhaseType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    phase_type_1 = check_easy_input_message_phase_type_1(data)

                    return phase_type_1

                phase = _parse_union(
                    phase,
                    (
                        ("EasyInputMessagePhaseType0", _phase_member_0),
                        ("EasyInputMessagePhaseType1", _phase_member_1),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "type"
            _type_ = d.pop("type", UNSET)
            type_: EasyInputMessageType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_easy_input_message_type(_type_)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        easy_input_message = cls(
            role=role,
            content=content,
            phase=phase,
            type_=type_,
        )

        easy_input_message.additional_properties = d
        return easy_input_message


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    EasyInputMessageContentType0ItemType1 = _LazyModel(
        globals(),
        "modelgates_api.models.easy_input_message_content_type_0_item_type_1",
        "EasyInputMessageContentType0ItemType1",
    )
    InputAudio = _LazyModel(globals(), "modelgates_api.models.input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
    InputVideo = _LazyModel(globals(), "modelgates_api.models.input_video", "InputVideo")
