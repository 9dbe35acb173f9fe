"""zstd data inflated under a bound. A frame declares its content size, and zstandard's one-shot `decompress` trusts
that over its `max_output_size`: a frame of a few hundred bytes could ask for gigabytes. Here the input is fed a
little at a time, so the output never passes the bound by more than one small step."""

from __future__ import annotations

import zstandard

MOST_PER_BYTE = 1 << 16  # one zstd input byte inflates to at most 32 KiB (4-byte RLE blocks of 128 KiB)


class InflatedTooLarge(ValueError):
    """The data inflates past the bound given."""


def inflate(packed: bytes, limit: int) -> bytes:
    """The data of one or more zstd frames, at most `limit` bytes; raises InflatedTooLarge past it and
    zstandard.ZstdError when the data is damaged or cut short."""
    parts: list[bytes] = []
    size = 0
    stream = zstandard.ZstdDecompressor().decompressobj()
    data = memoryview(packed)
    while data:
        if stream.eof:  # another frame follows
            stream = zstandard.ZstdDecompressor().decompressobj()
        step = max(16, (limit - size) // MOST_PER_BYTE)  # never more input than can fill the room left
        out = stream.decompress(data[:step])
        data = data[step:]
        size += len(out)
        if size > limit:
            raise InflatedTooLarge(f"more than {limit} bytes when unpacked")
        parts.append(out)
        if stream.eof and stream.unused_data:
            data = memoryview(stream.unused_data + bytes(data))
    if packed and not stream.eof:
        raise zstandard.ZstdError("the compressed data ends before its end")
    return b"".join(parts)
