from typing import Literal

Quantization = Literal[
    "bf16", "fp16", "fp32", "fp4", "fp6", "fp8", "int4", "int8", "unknown"
]

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
    if value in QUANTIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUANTIZATION_VALUES!r}"
    )
