from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_code_interpreter_call_item_status import (
    OutputCodeInterpreterCallItemStatus,
    check_output_code_interpreter_call_item_status,
)
from ..models.output_code_interpreter_call_item_type import (
    OutputCodeInterpreterCallItemType,
    check_output_code_interpreter_call_item_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.code_interpreter_file_output import CodeInterpreterFileOutput
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput
else:
    CodeInterpreterFileOutput = _LazyModel(globals(), "code_interpreter_file_output", "CodeInterpreterFileOutput")
    CodeInterpreterImageOutput = _LazyModel(globals(), "code_interpreter_image_output", "CodeInterpreterImageOutput")
    CodeInterpreterLogsOutput = _LazyModel(globals(), "code_interpreter_logs_output", "CodeInterpreterLogsOutput")


@_attrs_define(repr=False, eq=False)
class OutputCodeInterpreterCallItem(_ModelBase):
    """A code interpreter execution call with outputs

    Example:
        {'code': 'print("hello")', 'container_id': 'ctr-xyz789', 'id': 'ci-abc123', 'outputs': [{'logs': 'hello\\n',
            'type': 'logs'}], 'status': 'completed', 'type': 'code_interpreter_call'}

    """

    id: str
    status: OutputCodeInterpreterCallItemStatus
    type_: OutputCodeInterpreterCallItemType
    code: None | str | Unset = UNSET
    container_id: str | Unset = UNSET
    outputs: list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("status", check_output_code_interpreter_call_item_status),
        ("type", check_output_code_interpreter_call_item_type, "type_"),
    )
    _optional_ = (
        (
            "code",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "container_id",
        (
            "outputs",
            _union_field(
                (
                    (
                        "list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
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
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
