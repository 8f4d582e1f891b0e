from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.subagent_nested_tool import SubagentNestedTool
    from ..models.subagent_reasoning import SubagentReasoning
else:
    SubagentNestedTool = _LazyModel(globals(), "subagent_nested_tool", "SubagentNestedTool")
    SubagentReasoning = _LazyModel(globals(), "subagent_reasoning", "SubagentReasoning")


@_attrs_define(repr=False, eq=False)
class SubagentServerToolConfig(_ModelBase):
    """Configuration for one openrouter:subagent server tool entry.

    Example:
        {'model': '~anthropic/claude-haiku-latest', 'name': 'summarizer'}

    Attributes:
        inherit_functions (bool | Unset): EXPERIMENTAL — subject to change without notice. When true, the subagent
            inherits every client function defined in the request's top-level `tools` list. Supported on the Responses API
            (`/api/v1/responses`) only; other APIs reject it with a `400`. Example: True.
        inherited_function_names (list[str] | Unset): EXPERIMENTAL — subject to change without notice. Names of the top-
            level function tools that the subagent will inherit. Any tool that matches by name will be copied fully into the
            tools array of the subagent. When `inherit_functions` is `true`, this list does nothing, because every client
            function will be inherited by default. Names are trimmed before validation, so a whitespace-only name is
            rejected with a `400`. Supported on the Responses API (`/api/v1/responses`) only; other APIs reject it with a
            `400`. Example: ['lookup_order'].
        instructions (str | Unset): System instructions for the subagent. When omitted, the subagent responds with no
            system prompt of its own. Example: You are a fast, focused worker. Complete the task exactly as described..
        max_completion_tokens (int | Unset): Maximum number of output tokens (including reasoning) the subagent may
            produce. When omitted, the provider's default applies. Example: 2048.
        max_tool_calls (int | Unset): Maximum number of tool-calling steps the subagent may take during its agentic
            loop. Capped at 25. Only relevant when the subagent is given tools. Forwarded to the subagent call as
            `max_tool_calls`. Example: 5.
        model (str | Unset): Slug of the model that executes delegated tasks (any OpenRouter model). Typically a
            smaller, cheaper, faster model than the one delegating. When omitted, the model from the outer API request is
            used. The subagent tool itself cannot be the subagent model. Example: ~anthropic/claude-haiku-latest.
        name (str | Unset): Optional name for this subagent. The model sees one tool per named subagent (and one default
            for an unnamed entry). Names must be unique across subagent entries. Letters, digits, spaces, underscores, and
            dashes; trimmed; 1–64 chars. Example: summarizer.
        reasoning (SubagentReasoning | Unset): Reasoning configuration forwarded to the subagent call. Use this to
            control reasoning effort and token budget for models that support extended thinking. Example: {'effort': 'low'}.
        temperature (float | Unset): Sampling temperature forwarded to the subagent call. When omitted, the provider's
            default applies. Example: 0.7.
        tools (list[SubagentNestedTool] | Unset): Tools the subagent may use while executing a delegated task. The
            subagent runs as an agentic sub-agent over these tools, then returns its outcome. Only OpenRouter server tools
            are supported — function tools are rejected — and the list must not include the subagent tool itself.
    """

    inherit_functions: bool | Unset = UNSET
    inherited_function_names: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: SubagentReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    tools: list[SubagentNestedTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "inherit_functions",
        "inherited_function_names",
        "instructions",
        "max_completion_tokens",
        "max_tool_calls",
        "model",
        "name",
        ("reasoning", _model_field(SubagentReasoning)),
        "temperature",
        ("tools", _list_field(_model_field(SubagentNestedTool))),
    )
