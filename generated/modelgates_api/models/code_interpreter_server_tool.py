from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_server_tool_type import (
    CodeInterpreterServerToolType,
    check_code_interpreter_server_tool_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.code_interpreter_server_tool_container_type_1 import CodeInterpreterServerToolContainerType1


@_attrs_define(repr=False, eq=False)
class CodeInterpreterServerTool(_ModelBase):
    """Code interpreter tool configuration

    Example:
        {'container': 'auto', 'type': 'code_interpreter'}

    """

    container: CodeInterpreterServerToolContainerType1 | str
    type_: CodeInterpreterServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "container",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "container"
            container = d.pop("container")
            container = _parse_union(
                container,
                (("CodeInterpreterServerToolContainerType1", CodeInterpreterServerToolContainerType1),),
                plain=(str,),
            )

            _at_field_ = "type"
            type_ = check_code_interpreter_server_tool_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        code_interpreter_server_tool = cls(
            container=container,
            type_=type_,
        )

        code_interpreter_server_tool.additional_properties = d
        return code_interpreter_server_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CodeInterpreterServerToolContainerType1 = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_server_tool_container_type_1",
        "CodeInterpreterServerToolContainerType1",
    )
