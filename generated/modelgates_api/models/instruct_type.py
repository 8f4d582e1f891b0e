from typing import Literal

from ..types import check_enum

InstructType = (
    Literal[
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
    | str
)

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
    return check_enum(value, INSTRUCT_TYPE_VALUES, "InstructType")
