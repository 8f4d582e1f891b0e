from typing import Literal

from ..types import check_enum

ModelGroup = (
    Literal[
        "Claude",
        "Cohere",
        "DeepSeek",
        "Gemini",
        "Gemma",
        "GPT",
        "Grok",
        "Llama2",
        "Llama3",
        "Llama4",
        "Media",
        "Mistral",
        "Nova",
        "Other",
        "PaLM",
        "Qwen",
        "Qwen3",
        "Router",
        "RWKV",
        "Yi",
    ]
    | str
)

MODEL_GROUP_VALUES: set[ModelGroup] = {
    "Claude",
    "Cohere",
    "DeepSeek",
    "Gemini",
    "Gemma",
    "GPT",
    "Grok",
    "Llama2",
    "Llama3",
    "Llama4",
    "Media",
    "Mistral",
    "Nova",
    "Other",
    "PaLM",
    "Qwen",
    "Qwen3",
    "Router",
    "RWKV",
    "Yi",
}


def check_model_group(value: str) -> ModelGroup:
    return check_enum(value, MODEL_GROUP_VALUES, "ModelGroup")
