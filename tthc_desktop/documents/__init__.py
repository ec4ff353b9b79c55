"""Documents: one neutral description of what is printed, and one renderer per output (PDF, Word)."""
