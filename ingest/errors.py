"""Errors raised by parsers: one line a practitioner or IT team can act on."""


class ParseError(Exception):
    """A file could not be turned into a Document (corrupt, encrypted, empty, unsupported)."""
