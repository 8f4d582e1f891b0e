from typing import Literal

from ..types import check_enum

CreateEmbeddingsBodyInputType4ItemContentItemType1Type = Literal["image_url"] | str

CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES: set[
    CreateEmbeddingsBodyInputType4ItemContentItemType1Type
] = {
    "image_url",
}


def check_create_embeddings_body_input_type_4_item_content_item_type_1_type(
    value: str,
) -> CreateEmbeddingsBodyInputType4ItemContentItemType1Type:
    return check_enum(
        value,
        CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES,
        "CreateEmbeddingsBodyInputType4ItemContentItemType1Type",
    )
