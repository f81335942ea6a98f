"""Connections (AI Studio, Vertex, Vertex express, OpenAI-compatible) and their secrets."""
