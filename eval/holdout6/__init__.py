"""Sixth held-out question set (held-out set 7): Tidewell, a ninth fictional partnership, written blind."""
