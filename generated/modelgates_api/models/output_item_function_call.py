from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_function_call_status_type_0 import (
    OutputItemFunctionCallStatusType0,
    check_output_item_function_call_status_type_0,
)
from ..models.output_item_function_call_status_type_1 import (
    OutputItemFunctionCallStatusType1,
    check_output_item_function_call_status_type_1,
)
from ..models.output_item_function_call_status_type_2 import (
    OutputItemFunctionCallStatusType2,
    check_output_item_function_call_status_type_2,
)
from ..models.output_item_function_call_type import OutputItemFunctionCallType, check_output_item_function_call_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputItemFunctionCall(_ModelBase):
    """
    Example:
        {'arguments': '{"location":"San Francisco","unit":"celsius"}', 'call_id': 'call-abc123', 'id': 'call-abc123',
            'name': 'get_weather', 'type': 'function_call'}

    Attributes:
        namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
    """

    arguments: str
    call_id: str
    name: str
    type_: OutputItemFunctionCallType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: (
        OutputItemFunctionCallStatusType0
        | OutputItemFunctionCallStatusType1
        | OutputItemFunctionCallStatusType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "arguments",
        "call_id",
        "name",
        ("type_", "type"),
        "id",
        "namespace",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arguments"
            arguments = d.pop("arguments")

            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_output_item_function_call_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "namespace"
            namespace = d.pop("namespace", UNSET)

            _at_field_ = "status"
            status = d.pop("status", UNSET)
            if not isinstance(status, (Unset,)):

                def _status_member_0(data: object) -> OutputItemFunctionCallStatusType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = check_output_item_function_call_status_type_0(data)

                    return status_type_0

                def _status_member_1(data: object) -> OutputItemFunctionCallStatusType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = check_output_item_function_call_status_type_1(data)

                    return status_type_1

                def _status_member_2(data: object) -> OutputItemFunctionCallStatusType2:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2 = check_output_item_function_call_status_type_2(data)

                    return status_type_2

                status = _parse_union(
                    status,
                    (
                        ("OutputItemFunctionCallStatusType0", _status_member_0),
                        ("OutputItemFunctionCallStatusType1", _status_member_1),
                        ("OutputItemFunctionCallStatusType2", _status_member_2),
                    ),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_function_call = cls(
            arguments=arguments,
            call_id=call_id,
            name=name,
            type_=type_,
            id=id,
            namespace=namespace,
            status=status,
        )

        output_item_function_call.additional_properties = d
        return output_item_function_call
