"""Held-out set 1: the Westvale partnership's documents and questions (scripts also run directly)."""
