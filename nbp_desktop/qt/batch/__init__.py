"""Batch generation in the window: the prompt-sheet import dialog and the Batches pane."""
