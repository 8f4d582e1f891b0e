from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_object
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


@_attrs_define(repr=False, eq=False)
class StoredPromptTemplateVariablesType0(_ModelBase):
    additional_properties: dict[str, InputFile | InputImage | InputText | str] = _attrs_field(init=False, factory=dict)

    _typed_extras_ = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        stored_prompt_template_variables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            additional_property = _parse_union(
                additional_property,
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

            additional_properties[prop_name] = additional_property

        stored_prompt_template_variables_type_0.additional_properties = additional_properties
        return stored_prompt_template_variables_type_0

    def __getitem__(self, key: str) -> InputFile | InputImage | InputText | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InputFile | InputImage | InputText | str) -> None:
        self.additional_properties[key] = value


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputImage = _LazyModel(globals(), "modelgates_api.models.input_image", "InputImage")
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
