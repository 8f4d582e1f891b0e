from typing import Literal

AnthropicBase64PdfSourceType = Literal["base64"]

ANTHROPIC_BASE_64_PDF_SOURCE_TYPE_VALUES: set[AnthropicBase64PdfSourceType] = {
    "base64",
}


def check_anthropic_base_64_pdf_source_type(value: str) -> AnthropicBase64PdfSourceType:
    if value in ANTHROPIC_BASE_64_PDF_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASE_64_PDF_SOURCE_TYPE_VALUES!r}"
    )
