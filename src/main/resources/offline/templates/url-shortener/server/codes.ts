import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new random code: 7 characters without look-alikes (l, 1, O, 0). */
export function newCode(length = 7): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
  return code;
}

/** A custom code people may choose: 2 to 32 letters, digits, - or _. */
export const CUSTOM_CODE = /^[A-Za-z0-9_-]{2,32}$/;

/** The address to redirect to, if it is a full http(s) address; null otherwise. */
export function validTarget(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
