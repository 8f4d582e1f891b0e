from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_function_definition_parameters import ChatFunctionDefinitionParameters


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

    _json_fields_ = (
        "name",
        "description",
        "parameters",
        "strict",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "description"
            description = d.pop("description", UNSET)

            _at_field_ = "parameters"
            _parameters = d.pop("parameters", UNSET)
            parameters: ChatFunctionDefinitionParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = ChatFunctionDefinitionParameters.from_dict(_parameters)

            _at_field_ = "strict"
            strict = d.pop("strict", UNSET)
            if not isinstance(strict, (bool, _NoneType, Unset)):
                strict = _parse_union(
                    strict,
                    (),
                    plain=(bool, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_function_definition = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        chat_function_definition.additional_properties = unknown_fields(d)
        return chat_function_definition


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatFunctionDefinitionParameters = _LazyModel(
        globals(), "modelgates_api.models.chat_function_definition_parameters", "ChatFunctionDefinitionParameters"
    )
