from typing import Literal

from ..types import check_enum

PdfParserEngine = Literal["mistral-ocr", "native", "pdf-text"] | str

PDF_PARSER_ENGINE_VALUES: set[PdfParserEngine] = {
    "mistral-ocr",
    "native",
    "pdf-text",
}


def check_pdf_parser_engine(value: str) -> PdfParserEngine:
    return check_enum(value, PDF_PARSER_ENGINE_VALUES, "PdfParserEngine")
