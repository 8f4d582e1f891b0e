from typing import Literal

PdfParserEngine = Literal["mistral-ocr", "native", "pdf-text"]

PDF_PARSER_ENGINE_VALUES: set[PdfParserEngine] = {
    "mistral-ocr",
    "native",
    "pdf-text",
}


def check_pdf_parser_engine(value: str) -> PdfParserEngine:
    if value in PDF_PARSER_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PDF_PARSER_ENGINE_VALUES!r}"
    )
