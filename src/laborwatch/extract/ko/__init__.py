"""Korean stages of the extraction pipeline: the same seams (DocView, Quantity,
PlaceMention, Claim) with Korean grammar where word order and particles differ."""
