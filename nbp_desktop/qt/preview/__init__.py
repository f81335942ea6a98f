"""The preview pane."""
