from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failable_tool_call_status import FailableToolCallStatus, check_failable_tool_call_status
from ..models.output_subagent_server_tool_item_type import (
    OutputSubagentServerToolItemType,
    check_output_subagent_server_tool_item_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputSubagentServerToolItem(_ModelBase):
    """An openrouter:subagent server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:subagent'}

    Attributes:
        call_id (str | Unset): EXPERIMENTAL — subject to change without notice. The `call_id` of the tool call that
            spawned this subagent. This id will also be included as the `subagent_id` on any `function_call` items created
            by the subagent. This must be returned in the request so the `function_call` can be matched with the correct
            subagent. A suspended `in_progress` item is announced once and never re-emitted or terminally closed —
            completion arrives as a new item with the same `call_id`.
        error (str | Unset): Error message when the subagent task did not produce an outcome. Set together with `status:
            'failed'` on the terminal item.
        instance_name (str | Unset): Provider-safe function name of the specific subagent instance that produced this
            item (e.g. `openrouter_subagent__1`). Present only on items from non-default instances — the second and later
            subagent entries in the request `tools` array. The first (default) instance omits it, even when multiple
            subagents are configured. When a replayed item echoes this field back, the transcript rehydrates the call under
            that instance's tool. This identity is positional: it is derived from the index of the subagent entry in the
            request `tools` array, so keep the order of subagent entries stable across requests in a conversation. Example:
            openrouter_subagent__1.
        model (str | Unset): Slug of the worker model that executed the task.
        name (str | Unset): Configured name of the subagent that executed the task (the `name` on its tool entry).
            Present only for named subagents; omitted for an unnamed (default) subagent. Example: summarizer.
        outcome (str | Unset): The worker model's result (the outcome text returned to the delegating model).
        task_description (str | Unset): The task description the delegating model sent to the worker.
        task_name (str | Unset): The short task identifier the delegating model supplied.
    """

    status: FailableToolCallStatus
    type_: OutputSubagentServerToolItemType
    call_id: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    outcome: str | Unset = UNSET
    task_description: str | Unset = UNSET
    task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "call_id",
        "error",
        "id",
        "instance_name",
        "model",
        "name",
        "outcome",
        "task_description",
        "task_name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_failable_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_subagent_server_tool_item_type(d.pop("type"))

            _at_field_ = "call_id"
            call_id = d.pop("call_id", UNSET)

            _at_field_ = "error"
            error = d.pop("error", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "instance_name"
            instance_name = d.pop("instance_name", UNSET)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "name"
            name = d.pop("name", UNSET)

            _at_field_ = "outcome"
            outcome = d.pop("outcome", UNSET)

            _at_field_ = "task_description"
            task_description = d.pop("task_description", UNSET)

            _at_field_ = "task_name"
            task_name = d.pop("task_name", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_subagent_server_tool_item = cls(
            status=status,
            type_=type_,
            call_id=call_id,
            error=error,
            id=id,
            instance_name=instance_name,
            model=model,
            name=name,
            outcome=outcome,
            task_description=task_description,
            task_name=task_name,
        )

        output_subagent_server_tool_item.additional_properties = d
        return output_subagent_server_tool_item
