"""zstd data inflated under a bound. A frame declares its content size, and zstandard's one-shot `decompress` trusts
that over its `max_output_size`: a frame of a few hundred bytes could ask for gigabytes. Here the input is fed a
little at a time, so the output never passes the bound by more than one small step."""

from __future__ import annotations

import zstandard

MOST_PER_BYTE = 1 << 16  # one zstd input byte inflates to at most 32 KiB (4-byte RLE blocks of 128 KiB)
# Input given at a time at most: a frame ending inside a step leaves the rest of the step to copy, so data made of
# many tiny frames costs this much per frame, never the rest of the data per frame.
MOST_PER_STEP = 1 << 12


class InflatedTooLarge(ValueError):
    """The data inflates past the bound given."""


def inflate(packed: bytes, limit: int) -> bytes:
    """The data of one or more zstd frames, at most `limit` bytes; raises InflatedTooLarge past it and
    zstandard.ZstdError when the data is damaged or cut short."""
    parts: list[bytes] = []
    size = 0
    decompressor = zstandard.ZstdDecompressor()
    stream = decompressor.decompressobj()
    data = memoryview(packed)
    at = 0  # where the next input starts (data is never copied: a copy per frame made many frames quadratic)
    while at < len(data):
        if stream.eof:  # another frame follows
            stream = decompressor.decompressobj()
        step = min(MOST_PER_STEP, max(16, (limit - size) // MOST_PER_BYTE))  # never more than can fill the room left
        given = data[at : at + step]
        out = stream.decompress(given)
        at += len(given) - (len(stream.unused_data) if stream.eof else 0)
        size += len(out)
        if size > limit:
            raise InflatedTooLarge(f"more than {limit} bytes when unpacked")
        parts.append(out)
    if packed and not stream.eof:
        raise zstandard.ZstdError("the compressed data ends before its end")
    return b"".join(parts)
