from typing import Literal

URLCitationType = Literal["url_citation"]

URL_CITATION_TYPE_VALUES: set[URLCitationType] = {
    "url_citation",
}


def check_url_citation_type(value: str) -> URLCitationType:
    if value in URL_CITATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URL_CITATION_TYPE_VALUES!r}"
    )
