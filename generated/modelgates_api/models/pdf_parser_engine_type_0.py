from typing import Literal

from ..types import check_enum

PDFParserEngineType0 = Literal["cloudflare-ai", "mistral-ocr", "native"] | str

PDF_PARSER_ENGINE_TYPE_0_VALUES: set[PDFParserEngineType0] = {
    "cloudflare-ai",
    "mistral-ocr",
    "native",
}


def check_pdf_parser_engine_type_0(value: str) -> PDFParserEngineType0:
    return check_enum(value, PDF_PARSER_ENGINE_TYPE_0_VALUES, "PDFParserEngineType0")
