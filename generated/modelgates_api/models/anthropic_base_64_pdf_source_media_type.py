from typing import Literal

from ..types import check_enum

AnthropicBase64PdfSourceMediaType = Literal["application/pdf"] | str

ANTHROPIC_BASE_64_PDF_SOURCE_MEDIA_TYPE_VALUES: set[AnthropicBase64PdfSourceMediaType] = {
    "application/pdf",
}


def check_anthropic_base_64_pdf_source_media_type(value: str) -> AnthropicBase64PdfSourceMediaType:
    return check_enum(value, ANTHROPIC_BASE_64_PDF_SOURCE_MEDIA_TYPE_VALUES, "AnthropicBase64PdfSourceMediaType")
