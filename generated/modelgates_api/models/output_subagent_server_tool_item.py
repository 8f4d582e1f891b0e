from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.failable_tool_call_status import FailableToolCallStatus, check_failable_tool_call_status
from ..models.output_subagent_server_tool_item_type import (
    OutputSubagentServerToolItemType,
    check_output_subagent_server_tool_item_type,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (
        ("status", check_failable_tool_call_status),
        ("type", check_output_subagent_server_tool_item_type, "type_"),
    )
    _optional_ = (
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
