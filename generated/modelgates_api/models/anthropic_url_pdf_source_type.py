from typing import Literal

from ..types import check_enum

AnthropicUrlPdfSourceType = Literal["url"] | str

ANTHROPIC_URL_PDF_SOURCE_TYPE_VALUES: set[AnthropicUrlPdfSourceType] = {
    "url",
}


def check_anthropic_url_pdf_source_type(value: str) -> AnthropicUrlPdfSourceType:
    return check_enum(value, ANTHROPIC_URL_PDF_SOURCE_TYPE_VALUES, "AnthropicUrlPdfSourceType")
