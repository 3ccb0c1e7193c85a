import { UserError } from './ui';

// End-to-end sealing of messages, in the browser, with the Web Crypto API.
//
// Why: the data API's rules say who may read a row (everyone, everyone signed in, only its
// writer, only the admin), but not "only the person it is addressed to". So the server
// keeps messages sealed: each member has an ECDH P-256 key pair; the public half is in
// their mailbox (readable by members), the private half is encrypted with a key derived
// from their password (PBKDF2) and kept in a keychain only they can read. A message is
// sealed with AES-GCM under the key that ECDH gives the sender and the recipient alike,
// so those two, and nobody else (not the app's owner either), can open it.

const PBKDF2_ROUNDS = 310_000;
const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** The sealed contents of a message. */
export interface Letter {
  subject: string;
  body: string;
}

/** A member's unlocked keys. */
export interface Keys {
  privateKey: CryptoKey;
  publicJwk: string;
}

/** A locked private key, as stored in the member's keychain. */
export interface Locked {
  lockedKey: string;
  salt: string;
}

/** Why a message or key could not be sealed or opened, in words for the person. */
export class SealError extends UserError {}

function subtle(): SubtleCrypto {
  const api = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!api) throw new SealError('This browser cannot encrypt here: private messages need a secure (https) page.');
  return api;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  bytes.forEach((b) => {
    text += String.fromCharCode(b);
  });
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function random(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function passwordKey(password: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', salt, iterations: PBKDF2_ROUNDS, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function encrypt(key: CryptoKey, plain: string): Promise<string> {
  const iv = random(12);
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return toBase64(out);
}

async function decrypt(key: CryptoKey, text: string): Promise<string> {
  const bytes = fromBase64(text);
  const plain = await subtle().decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12) }, key, bytes.slice(12));
  return new TextDecoder().decode(plain);
}

/** New keys for a member, with the private half locked by their password. */
export async function newKeys(password: string): Promise<{ keys: Keys; locked: Locked }> {
  const pair = (await subtle().generateKey(EC, true, ['deriveKey'])) as CryptoKeyPair;
  const privateJwk = JSON.stringify(await subtle().exportKey('jwk', pair.privateKey));
  const publicJwk = JSON.stringify(await subtle().exportKey('jwk', pair.publicKey));
  const salt = random(16);
  const lockedKey = await encrypt(await passwordKey(password, salt), privateJwk);
  const privateKey = await subtle().importKey('jwk', JSON.parse(privateJwk), EC, false, ['deriveKey']);
  return { keys: { privateKey, publicJwk }, locked: { lockedKey, salt: toBase64(salt) } };
}

/** The member's keys, unlocked with their password; a wrong password is a SealError. */
export async function unlockKeys(password: string, locked: Locked, publicJwk: string): Promise<Keys> {
  let privateJwk: string;
  try {
    privateJwk = await decrypt(await passwordKey(password, fromBase64(locked.salt)), locked.lockedKey);
  } catch (err) {
    if (err instanceof SealError) throw err;
    throw new SealError('That password does not open your messages.');
  }
  const privateKey = await subtle().importKey('jwk', JSON.parse(privateJwk), EC, false, ['deriveKey']);
  return { privateKey, publicJwk };
}

const shared = new Map<string, Promise<CryptoKey>>();

/** The key the member shares with the owner of another public key (the same on both sides). */
function sharedKey(keys: Keys, otherPublicJwk: string): Promise<CryptoKey> {
  let key = shared.get(otherPublicJwk);
  if (!key) {
    key = subtle()
      .importKey('jwk', JSON.parse(otherPublicJwk), EC, false, [])
      .then((other) => subtle().deriveKey({ name: 'ECDH', public: other }, keys.privateKey, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
    shared.set(otherPublicJwk, key);
  }
  return key;
}

/** Forgets the keys shared with others (on log out). */
export function forgetSharedKeys(): void {
  shared.clear();
}

export async function seal(keys: Keys, otherPublicJwk: string, letter: Letter): Promise<string> {
  return encrypt(await sharedKey(keys, otherPublicJwk), JSON.stringify(letter));
}

/** Opens a message; one that was not sealed for this member and the other is a SealError. */
export async function open(keys: Keys, otherPublicJwk: string, sealed: string): Promise<Letter> {
  try {
    const letter = JSON.parse(await decrypt(await sharedKey(keys, otherPublicJwk), sealed)) as Partial<Letter>;
    return { subject: String(letter.subject ?? ''), body: String(letter.body ?? '') };
  } catch {
    throw new SealError('This message cannot be opened with your key.');
  }
}

/** The lookup hash of an email address, so members can be found by exact address only. */
export async function emailHash(email: string): Promise<string> {
  const digest = await subtle().digest('SHA-256', new TextEncoder().encode('faibric-mailbox:' + email.trim().toLowerCase()));
  return toBase64(new Uint8Array(digest));
}
