from typing import Literal

AnthropicBase64PdfSourceMediaType = Literal["application/pdf"]

ANTHROPIC_BASE_64_PDF_SOURCE_MEDIA_TYPE_VALUES: set[
    AnthropicBase64PdfSourceMediaType
] = {
    "application/pdf",
}


def check_anthropic_base_64_pdf_source_media_type(
    value: str,
) -> AnthropicBase64PdfSourceMediaType:
    if value in ANTHROPIC_BASE_64_PDF_SOURCE_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASE_64_PDF_SOURCE_MEDIA_TYPE_VALUES!r}"
    )
