from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.code_interpreter_server_tool_type import (
    CodeInterpreterServerToolType,
    check_code_interpreter_server_tool_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.code_interpreter_server_tool_container_type_1 import CodeInterpreterServerToolContainerType1
else:
    CodeInterpreterServerToolContainerType1 = _LazyModel(
        globals(), "code_interpreter_server_tool_container_type_1", "CodeInterpreterServerToolContainerType1"
    )


@_attrs_define(repr=False, eq=False)
class CodeInterpreterServerTool(_ModelBase):
    """Code interpreter tool configuration

    Example:
        {'container': 'auto', 'type': 'code_interpreter'}

    """

    container: CodeInterpreterServerToolContainerType1 | str
    type_: CodeInterpreterServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "container",
            _union_field(
                (("CodeInterpreterServerToolContainerType1", CodeInterpreterServerToolContainerType1),), plain=(str,)
            ),
        ),
        ("type", check_code_interpreter_server_tool_type, "type_"),
    )
