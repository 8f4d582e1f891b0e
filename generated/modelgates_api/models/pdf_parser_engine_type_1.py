from typing import Literal

from ..types import check_enum

PDFParserEngineType1 = Literal["pdf-text"] | str

PDF_PARSER_ENGINE_TYPE_1_VALUES: set[PDFParserEngineType1] = {
    "pdf-text",
}


def check_pdf_parser_engine_type_1(value: str) -> PDFParserEngineType1:
    return check_enum(value, PDF_PARSER_ENGINE_TYPE_1_VALUES, "PDFParserEngineType1")
