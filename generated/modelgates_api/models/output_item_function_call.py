from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import UNSET, ModelBase as _ModelBase, Unset, guarded as _guarded, union_field as _union_field


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

    _required_ = (
        "arguments",
        "call_id",
        "name",
        ("type", check_output_item_function_call_type, "type_"),
    )
    _optional_ = (
        "id",
        "namespace",
        (
            "status",
            _union_field(
                (
                    (
                        "OutputItemFunctionCallStatusType0",
                        _guarded((str,), check_output_item_function_call_status_type_0),
                    ),
                    (
                        "OutputItemFunctionCallStatusType1",
                        _guarded((str,), check_output_item_function_call_status_type_1),
                    ),
                    (
                        "OutputItemFunctionCallStatusType2",
                        _guarded((str,), check_output_item_function_call_status_type_2),
                    ),
                )
            ),
        ),
    )
