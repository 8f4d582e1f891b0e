from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_response_input_message_item_role_type_0 import (
    OpenAIResponseInputMessageItemRoleType0,
    check_open_ai_response_input_message_item_role_type_0,
)
from ..models.open_ai_response_input_message_item_role_type_1 import (
    OpenAIResponseInputMessageItemRoleType1,
    check_open_ai_response_input_message_item_role_type_1,
)
from ..models.open_ai_response_input_message_item_role_type_2 import (
    OpenAIResponseInputMessageItemRoleType2,
    check_open_ai_response_input_message_item_role_type_2,
)
from ..models.open_ai_response_input_message_item_type import (
    OpenAIResponseInputMessageItemType,
    check_open_ai_response_input_message_item_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
else:
    InputAudio = _LazyModel(globals(), "input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputImage = _LazyModel(globals(), "input_image", "InputImage")
    InputText = _LazyModel(globals(), "input_text", "InputText")


@_attrs_define(repr=False, eq=False)
class OpenAIResponseInputMessageItem(_ModelBase):
    """
    Example:
        {'content': [{'text': 'Hello, how are you?', 'type': 'input_text'}], 'id': 'msg-abc123', 'role': 'user', 'type':
            'message'}

    """

    content: list[InputAudio | InputFile | InputImage | InputText]
    id: str
    role: (
        OpenAIResponseInputMessageItemRoleType0
        | OpenAIResponseInputMessageItemRoleType1
        | OpenAIResponseInputMessageItemRoleType2
    )
    type_: OpenAIResponseInputMessageItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _list_field(
                _union_field(
                    (
                        ("InputText", InputText),
                        ("InputImage", InputImage),
                        ("InputFile", InputFile),
                        ("InputAudio", InputAudio),
                    ),
                    tag=(
                        "type",
                        (
                            "input_text",
                            "input_image",
                            "input_file",
                            "input_audio",
                        ),
                    ),
                )
            ),
        ),
        "id",
        (
            "role",
            _union_field(
                (
                    (
                        "OpenAIResponseInputMessageItemRoleType0",
                        _guarded((str,), check_open_ai_response_input_message_item_role_type_0),
                    ),
                    (
                        "OpenAIResponseInputMessageItemRoleType1",
                        _guarded((str,), check_open_ai_response_input_message_item_role_type_1),
                    ),
                    (
                        "OpenAIResponseInputMessageItemRoleType2",
                        _guarded((str,), check_open_ai_response_input_message_item_role_type_2),
                    ),
                )
            ),
        ),
    )
    _optional_ = (("type", check_open_ai_response_input_message_item_type, "type_"),)
