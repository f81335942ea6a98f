"""Export for print and web: presets, colour, metadata, and files other apps accept."""
