from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


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

    _json_fields_ = (
        "content",
        "id",
        "role",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = []
            _content = d.pop("content")
            for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                try:
                    content_item = content_item_data
                    content_item = _parse_union(
                        content_item,
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

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _content_item_data_index)
                content.append(content_item)

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "role"
            role = d.pop("role")

            def _role_member_0(data: object) -> OpenAIResponseInputMessageItemRoleType0:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_open_ai_response_input_message_item_role_type_0(data)

                return role_type_0

            def _role_member_1(data: object) -> OpenAIResponseInputMessageItemRoleType1:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_open_ai_response_input_message_item_role_type_1(data)

                return role_type_1

            def _role_member_2(data: object) -> OpenAIResponseInputMessageItemRoleType2:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_open_ai_response_input_message_item_role_type_2(data)

                return role_type_2

            role = _parse_union(
                role,
                (
                    ("OpenAIResponseInputMessageItemRoleType0", _role_member_0),
                    ("OpenAIResponseInputMessageItemRoleType1", _role_member_1),
                    ("OpenAIResponseInputMessageItemRoleType2", _role_member_2),
                ),
            )

            _at_field_ = "type"
            _type_ = d.pop("type", UNSET)
            type_: OpenAIResponseInputMessageItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_open_ai_response_input_message_item_type(_type_)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_response_input_message_item = cls(
            content=content,
            id=id,
            role=role,
            type_=type_,
        )

        open_ai_response_input_message_item.additional_properties = d
        return open_ai_response_input_message_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    InputAudio = _LazyModel(globals(), "modelgates_api.models.input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputImage = _LazyModel(globals(), "modelgates_api.models.input_image", "InputImage")
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
