"""Content Credentials (C2PA) and the provenance metadata Google writes: read, show, carry, sign."""
