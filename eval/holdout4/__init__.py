"""Held-out set 4: the Fenwarden partnership's documents and questions (scripts also run directly).

A seventh fictional partnership, written without reading how the product ranks or answers: the clean test
as of its creation.
"""
