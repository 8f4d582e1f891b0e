from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_format_type_0_type import (
    MessagesOutputConfigFormatType0Type,
    check_messages_output_config_format_type_0_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_output_config_format_type_0_schema import MessagesOutputConfigFormatType0Schema


@_attrs_define(repr=False, eq=False)
class MessagesOutputConfigFormatType0(_ModelBase):
    """A schema to specify Claude's output format in responses. See [structured
    outputs](https://platform.claude.com/docs/en/build-with-claude/structured-outputs).

    """

    schema: MessagesOutputConfigFormatType0Schema
    type_: MessagesOutputConfigFormatType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "schema",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "schema"
            schema = MessagesOutputConfigFormatType0Schema.from_dict(d.pop("schema"))

            _at_field_ = "type"
            type_ = check_messages_output_config_format_type_0_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_output_config_format_type_0 = cls(
            schema=schema,
            type_=type_,
        )

        messages_output_config_format_type_0.additional_properties = d
        return messages_output_config_format_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesOutputConfigFormatType0Schema = _LazyModel(
        globals(),
        "modelgates_api.models.messages_output_config_format_type_0_schema",
        "MessagesOutputConfigFormatType0Schema",
    )
