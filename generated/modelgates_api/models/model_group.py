from typing import Literal

ModelGroup = Literal[
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
    if value in MODEL_GROUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_GROUP_VALUES!r}"
    )
