"""The gallery: review, cull, find and collect the library offline."""
