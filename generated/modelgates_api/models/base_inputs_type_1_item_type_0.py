from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_inputs_type_1_item_type_0_phase_type_0 import (
    BaseInputsType1ItemType0PhaseType0,
    check_base_inputs_type_1_item_type_0_phase_type_0,
)
from ..models.base_inputs_type_1_item_type_0_phase_type_1 import (
    BaseInputsType1ItemType0PhaseType1,
    check_base_inputs_type_1_item_type_0_phase_type_1,
)
from ..models.base_inputs_type_1_item_type_0_role_type_0 import (
    BaseInputsType1ItemType0RoleType0,
    check_base_inputs_type_1_item_type_0_role_type_0,
)
from ..models.base_inputs_type_1_item_type_0_role_type_1 import (
    BaseInputsType1ItemType0RoleType1,
    check_base_inputs_type_1_item_type_0_role_type_1,
)
from ..models.base_inputs_type_1_item_type_0_role_type_2 import (
    BaseInputsType1ItemType0RoleType2,
    check_base_inputs_type_1_item_type_0_role_type_2,
)
from ..models.base_inputs_type_1_item_type_0_role_type_3 import (
    BaseInputsType1ItemType0RoleType3,
    check_base_inputs_type_1_item_type_0_role_type_3,
)
from ..models.base_inputs_type_1_item_type_0_type import (
    BaseInputsType1ItemType0Type,
    check_base_inputs_type_1_item_type_0_type,
)
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
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


@_attrs_define(repr=False, eq=False)
class BaseInputsType1ItemType0(_ModelBase):
    content: list[InputAudio | InputFile | InputImage | InputText] | str
    role: (
        BaseInputsType1ItemType0RoleType0
        | BaseInputsType1ItemType0RoleType1
        | BaseInputsType1ItemType0RoleType2
        | BaseInputsType1ItemType0RoleType3
    )
    phase: BaseInputsType1ItemType0PhaseType0 | BaseInputsType1ItemType0PhaseType1 | None | Unset = UNSET
    type_: BaseInputsType1ItemType0Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        "role",
        "phase",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")

            def _content_member_0(data: object) -> list[InputAudio | InputFile | InputImage | InputText]:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for _content_type_0_item_data_index, content_type_0_item_data in enumerate(_as_list(_content_type_0)):
                    try:
                        content_type_0_item = content_type_0_item_data
                        content_type_0_item = _parse_union(
                            content_type_0_item,
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
                        raise _at_index(_error, _content_type_0_item_data_index)
                    content_type_0.append(content_type_0_item)

                return content_type_0

            content = _parse_union(
                content,
                (("list[InputAudio | InputFile | InputImage | InputText]", _content_member_0),),
                plain=(str,),
            )

            _at_field_ = "role"
            role = d.pop("role")

            def _role_member_0(data: object) -> BaseInputsType1ItemType0RoleType0:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_base_inputs_type_1_item_type_0_role_type_0(data)

                return role_type_0

            def _role_member_1(data: object) -> BaseInputsType1ItemType0RoleType1:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_base_inputs_type_1_item_type_0_role_type_1(data)

                return role_type_1

            def _role_member_2(data: object) -> BaseInputsType1ItemType0RoleType2:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_base_inputs_type_1_item_type_0_role_type_2(data)

                return role_type_2

            def _role_member_3(data: object) -> BaseInputsType1ItemType0RoleType3:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_3 = check_base_inputs_type_1_item_type_0_role_type_3(data)

                return role_type_3

            role = _parse_union(
                role,
                (
                    ("BaseInputsType1ItemType0RoleType0", _role_member_0),
                    ("BaseInputsType1ItemType0RoleType1", _role_member_1),
                    ("BaseInputsType1ItemType0RoleType2", _role_member_2),
                    ("BaseInputsType1ItemType0RoleType3", _role_member_3),
                ),
            )

            _at_field_ = "phase"
            phase = d.pop("phase", UNSET)
            if not isinstance(phase, (_NoneType, Unset)):

                def _phase_member_0(data: object) -> BaseInputsType1ItemType0PhaseType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    phase_type_0 = check_base_inputs_type_1_item_type_0_phase_type_0(data)

                    return phase_type_0

                def _phase_member_1(data: object) -> BaseInputsType1ItemType0PhaseType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    phase_type_1 = check_base_inputs_type_1_item_type_0_phase_type_1(data)

                    return phase_type_1

                phase = _parse_union(
                    phase,
                    (
                        ("BaseInputsType1ItemType0PhaseType0", _phase_member_0),
                        ("BaseInputsType1ItemType0PhaseType1", _phase_member_1),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "type"
            _type_ = d.pop("type", UNSET)
            type_: BaseInputsType1ItemType0Type | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_base_inputs_type_1_item_type_0_type(_type_)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_inputs_type_1_item_type_0 = cls(
            content=content,
            role=role,
            phase=phase,
            type_=type_,
        )

        base_inputs_type_1_item_type_0.additional_properties = d
        return base_inputs_type_1_item_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    InputAudio = _LazyModel(globals(), "modelgates_api.models.input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputImage = _LazyModel(globals(), "modelgates_api.models.input_image", "InputImage")
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
