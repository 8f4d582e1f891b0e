from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_server_tool_container_type_1_memory_limit_type_1 import (
    CodeInterpreterServerToolContainerType1MemoryLimitType1,
    check_code_interpreter_server_tool_container_type_1_memory_limit_type_1,
)
from ..models.code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1 import (
    CodeInterpreterServerToolContainerType1MemoryLimitType2Type1,
    check_code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1,
)
from ..models.code_interpreter_server_tool_container_type_1_memory_limit_type_3_type_1 import (
    CodeInterpreterServerToolContainerType1MemoryLimitType3Type1,
    check_code_interpreter_server_tool_container_type_1_memory_limit_type_3_type_1,
)
from ..models.code_interpreter_server_tool_container_type_1_type import (
    CodeInterpreterServerToolContainerType1Type,
    check_code_interpreter_server_tool_container_type_1_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CodeInterpreterServerToolContainerType1(_ModelBase):
    type_: CodeInterpreterServerToolContainerType1Type
    file_ids: list[str] | Unset = UNSET
    memory_limit: (
        CodeInterpreterServerToolContainerType1MemoryLimitType1
        | CodeInterpreterServerToolContainerType1MemoryLimitType2Type1
        | CodeInterpreterServerToolContainerType1MemoryLimitType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "file_ids",
        "memory_limit",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_code_interpreter_server_tool_container_type_1_type(d.pop("type"))

            _at_field_ = "file_ids"
            file_ids = cast(list[str], d.pop("file_ids", UNSET))

            _at_field_ = "memory_limit"
            memory_limit = d.pop("memory_limit", UNSET)
            if not isinstance(memory_limit, (_NoneType, Unset)):

                def _memory_limit_member_1(data: object) -> CodeInterpreterServerToolContainerType1MemoryLimitType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    memory_limit_type_1 = check_code_interpreter_server_tool_container_type_1_memory_limit_type_1(data)

                    return memory_limit_type_1

                def _memory_limit_member_2(
                    data: object,
                ) -> CodeInterpreterServerToolContainerType1MemoryLimitType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    memory_limit_type_2_type_1 = (
                        check_code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1(data)
                    )

                    return memory_limit_type_2_type_1

                def _memory_limit_member_3(
                    data: object,
                ) -> CodeInterpreterServerToolContainerType1MemoryLimitType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    memory_limit_type_3_type_1 = (
                        check_code_interpreter_server_tool_container_type_1_memory_limit_type_3_type_1(data)
                    )

                    return memory_limit_type_3_type_1

                memory_limit = _parse_union(
                    memory_limit,
                    (
                        ("CodeInterpreterServerToolContainerType1MemoryLimitType1", _memory_limit_member_1),
                        ("CodeInterpreterServerToolContainerType1MemoryLimitType2Type1", _memory_limit_member_2),
                        ("CodeInterpreterServerToolContainerType1MemoryLimitType3Type1", _memory_limit_member_3),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        code_interpreter_server_tool_container_type_1 = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
        )

        code_interpreter_server_tool_container_type_1.additional_properties = d
        return code_interpreter_server_tool_container_type_1
