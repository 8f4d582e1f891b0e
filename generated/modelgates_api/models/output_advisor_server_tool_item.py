from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.failable_tool_call_status import FailableToolCallStatus, check_failable_tool_call_status
from ..models.output_advisor_server_tool_item_type import (
    OutputAdvisorServerToolItemType,
    check_output_advisor_server_tool_item_type,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputAdvisorServerToolItem(_ModelBase):
    """An openrouter:advisor server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:advisor'}

    Attributes:
        advice (str | Unset): The advisor model's response (the advice text returned to the executor).
        error (str | Unset): Error message when the advisor call did not produce advice. Set together with `status:
            'failed'` on the terminal item.
        instance_name (str | Unset): Provider-safe function name of the specific advisor instance that produced this
            item (e.g. `openrouter_advisor__1`). Present only when more than one advisor tool is configured; omitted for the
            default single advisor. Echo this field back unchanged so the advisor's cross-request memory stays namespaced to
            the correct instance. This identity is positional: it is derived from the index of the advisor entry in the
            request `tools` array, so clients must keep the order of advisor tool entries stable across requests in a
            conversation. Reordering or inserting advisor entries shifts these names and causes each advisor's cross-request
            memory to be attributed to the wrong instance. Example: openrouter_advisor__1.
        model (str | Unset): Slug of the advisor model that was consulted.
        prompt (str | Unset): The prompt the executor sent to the advisor.
    """

    status: FailableToolCallStatus
    type_: OutputAdvisorServerToolItemType
    advice: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_failable_tool_call_status),
        ("type", check_output_advisor_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "advice",
        "error",
        "id",
        "instance_name",
        "model",
        "prompt",
    )
