"""Export: drag-out, copy, and the export dialog."""
