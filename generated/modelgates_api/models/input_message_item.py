from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_item_role_type_0 import InputMessageItemRoleType0, check_input_message_item_role_type_0
from ..models.input_message_item_role_type_1 import InputMessageItemRoleType1, check_input_message_item_role_type_1
from ..models.input_message_item_role_type_2 import InputMessageItemRoleType2, check_input_message_item_role_type_2
from ..models.input_message_item_type import InputMessageItemType, check_input_message_item_type
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

    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_message_item_content_type_0_item_type_1 import InputMessageItemContentType0ItemType1
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo


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

    _json_fields_ = (
        "role",
        "content",
        "id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = d.pop("role")

            def _role_member_0(data: object) -> InputMessageItemRoleType0:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_input_message_item_role_type_0(data)

                return role_type_0

            def _role_member_1(data: object) -> InputMessageItemRoleType1:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_input_message_item_role_type_1(data)

                return role_type_1

            def _role_member_2(data: object) -> InputMessageItemRoleType2:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_input_message_item_role_type_2(data)

                return role_type_2

            role = _parse_union(
                role,
                (
                    ("InputMessageItemRoleType0", _role_member_0),
                    ("InputMessageItemRoleType1", _role_member_1),
                    ("InputMessageItemRoleType2", _role_member_2),
                ),
            )

            _at_field_ = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (_NoneType, Unset)):

                def _content_member_0(
                    data: object,
                ) -> list[InputAudio | InputFile | InputMessageItemContentType0ItemType1 | InputText | InputVideo]:
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
                                    ("InputMessageItemContentType0ItemType1", InputMessageItemContentType0ItemType1),
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
                            "list[InputAudio | InputFile | InputMessageItemContentType0ItemType1 | InputText | InputVideo]",
                            _content_member_0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "type"
            _type_ = d.pop("type", UNSET)
            type_: InputMessageItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_input_message_item_type(_type_)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        input_message_item = cls(
            role=role,
            content=content,
            id=id,
            type_=type_,
        )

        input_message_item.additional_properties = d
        return input_message_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    InputAudio = _LazyModel(globals(), "modelgates_api.models.input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputMessageItemContentType0ItemType1 = _LazyModel(
        globals(),
        "modelgates_api.models.input_message_item_content_type_0_item_type_1",
        "InputMessageItemContentType0ItemType1",
    )
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
    InputVideo = _LazyModel(globals(), "modelgates_api.models.input_video", "InputVideo")
