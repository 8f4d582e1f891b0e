from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    CLOSED,
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.chat_function_definition_parameters import ChatFunctionDefinitionParameters
else:
    ChatFunctionDefinitionParameters = _LazyModel(
        globals(), "chat_function_definition_parameters", "ChatFunctionDefinitionParameters"
    )


@_attrs_define(repr=False, eq=False)
class ChatFunctionDefinition(_ModelBase):
    """A function the model may call.

    Attributes:
        name (str): Function name (letters, digits, underscores and dashes; at most 64 characters).
        description (str | Unset): What the function does; used by the model to decide when to call it.
        parameters (ChatFunctionDefinitionParameters | Unset): The function's parameters as a JSON Schema object.
        strict (bool | None | Unset): Enforce strict schema adherence when generating the call arguments.
    """

    name: str
    description: str | Unset = UNSET
    parameters: ChatFunctionDefinitionParameters | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("name",)
    _optional_ = (
        "description",
        ("parameters", _model_field(ChatFunctionDefinitionParameters)),
        (
            "strict",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
    )
    _extras_ = CLOSED
