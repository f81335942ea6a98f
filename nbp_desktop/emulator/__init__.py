"""A local emulator of Google's image APIs (all four connection kinds), for tests and --demo."""
