"""Held-out set 2: the Northfold partnership's documents and questions (scripts also run directly)."""
