from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_function_definition_parameters import (
        ChatFunctionDefinitionParameters,
    )


T = TypeVar("T", bound="ChatFunctionDefinition")


@_attrs_define
class ChatFunctionDefinition:
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_function_definition_parameters import (
            ChatFunctionDefinitionParameters,
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ChatFunctionDefinitionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ChatFunctionDefinitionParameters.from_dict(_parameters)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        chat_function_definition = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        return chat_function_definition
