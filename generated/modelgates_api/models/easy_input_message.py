from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.easy_input_message_phase_type_0 import EasyInputMessagePhaseType0, check_easy_input_message_phase_type_0
from ..models.easy_input_message_phase_type_1 import EasyInputMessagePhaseType1, check_easy_input_message_phase_type_1
from ..models.easy_input_message_role_type_0 import EasyInputMessageRoleType0, check_easy_input_message_role_type_0
from ..models.easy_input_message_role_type_1 import EasyInputMessageRoleType1, check_easy_input_message_role_type_1
from ..models.easy_input_message_role_type_2 import EasyInputMessageRoleType2, check_easy_input_message_role_type_2
from ..models.easy_input_message_role_type_3 import EasyInputMessageRoleType3, check_easy_input_message_role_type_3
from ..models.easy_input_message_type import EasyInputMessageType, check_easy_input_message_type
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
    from ..models.easy_input_message_content_type_0_item_type_1 import EasyInputMessageContentType0ItemType1
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo
else:
    EasyInputMessageContentType0ItemType1 = _LazyModel(
        globals(), "easy_input_message_content_type_0_item_type_1", "EasyInputMessageContentType0ItemType1"
    )
    InputAudio = _LazyModel(globals(), "input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputText = _LazyModel(globals(), "input_text", "InputText")
    InputVideo = _LazyModel(globals(), "input_video", "InputVideo")


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

    _required_ = (
        (
            "role",
            _union_field(
                (
                    ("EasyInputMessageRoleType0", _guarded((str,), check_easy_input_message_role_type_0)),
                    ("EasyInputMessageRoleType1", _guarded((str,), check_easy_input_message_role_type_1)),
                    ("EasyInputMessageRoleType2", _guarded((str,), check_easy_input_message_role_type_2)),
                    ("EasyInputMessageRoleType3", _guarded((str,), check_easy_input_message_role_type_3)),
                )
            ),
        ),
    )
    _optional_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[EasyInputMessageContentType0ItemType1 | InputAudio | InputFile | InputText | InputVideo]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("InputText", InputText),
                                        (
                                            "EasyInputMessageContentType0ItemType1",
                                            EasyInputMessageContentType0ItemType1,
                                        ),
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
        (
            "phase",
            _union_field(
                (
                    ("EasyInputMessagePhaseType0", _guarded((str,), check_easy_input_message_phase_type_0)),
                    ("EasyInputMessagePhaseType1", _guarded((str,), check_easy_input_message_phase_type_1)),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("type", check_easy_input_message_type, "type_"),
    )
