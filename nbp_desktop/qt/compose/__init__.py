"""The compose pane."""
