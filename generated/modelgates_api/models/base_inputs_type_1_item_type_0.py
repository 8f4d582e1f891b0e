from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


T = TypeVar("T", bound="BaseInputsType1ItemType0")


@_attrs_define
class BaseInputsType1ItemType0:
    """
    Attributes:
        content (list[InputAudio | InputFile | InputImage | InputText] | str):
        role (BaseInputsType1ItemType0RoleType0 | BaseInputsType1ItemType0RoleType1 | BaseInputsType1ItemType0RoleType2
            | BaseInputsType1ItemType0RoleType3):
        phase (BaseInputsType1ItemType0PhaseType0 | BaseInputsType1ItemType0PhaseType1 | None | Unset):
        type_ (BaseInputsType1ItemType0Type | Unset):
    """

    content: list[InputAudio | InputFile | InputImage | InputText] | str
    role: (
        BaseInputsType1ItemType0RoleType0
        | BaseInputsType1ItemType0RoleType1
        | BaseInputsType1ItemType0RoleType2
        | BaseInputsType1ItemType0RoleType3
    )
    phase: (
        BaseInputsType1ItemType0PhaseType0
        | BaseInputsType1ItemType0PhaseType1
        | None
        | Unset
    ) = UNSET
    type_: BaseInputsType1ItemType0Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_file import InputFile
        from ..models.input_image import InputImage
        from ..models.input_text import InputText

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if (
                    isinstance(content_type_0_item_data, InputText)
                    or isinstance(content_type_0_item_data, InputImage)
                    or isinstance(content_type_0_item_data, InputFile)
                ):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        role: str
        if (
            isinstance(self.role, str)
            or isinstance(self.role, str)
            or isinstance(self.role, str)
        ):
            role = self.role
        else:
            role = self.role

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str) or isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_audio import InputAudio
        from ..models.input_file import InputFile
        from ..models.input_image import InputImage
        from ..models.input_text import InputText

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> list[InputAudio | InputFile | InputImage | InputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> InputAudio | InputFile | InputImage | InputText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_0 = InputText.from_dict(data)

                            return content_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_1 = InputImage.from_dict(data)

                            return content_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_2 = InputFile.from_dict(data)

                            return content_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_0_item_type_3 = InputAudio.from_dict(data)

                        return content_type_0_item_type_3

                    content_type_0_item = _parse_content_type_0_item(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[InputAudio | InputFile | InputImage | InputText] | str, data
            )

        content = _parse_content(d.pop("content"))

        def _parse_role(
            data: object,
        ) -> (
            BaseInputsType1ItemType0RoleType0
            | BaseInputsType1ItemType0RoleType1
            | BaseInputsType1ItemType0RoleType2
            | BaseInputsType1ItemType0RoleType3
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_base_inputs_type_1_item_type_0_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_base_inputs_type_1_item_type_0_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_base_inputs_type_1_item_type_0_role_type_2(data)

                return role_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_3 = check_base_inputs_type_1_item_type_0_role_type_3(data)

            return role_type_3

        role = _parse_role(d.pop("role"))

        def _parse_phase(
            data: object,
        ) -> (
            BaseInputsType1ItemType0PhaseType0
            | BaseInputsType1ItemType0PhaseType1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_base_inputs_type_1_item_type_0_phase_type_0(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_1 = check_base_inputs_type_1_item_type_0_phase_type_1(data)

                return phase_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BaseInputsType1ItemType0PhaseType0
                | BaseInputsType1ItemType0PhaseType1
                | None
                | Unset,
                data,
            )

        phase = _parse_phase(d.pop("phase", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: BaseInputsType1ItemType0Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_base_inputs_type_1_item_type_0_type(_type_)

        base_inputs_type_1_item_type_0 = cls(
            content=content,
            role=role,
            phase=phase,
            type_=type_,
        )

        base_inputs_type_1_item_type_0.additional_properties = d
        return base_inputs_type_1_item_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
