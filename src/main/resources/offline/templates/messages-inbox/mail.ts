import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';
import { emailHash, newKeys, unlockKeys } from './seal';
import type { Keys } from './seal';

// The inbox's data (see the "database" of template.json): a mailbox per member (their
// public key, readable by members), a keychain per member (their locked private key,
// readable only by them), sealed messages, and read receipts (only their writer sees them).

export interface Mailbox extends Row {
  publicKey: string;
  emailHash: string;
}

export interface Keychain extends Row {
  lockedKey: string;
  salt: string;
}

export interface Message extends Row {
  toBox: number;
  fromBox: number;
  sealed: string;
  replyTo: number | null;
}

export interface Receipt extends Row {
  message: number;
}

export const mailboxes = collection<Mailbox>('mailboxes');
export const keychains = collection<Keychain>('keychains');
export const messages = collection<Message>('messages');
export const receipts = collection<Receipt>('receipts');

export const SUBJECT_MAX = 120;
export const BODY_MAX = 5000;

/** The signed-in member's mailbox with their unlocked keys. */
export interface Vault {
  box: Mailbox;
  keys: Keys;
}

/**
 * Opens the member's vault with their password; the first time, makes their keys and
 * mailbox. A wrong password is a SealError; a server refusal a DataError.
 */
export async function openVault(password: string, email: string | null): Promise<Vault> {
  const [chain] = (await keychains.list({ limit: 1 })).items;
  const [box] = (await mailboxes.list({ where: { owner: 'me' }, limit: 1 })).items;
  if (chain && box) return { box, keys: await unlockKeys(password, chain, box.publicKey) };
  const made = await newKeys(password);
  if (chain) await keychains.update(chain.id, { ...made.locked });
  else await keychains.create({ ...made.locked });
  const hash = await emailHash(email ?? '');
  const saved = box ? await mailboxes.update(box.id, { publicKey: made.keys.publicJwk, emailHash: hash }) : await mailboxes.create({ publicKey: made.keys.publicJwk, emailHash: hash });
  return { box: saved, keys: made.keys };
}

/** The mailbox at the other end of a message, seen from the member's own mailbox. */
export function otherBox(message: Message, mine: Mailbox): number {
  return message.fromBox === mine.id ? message.toBox : message.fromBox;
}
