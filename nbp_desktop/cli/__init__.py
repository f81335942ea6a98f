"""The command-line contract from PRODUCT.md."""
