"""Held-out set 3: the Southmere partnership's documents and questions (scripts also run directly)."""
