from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.advisor_reasoning import AdvisorReasoning
else:
    AdvisorReasoning = _LazyModel(globals(), "advisor_reasoning", "AdvisorReasoning")


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

    _optional_ = (
        "forward_transcript",
        "instructions",
        "max_completion_tokens",
        "model",
        "name",
        ("reasoning", _model_field(AdvisorReasoning)),
        "stream",
        "temperature",
    )
