from typing import Literal

AnthropicUrlPdfSourceType = Literal["url"]

ANTHROPIC_URL_PDF_SOURCE_TYPE_VALUES: set[AnthropicUrlPdfSourceType] = {
    "url",
}


def check_anthropic_url_pdf_source_type(value: str) -> AnthropicUrlPdfSourceType:
    if value in ANTHROPIC_URL_PDF_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_URL_PDF_SOURCE_TYPE_VALUES!r}"
    )
