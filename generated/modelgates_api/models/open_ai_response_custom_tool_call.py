from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_custom_tool_call_type import (
    OpenAIResponseCustomToolCallType,
    check_open_ai_response_custom_tool_call_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OpenAIResponseCustomToolCall(_ModelBase):
    """
    Example:
        {'call_id': 'call-abc123', 'id': 'ctc-abc123', 'input': '*** Begin Patch\\n*** End Patch', 'name':
            'apply_patch', 'type': 'custom_tool_call'}

    Attributes:
        namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
    """

    call_id: str
    input_: str
    name: str
    type_: OpenAIResponseCustomToolCallType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "call_id",
        ("input_", "input"),
        "name",
        ("type_", "type"),
        "id",
        "namespace",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "input"
            input_ = d.pop("input")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_open_ai_response_custom_tool_call_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "namespace"
            namespace = d.pop("namespace", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_response_custom_tool_call = cls(
            call_id=call_id,
            input_=input_,
            name=name,
            type_=type_,
            id=id,
            namespace=namespace,
        )

        open_ai_response_custom_tool_call.additional_properties = d
        return open_ai_response_custom_tool_call
