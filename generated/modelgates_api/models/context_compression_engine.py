from typing import Literal

from ..types import check_enum

ContextCompressionEngine = Literal["middle-out"] | str

CONTEXT_COMPRESSION_ENGINE_VALUES: set[ContextCompressionEngine] = {
    "middle-out",
}


def check_context_compression_engine(value: str) -> ContextCompressionEngine:
    return check_enum(value, CONTEXT_COMPRESSION_ENGINE_VALUES, "ContextCompressionEngine")
