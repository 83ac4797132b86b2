"""The errors clipper's library raises; the CLI turns each into a message and an exit status."""


class ClipperError(Exception):
    """Something the user can act on went wrong; the message says what."""


class NotFound(ClipperError):
    """No clipping with that id, or nothing matched."""


class BadQuery(ClipperError):
    """A search query or filter that cannot be understood."""


class UnreadablePage(ClipperError):
    """A raw page that cannot be read or holds no article text."""


class ArchiveError(ClipperError):
    """The archive file cannot be opened, is not a clipper archive, or is too new."""


class DamagedClipping(ArchiveError):
    """A stored clipping whose original page cannot be read back (its compressed data is
    damaged): the rest of the archive is sound."""


class NotAPage(UnreadablePage):
    """An input that is not a news page at all (an image, a PDF, binary data): skipped."""
