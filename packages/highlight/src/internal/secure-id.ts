import { ConfigurationError } from '@sessionkit/core';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** The largest multiple of 62 that fits a byte: bytes at or above it are discarded, so every character is equally likely. */
const UNBIASED_LIMIT = 248;

/**
 * A 28-character `[A-Za-z0-9]` id, as Highlight's SDKs generate session secure ids and client ids (`GenerateSecureID`),
 * from the platform's cryptographically secure generator (`crypto.getRandomValues`), without modulo bias.
 */
export function generateSecureId(length = 28): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new ConfigurationError('No crypto.getRandomValues in this runtime: pass secureId and clientId explicitly.');
  }
  let id = '';
  const bytes = new Uint8Array(length * 2);
  while (id.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT) id += ALPHABET[byte % ALPHABET.length];
      if (id.length === length) break;
    }
  }
  return id;
}
