from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


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

    _required_ = (("type", check_code_interpreter_server_tool_container_type_1_type, "type_"),)
    _optional_ = (
        "file_ids",
        (
            "memory_limit",
            _union_field(
                (
                    (
                        "CodeInterpreterServerToolContainerType1MemoryLimitType1",
                        _guarded((str,), check_code_interpreter_server_tool_container_type_1_memory_limit_type_1),
                    ),
                    (
                        "CodeInterpreterServerToolContainerType1MemoryLimitType2Type1",
                        _guarded(
                            (str,), check_code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1
                        ),
                    ),
                    (
                        "CodeInterpreterServerToolContainerType1MemoryLimitType3Type1",
                        _guarded(
                            (str,), check_code_interpreter_server_tool_container_type_1_memory_limit_type_3_type_1
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
