from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.stored_prompt_template_variables_type_0 import StoredPromptTemplateVariablesType0
else:
    StoredPromptTemplateVariablesType0 = _LazyModel(
        globals(), "stored_prompt_template_variables_type_0", "StoredPromptTemplateVariablesType0"
    )


@_attrs_define(repr=False, eq=False)
class StoredPromptTemplate(_ModelBase):
    """
    Example:
        {'id': 'prompt-abc123', 'variables': {'name': 'John'}}

    """

    id: str
    variables: None | StoredPromptTemplateVariablesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("id",)
    _optional_ = (
        (
            "variables",
            _union_field(
                (("StoredPromptTemplateVariablesType0", StoredPromptTemplateVariablesType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
