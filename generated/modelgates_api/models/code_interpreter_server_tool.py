from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.code_interpreter_server_tool_type import (
    CodeInterpreterServerToolType,
    check_code_interpreter_server_tool_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from ..models.code_interpreter_server_tool_container_type_1 import (
        CodeInterpreterServerToolContainerType1,
    )


T = TypeVar("T", bound="CodeInterpreterServerTool")


@_attrs_define(repr=False, eq=False)
class CodeInterpreterServerTool(_ModelBase):
    """Code interpreter tool configuration

    Example:
        {'container': 'auto', 'type': 'code_interpreter'}

    Attributes:
        container (CodeInterpreterServerToolContainerType1 | str):
        type_ (CodeInterpreterServerToolType):
    """

    container: CodeInterpreterServerToolContainerType1 | str
    type_: CodeInterpreterServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (CodeInterpreterServerToolContainerType1,) = _lazy_imports()
        container: dict[str, Any] | str
        if isinstance(self.container, CodeInterpreterServerToolContainerType1):
            container = self.container.to_dict()
        else:
            container = self.container

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "container": container,
            "type": self.type_,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (CodeInterpreterServerToolContainerType1,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "container"
            container = d.pop("container")

            def _container_member_1(
                data: object,
            ) -> CodeInterpreterServerToolContainerType1:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_1 = CodeInterpreterServerToolContainerType1.from_dict(
                    data
                )

                return container_type_1

            container = _parse_union(
                container,
                (("CodeInterpreterServerToolContainerType1", _container_member_1),),
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


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.code_interpreter_server_tool_container_type_1 import (
        CodeInterpreterServerToolContainerType1,
    )

    return (CodeInterpreterServerToolContainerType1,)
