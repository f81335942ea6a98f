"""The GUI tests' main window fixture, for the language tests."""

from tests.gui.conftest import window  # noqa: F401
