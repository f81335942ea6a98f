"""nbp-desktop: generate, review and hand off images made with Google's Gemini image models."""

__version__ = "0.1.0"
APP_NAME = "nbp-desktop"
