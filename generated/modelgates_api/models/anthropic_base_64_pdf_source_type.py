from typing import Literal

from ..types import check_enum

AnthropicBase64PdfSourceType = Literal["base64"] | str

ANTHROPIC_BASE_64_PDF_SOURCE_TYPE_VALUES: set[AnthropicBase64PdfSourceType] = {
    "base64",
}


def check_anthropic_base_64_pdf_source_type(value: str) -> AnthropicBase64PdfSourceType:
    return check_enum(value, ANTHROPIC_BASE_64_PDF_SOURCE_TYPE_VALUES, "AnthropicBase64PdfSourceType")
