"""What a generation asks for and what comes back, independent of any connection kind."""
