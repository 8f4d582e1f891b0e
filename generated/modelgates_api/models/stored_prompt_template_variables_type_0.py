from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import ModelBase as _ModelBase
from ..types import (
    as_object,
)
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


T = TypeVar("T", bound="StoredPromptTemplateVariablesType0")


@_attrs_define(repr=False, eq=False)
class StoredPromptTemplateVariablesType0(_ModelBase):
    additional_properties: dict[str, InputFile | InputImage | InputText | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        (
            InputFile,
            InputImage,
            InputText,
        ) = _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if (
                isinstance(prop, InputText)
                or isinstance(prop, InputImage)
                or isinstance(prop, InputFile)
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (
            InputFile,
            InputImage,
            InputText,
        ) = _lazy_imports()
        d = as_object(src_dict)
        stored_prompt_template_variables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict

            def _additional_property_member_1(data: object) -> InputText:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_1 = InputText.from_dict(data)

                return additional_property_type_1

            def _additional_property_member_2(data: object) -> InputImage:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_2 = InputImage.from_dict(data)

                return additional_property_type_2

            def _additional_property_member_3(data: object) -> InputFile:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_3 = InputFile.from_dict(data)

                return additional_property_type_3

            additional_property = _parse_union(
                additional_property,
                (
                    ("InputText", _additional_property_member_1),
                    ("InputImage", _additional_property_member_2),
                    ("InputFile", _additional_property_member_3),
                ),
                plain=(str,),
            )

            additional_properties[prop_name] = additional_property

        stored_prompt_template_variables_type_0.additional_properties = (
            additional_properties
        )
        return stored_prompt_template_variables_type_0

    def __getitem__(self, key: str) -> InputFile | InputImage | InputText | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: InputFile | InputImage | InputText | str
    ) -> None:
        self.additional_properties[key] = value


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.input_file import InputFile
    from modelgates_api.models.input_image import InputImage
    from modelgates_api.models.input_text import InputText

    return (
        InputFile,
        InputImage,
        InputText,
    )
