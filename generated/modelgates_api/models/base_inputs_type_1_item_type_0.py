from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

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
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
else:
    InputAudio = _LazyModel(globals(), "input_audio", "InputAudio")
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputImage = _LazyModel(globals(), "input_image", "InputImage")
    InputText = _LazyModel(globals(), "input_text", "InputText")


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

    _required_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[InputAudio | InputFile | InputImage | InputText]",
                        _guarded(
                            (list,),
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
                    ),
                ),
                plain=(str,),
            ),
        ),
        (
            "role",
            _union_field(
                (
                    (
                        "BaseInputsType1ItemType0RoleType0",
                        _guarded((str,), check_base_inputs_type_1_item_type_0_role_type_0),
                    ),
                    (
                        "BaseInputsType1ItemType0RoleType1",
                        _guarded((str,), check_base_inputs_type_1_item_type_0_role_type_1),
                    ),
                    (
                        "BaseInputsType1ItemType0RoleType2",
                        _guarded((str,), check_base_inputs_type_1_item_type_0_role_type_2),
                    ),
                    (
                        "BaseInputsType1ItemType0RoleType3",
                        _guarded((str,), check_base_inputs_type_1_item_type_0_role_type_3),
                    ),
                )
            ),
        ),
    )
    _optional_ = (
        (
            "phase",
            _union_field(
                (
                    (
                        "BaseInputsType1ItemType0PhaseType0",
                        _guarded((str,), check_base_inputs_type_1_item_type_0_phase_type_0),
                    ),
                    (
                        "BaseInputsType1ItemType0PhaseType1",
                        _guarded((str,), check_base_inputs_type_1_item_type_0_phase_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("type", check_base_inputs_type_1_item_type_0_type, "type_"),
    )
