"""The Qt wizard: one module per page, plus its widgets."""
