// A fast integrity check for data files at load time: FNV-1a over the bytes, 32 bits.
// Loading node:crypto costs ~8 ms of start-up, more than reading and parsing the data; the
// manifest beside the files is no defence against a deliberate forger anyway, so load time
// guards against damage (edits, truncation) with this checksum and the byte length, while the
// manifest also keeps each file's sha256 for provenance and auditing.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function checksumOf(bytes: Uint8Array): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
