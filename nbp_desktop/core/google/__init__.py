"""The image client: turns a GenerationRequest into HTTP and the answer into a result."""
