"""Everything that imports Qt lives here; the rest of the package never imports it."""
