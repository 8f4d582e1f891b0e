from typing import Literal

InstructType = Literal[
    "airoboros",
    "alpaca",
    "alpaca-modif",
    "chatml",
    "claude",
    "code-llama",
    "deepseek-r1",
    "deepseek-v3.1",
    "gemma",
    "llama2",
    "llama3",
    "mistral",
    "nemotron",
    "neural",
    "none",
    "openchat",
    "phi3",
    "qwen3",
    "qwq",
    "rwkv",
    "vicuna",
    "zephyr",
]

INSTRUCT_TYPE_VALUES: set[InstructType] = {
    "airoboros",
    "alpaca",
    "alpaca-modif",
    "chatml",
    "claude",
    "code-llama",
    "deepseek-r1",
    "deepseek-v3.1",
    "gemma",
    "llama2",
    "llama3",
    "mistral",
    "nemotron",
    "neural",
    "none",
    "openchat",
    "phi3",
    "qwen3",
    "qwq",
    "rwkv",
    "vicuna",
    "zephyr",
}


def check_instruct_type(value: str) -> InstructType:
    if value in INSTRUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSTRUCT_TYPE_VALUES!r}"
    )
