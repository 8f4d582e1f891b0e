from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_code_interpreter_call_status import (
    OutputItemCodeInterpreterCallStatus,
    check_output_item_code_interpreter_call_status,
)
from ..models.output_item_code_interpreter_call_type import (
    OutputItemCodeInterpreterCallType,
    check_output_item_code_interpreter_call_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.code_interpreter_file_output import CodeInterpreterFileOutput
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput


@_attrs_define(repr=False, eq=False)
class OutputItemCodeInterpreterCall(_ModelBase):
    """
    Example:
        {'code': 'print("hello")', 'id': 'ci_abc123', 'outputs': [{'logs': 'hello\\n', 'type': 'logs'}], 'status':
            'completed', 'type': 'code_interpreter_call'}

    """

    id: str
    status: OutputItemCodeInterpreterCallStatus
    type_: OutputItemCodeInterpreterCallType
    code: None | str | Unset = UNSET
    container_id: str | Unset = UNSET
    outputs: list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "status",
        ("type_", "type"),
        "code",
        "container_id",
        "outputs",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "status"
            status = check_output_item_code_interpreter_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_item_code_interpreter_call_type(d.pop("type"))

            _at_field_ = "code"
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, _NoneType, Unset)):
                code = _parse_union(
                    code,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "container_id"
            container_id = d.pop("container_id", UNSET)

            _at_field_ = "outputs"
            outputs = d.pop("outputs", UNSET)
            if not isinstance(outputs, (_NoneType, Unset)):

                def _outputs_member_0(
                    data: object,
                ) -> list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput]:
                    if not isinstance(data, list):
                        raise TypeError()
                    outputs_type_0 = []
                    _outputs_type_0 = data
                    for _outputs_type_0_item_data_index, outputs_type_0_item_data in enumerate(
                        _as_list(_outputs_type_0)
                    ):
                        try:
                            outputs_type_0_item = outputs_type_0_item_data
                            outputs_type_0_item = _parse_union(
                                outputs_type_0_item,
                                (
                                    ("CodeInterpreterLogsOutput", CodeInterpreterLogsOutput),
                                    ("CodeInterpreterImageOutput", CodeInterpreterImageOutput),
                                    ("CodeInterpreterFileOutput", CodeInterpreterFileOutput),
                                ),
                                tag=(
                                    "type",
                                    (
                                        "logs",
                                        "image",
                                        "file",
                                    ),
                                ),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _outputs_type_0_item_data_index)
                        outputs_type_0.append(outputs_type_0_item)

                    return outputs_type_0

                outputs = _parse_union(
                    outputs,
                    (
                        (
                            "list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput]",
                            _outputs_member_0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_code_interpreter_call = cls(
            id=id,
            status=status,
            type_=type_,
            code=code,
            container_id=container_id,
            outputs=outputs,
        )

        output_item_code_interpreter_call.additional_properties = d
        return output_item_code_interpreter_call


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CodeInterpreterFileOutput = _LazyModel(
        globals(), "modelgates_api.models.code_interpreter_file_output", "CodeInterpreterFileOutput"
    )
    CodeInterpreterImageOutput = _LazyModel(
        globals(), "modelgates_api.models.code_interpreter_image_output", "CodeInterpreterImageOutput"
    )
    CodeInterpreterLogsOutput = _LazyModel(
        globals(), "modelgates_api.models.code_interpreter_logs_output", "CodeInterpreterLogsOutput"
    )
