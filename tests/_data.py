"""Request data that several suites send: the same values, written once."""

from __future__ import annotations

from typing import Any

# The one-message conversation most chat tests send.
FRANCE: list[dict[str, Any]] = [{"role": "user", "content": "What is the capital of France?"}]

# Every request parameter of seed 004 (chat), with the example value its table gives.
SEED_004_PARAMS: dict[str, Any] = {
    "cache_control": {"type": "ephemeral"},
    "debug": {"echo_upstream_body": True},
    "frequency_penalty": 0,
    "image_config": {"aspect_ratio": "16:9", "quality": "high"},
    "logit_bias": {"50256": -100},
    "logprobs": False,
    "max_completion_tokens": 100,
    "max_tokens": 100,
    "metadata": {"session_id": "session-456", "user_id": "user-123"},
    "modalities": ["text", "image"],
    "model": "openai/gpt-4",
    "models": ["openai/gpt-4", "openai/gpt-4o"],
    "parallel_tool_calls": True,
    "plugins": [{"id": "web", "max_results": 3}],
    "presence_penalty": 0,
    "provider": {"allow_fallbacks": True},
    "reasoning": {"effort": "medium", "summary": "concise"},
    "response_format": {"type": "json_object"},
    "seed": 42,
    "service_tier": "auto",
    "session_id": "sess-1",
    "stop": [""],
    "stream_options": {"include_usage": True},
    "temperature": 0.7,
    "tool_choice": "auto",
    "tools": [{"function": {"description": "Get weather", "name": "get_weather"}, "type": "function"}],
    "top_logprobs": 5,
    "top_p": 1,
    "trace": {"trace_id": "trace-abc123", "trace_name": "my-app-trace"},
    "user": "user-123",
}
