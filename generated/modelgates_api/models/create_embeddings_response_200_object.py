from typing import Literal

from ..types import check_enum

CreateEmbeddingsResponse200Object = Literal["list"] | str

CREATE_EMBEDDINGS_RESPONSE_200_OBJECT_VALUES: set[CreateEmbeddingsResponse200Object] = {
    "list",
}


def check_create_embeddings_response_200_object(value: str) -> CreateEmbeddingsResponse200Object:
    return check_enum(value, CREATE_EMBEDDINGS_RESPONSE_200_OBJECT_VALUES, "CreateEmbeddingsResponse200Object")
