"""Batch generation from a prompt sheet: Google's Batch API (AI Studio) and batch prediction
jobs (Vertex) at half the interactive price, or the interactive queue."""
