from typing import Literal

from ..types import check_enum

Quantization = Literal["bf16", "fp16", "fp32", "fp4", "fp6", "fp8", "int4", "int8", "unknown"] | str

QUANTIZATION_VALUES: set[Quantization] = {
    "bf16",
    "fp16",
    "fp32",
    "fp4",
    "fp6",
    "fp8",
    "int4",
    "int8",
    "unknown",
}


def check_quantization(value: str) -> Quantization:
    return check_enum(value, QUANTIZATION_VALUES, "Quantization")
