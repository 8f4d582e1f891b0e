from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
else:
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputImage = _LazyModel(globals(), "input_image", "InputImage")
    InputText = _LazyModel(globals(), "input_text", "InputText")


@_attrs_define(repr=False, eq=False)
class StoredPromptTemplateVariablesType0(_ModelBase):
    additional_properties: dict[str, InputFile | InputImage | InputText | str] = _attrs_field(init=False, factory=dict)

    _extras_ = _union_field(
        (
            ("InputText", InputText),
            ("InputImage", InputImage),
            ("InputFile", InputFile),
        ),
        plain=(str,),
        tag=(
            "type",
            (
                "input_text",
                "input_image",
                "input_file",
            ),
        ),
    )
    _typed_extras_ = True

    def __getitem__(self, key: str) -> InputFile | InputImage | InputText | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InputFile | InputImage | InputText | str) -> None:
        self.additional_properties[key] = value
