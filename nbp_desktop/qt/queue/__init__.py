"""The queue pane."""
