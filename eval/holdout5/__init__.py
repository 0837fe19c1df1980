"""Fifth held-out question set (held-out set 6): Larkhaven, an eighth fictional partnership, written blind."""
