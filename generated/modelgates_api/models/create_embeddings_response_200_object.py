from typing import Literal

CreateEmbeddingsResponse200Object = Literal["list"]

CREATE_EMBEDDINGS_RESPONSE_200_OBJECT_VALUES: set[CreateEmbeddingsResponse200Object] = {
    "list",
}


def check_create_embeddings_response_200_object(
    value: str,
) -> CreateEmbeddingsResponse200Object:
    if value in CREATE_EMBEDDINGS_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_RESPONSE_200_OBJECT_VALUES!r}"
    )
