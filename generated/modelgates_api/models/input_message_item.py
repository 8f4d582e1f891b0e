from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_message_item_role_type_0 import InputMessageItemRoleType0, check_input_message_item_role_type_0
from ..models.input_message_item_role_type_1 import InputMessageItemRoleType1, check_input_message_item_role_type_1
from ..models.input_message_item_role_type_2 import InputMessageItemRoleType2, check_input_message_item_role_type_2
from ..models.input_message_item_type import InputMessageItemType, check_input_message_item_type
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
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_message_item_content_type_0_item_type_1 import InputMessageItemContentType0ItemType1
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo
else:
    InputAudio = _LazyModel(globals(), "input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputMessageItemContentType0ItemType1 = _LazyModel(
        globals(), "input_message_item_content_type_0_item_type_1", "InputMessageItemContentType0ItemType1"
    )
    InputText = _LazyModel(globals(), "input_text", "InputText")
    InputVideo = _LazyModel(globals(), "input_video", "InputVideo")


@_attrs_define(repr=False, eq=False)
class InputMessageItem(_ModelBase):
    """
    Example:
        {'content': [{'text': 'Hello, how are you?', 'type': 'input_text'}], 'id': 'msg-abc123', 'role': 'user', 'type':
            'message'}

    """

    role: InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2
    content: (
        list[InputAudio | InputFile | InputMessageItemContentType0ItemType1 | InputText | InputVideo] | None | Unset
    ) = UNSET
    id: str | Unset = UNSET
    type_: InputMessageItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "role",
            _union_field(
                (
                    ("InputMessageItemRoleType0", _guarded((str,), check_input_message_item_role_type_0)),
                    ("InputMessageItemRoleType1", _guarded((str,), check_input_message_item_role_type_1)),
                    ("InputMessageItemRoleType2", _guarded((str,), check_input_message_item_role_type_2)),
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
                        "list[InputAudio | InputFile | InputMessageItemContentType0ItemType1 | InputText | InputVideo]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("InputText", InputText),
                                        (
                                            "InputMessageItemContentType0ItemType1",
                                            InputMessageItemContentType0ItemType1,
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
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "id",
        ("type", check_input_message_item_type, "type_"),
    )
