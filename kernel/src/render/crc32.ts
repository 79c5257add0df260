/**
 * CRC-32 as the PNG specification (ISO/IEC 15948, annex D) defines it: the reflected polynomial
 * 0xEDB88320, register preset to all ones and complemented at the end. Every PNG chunk carries the CRC of
 * its type and data, and viewers reject a file whose CRCs do not match.
 */

/** crc32(bytes) of the concatenation a‖b equals crc32(b, crc32(a)), so a chunk's type and data can be fed in turn. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const table = crcTable();
  let c = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

let TABLE: Uint32Array | undefined;

/** The 256 remainders of one byte, computed once on first use (bit-by-bit division by the polynomial). */
function crcTable(): Uint32Array {
  if (TABLE) return TABLE;
  TABLE = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    TABLE[n] = c >>> 0;
  }
  return TABLE;
}
