from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.subagent_nested_tool import SubagentNestedTool
    from ..models.subagent_reasoning import SubagentReasoning


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

    _json_fields_ = (
        "inherit_functions",
        "inherited_function_names",
        "instructions",
        "max_completion_tokens",
        "max_tool_calls",
        "model",
        "name",
        "reasoning",
        "temperature",
        "tools",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "inherit_functions"
            inherit_functions = d.pop("inherit_functions", UNSET)

            _at_field_ = "inherited_function_names"
            inherited_function_names = cast(list[str], d.pop("inherited_function_names", UNSET))

            _at_field_ = "instructions"
            instructions = d.pop("instructions", UNSET)

            _at_field_ = "max_completion_tokens"
            max_completion_tokens = d.pop("max_completion_tokens", UNSET)

            _at_field_ = "max_tool_calls"
            max_tool_calls = d.pop("max_tool_calls", UNSET)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "name"
            name = d.pop("name", UNSET)

            _at_field_ = "reasoning"
            _reasoning = d.pop("reasoning", UNSET)
            reasoning: SubagentReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = SubagentReasoning.from_dict(_reasoning)

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)

            _at_field_ = "tools"
            _tools = d.pop("tools", UNSET)
            tools: list[SubagentNestedTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                    try:
                        tools_item = SubagentNestedTool.from_dict(tools_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tools_item_data_index)
                    tools.append(tools_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        subagent_server_tool_config = cls(
            inherit_functions=inherit_functions,
            inherited_function_names=inherited_function_names,
            instructions=instructions,
            max_completion_tokens=max_completion_tokens,
            max_tool_calls=max_tool_calls,
            model=model,
            name=name,
            reasoning=reasoning,
            temperature=temperature,
            tools=tools,
        )

        subagent_server_tool_config.additional_properties = d
        return subagent_server_tool_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    SubagentNestedTool = _LazyModel(globals(), "modelgates_api.models.subagent_nested_tool", "SubagentNestedTool")
    SubagentReasoning = _LazyModel(globals(), "modelgates_api.models.subagent_reasoning", "SubagentReasoning")
