from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.advisor_reasoning import AdvisorReasoning


@_attrs_define(repr=False, eq=False)
class AdvisorServerToolConfig(_ModelBase):
    """Configuration for one openrouter:advisor server tool entry.

    Example:
        {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}

    Attributes:
        forward_transcript (bool | Unset): When true, the full parent conversation is forwarded to the advisor so it
            sees the same context the executor does (and the tool-call `prompt`, if given, is appended as a final user
            turn). When false or omitted, the advisor receives only the `prompt` the executor passes in the tool call.
            Example: False.
        instructions (str | Unset): System instructions for the advisor sub-agent. When omitted, the advisor responds
            with no system prompt of its own. Example: You are a senior staff engineer. Give a focused, decisive plan..
        max_completion_tokens (int | Unset): Maximum number of output tokens (including reasoning) the advisor may
            produce. When omitted, the provider's default applies. Example: 2048.
        model (str | Unset): Slug of the advisor model to consult (any OpenRouter model). When omitted, the executor can
            choose it via the tool call's `model` argument; if neither is set, the model from the outer API request is used.
            Example: ~anthropic/claude-opus-latest.
        name (str | Unset): Optional name for this advisor. The model sees one tool per named advisor (and one default
            for an unnamed entry). Names must be unique across advisor entries. Letters, digits, spaces, underscores, and
            dashes; trimmed; 1–64 chars. Example: reviewer.
        reasoning (AdvisorReasoning | Unset): Reasoning configuration forwarded to the advisor call. Use this to control
            reasoning effort and token budget for models that support extended thinking. Example: {'effort': 'high'}.
        stream (bool | Unset): When true, the advisor's advice streams incrementally as it is produced. In the Responses
            API this emits `response.output_text.delta` events targeting the advisor output item; the final `advice` field
            is still set on the completed item. Has no effect on the Chat Completions API (where the advice arrives only as
            the final tool result). When false or omitted, the advice arrives only as the final result. Example: False.
        temperature (float | Unset): Sampling temperature forwarded to the advisor call. When omitted, the provider's
            default applies. Example: 0.7.
    """

    forward_transcript: bool | Unset = UNSET
    instructions: str | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: AdvisorReasoning | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "forward_transcript",
        "instructions",
        "max_completion_tokens",
        "model",
        "name",
        "reasoning",
        "stream",
        "temperature",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "forward_transcript"
            forward_transcript = d.pop("forward_transcript", UNSET)

            _at_field_ = "instructions"
            instructions = d.pop("instructions", UNSET)

            _at_field_ = "max_completion_tokens"
            max_completion_tokens = d.pop("max_completion_tokens", UNSET)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "name"
            name = d.pop("name", UNSET)

            _at_field_ = "reasoning"
            _reasoning = d.pop("reasoning", UNSET)
            reasoning: AdvisorReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = AdvisorReasoning.from_dict(_reasoning)

            _at_field_ = "stream"
            stream = d.pop("stream", UNSET)

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        advisor_server_tool_config = cls(
            forward_transcript=forward_transcript,
            instructions=instructions,
            max_completion_tokens=max_completion_tokens,
            model=model,
            name=name,
            reasoning=reasoning,
            stream=stream,
            temperature=temperature,
        )

        advisor_server_tool_config.additional_properties = d
        return advisor_server_tool_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AdvisorReasoning = _LazyModel(globals(), "modelgates_api.models.advisor_reasoning", "AdvisorReasoning")
