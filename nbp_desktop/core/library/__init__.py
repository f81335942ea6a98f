"""The library on disk: where a generated image becomes a file."""
