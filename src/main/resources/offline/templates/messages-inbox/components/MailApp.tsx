import { useEffect, useState } from 'react';
import { useCollection } from 'faibric/data';
import { theme, useViewportWidth } from '../theme';
import { button } from '../ui';
import { go, href, idOf, useRoute } from '../route';
import { mailboxes, otherBox } from '../mail';
import type { Mailbox, Message, Receipt, Vault } from '../mail';
import { open } from '../seal';
import type { Letter } from '../seal';
import { ErrorNotice } from './States';
import Folder from './Folder';
import Reader from './Reader';
import Compose from './Compose';

/** A message's opened letter, or why it could not be opened. */
export type Opened = Letter | { error: string };

/** Everything the member's mail pages share: folders, the directory, opened letters. */
export interface Mail {
  vault: Vault;
  inbox: Message[];
  sent: Message[];
  unread: (m: Message) => boolean;
  receipts: Receipt[];
  box: (id: number) => Mailbox | undefined;
  letter: (m: Message) => Opened | undefined;
  directory: Mailbox[];
}

/** The signed-in, unlocked member's mail: inbox, sent, a message, or writing one. */
export default function MailApp({ vault }: { vault: Vault }) {
  const route = useRoute();
  const narrow = useViewportWidth() < 760;
  const inbox = useCollection<Message>('messages', { where: { toBox: vault.box.id }, sort: '-createdAt', limit: 100 });
  const sent = useCollection<Message>('messages', { where: { owner: 'me' }, sort: '-createdAt', limit: 100 });
  const receipts = useCollection<Receipt>('receipts', { limit: 200 });
  const directory = useCollection<Mailbox>('mailboxes', { sort: '-createdAt', limit: 200 });
  const [extraBoxes, setExtraBoxes] = useState<Map<number, Mailbox>>(new Map());
  const [letters, setLetters] = useState<Map<number, Opened>>(new Map());

  const box = (id: number) => directory.items.find((b) => b.id === id) ?? extraBoxes.get(id);

  // Mailboxes beyond the directory's first page are fetched once, when a message needs them.
  const all = [...inbox.items, ...sent.items];
  const missing = Array.from(new Set(all.map((m) => otherBox(m, vault.box)))).filter((id) => !box(id) && id !== vault.box.id);
  useEffect(() => {
    if (directory.loading || missing.length === 0) return;
    Promise.all(missing.map((id) => mailboxes.get(id).catch(() => null))).then((found) => {
      setExtraBoxes((prev) => new Map([...prev, ...found.filter((b): b is Mailbox => b !== null).map((b) => [b.id, b] as const)]));
    });
  }, [missing.join(','), directory.loading]);

  // Letters are opened in the browser as their messages arrive.
  useEffect(() => {
    let cancelled = false;
    for (const m of all) {
      if (letters.has(m.id)) continue;
      const other = box(otherBox(m, vault.box)) ?? (otherBox(m, vault.box) === vault.box.id ? vault.box : undefined);
      if (!other) continue;
      const forged = m.fromBox !== vault.box.id && other.owner !== m.owner;
      open(vault.keys, other.publicKey, m.sealed)
        .then((letter): Opened => (forged ? { error: 'The sender of this message could not be verified.' } : letter))
        .catch((err: Error): Opened => ({ error: err.message }))
        .then((opened) => {
          if (!cancelled) setLetters((prev) => new Map(prev).set(m.id, opened));
        });
    }
    return () => {
      cancelled = true;
    };
  }, [all.map((m) => m.id).join(','), directory.items.length, extraBoxes.size]);

  const read = new Set(receipts.items.map((r) => r.message));
  const mail: Mail = {
    vault,
    inbox: inbox.items,
    sent: sent.items,
    unread: (m) => m.toBox === vault.box.id && !read.has(m.id),
    receipts: receipts.items,
    box,
    letter: (m) => letters.get(m.id),
    directory: directory.items,
  };
  const unreadCount = inbox.items.filter(mail.unread).length;

  const view = route[0] ?? 'inbox';
  let page;
  if (view === 'm') page = <Reader mail={mail} id={idOf(route[1])} />;
  else if (view === 'write') page = <Compose mail={mail} to={idOf(route[1])} replyTo={idOf(route[2])} />;
  else if (view === 'sent') page = <Folder mail={mail} kind="sent" messages={sent.items} loading={sent.loading} />;
  else page = <Folder mail={mail} kind="inbox" messages={inbox.items} loading={inbox.loading} />;

  const link = (id: string, label: string, target: string) => {
    const active = view === id || (id === 'inbox' && view !== 'sent' && view !== 'write' && view !== 'm');
    return (
      <a href={target} data-testid={`folder-${id}`} aria-current={active ? 'page' : undefined} style={{ padding: '10px 14px', borderRadius: 10, textDecoration: 'none', fontWeight: 700, fontSize: 15, color: active ? theme.primaryOnSurface : theme.text, background: active ? theme.tint : 'transparent', whiteSpace: 'nowrap' }}>
        {label}
      </a>
    );
  };

  const error = inbox.error ?? sent.error ?? directory.error;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : '220px minmax(0, 1fr)', gap: 20, alignItems: 'start' }}>
      <nav aria-label="Folders" style={{ display: 'flex', flexDirection: narrow ? 'row' : 'column', gap: 6, overflowX: 'auto' }}>
        <button type="button" data-testid="write" onClick={() => go('write')} style={{ ...button('primary'), marginBottom: narrow ? 0 : 8 }}>
          ✏️ Write
        </button>
        {link('inbox', `📥 Inbox${unreadCount ? ` (${unreadCount})` : ''}`, href())}
        {link('sent', '📤 Sent', href('sent'))}
      </nav>
      <div style={{ minWidth: 0, display: 'grid', gap: 14 }}>
        {error && <ErrorNotice error={error} onRetry={() => [inbox, sent, directory].forEach((c) => c.reload())} />}
        {page}
      </div>
    </div>
  );
}
