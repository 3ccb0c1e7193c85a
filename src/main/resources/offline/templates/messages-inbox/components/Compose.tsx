import { useEffect, useState } from 'react';
import { theme } from '../theme';
import { button, card, chip, displayName, field, label } from '../ui';
import { useSubmit } from '../form';
import { go, href } from '../route';
import { BODY_MAX, SUBJECT_MAX, mailboxes, messages } from '../mail';
import type { Mailbox } from '../mail';
import { emailHash, seal } from '../seal';
import type { Mail } from './MailApp';
import { FormActions } from './States';
import { Avatar } from './Person';

interface ComposeProps {
  mail: Mail;
  /** The recipient's mailbox, when replying or writing from a link. */
  to: number | null;
  /** The message this one answers. */
  replyTo: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Writing a message: find a member by name or exact email, then subject and text, sealed. */
export default function Compose({ mail, to, replyTo }: ComposeProps) {
  const [recipient, setRecipient] = useState<Mailbox | null>(null);
  const [search, setSearch] = useState<string>('');
  const [byEmail, setByEmail] = useState<Mailbox | null | undefined>(undefined);
  const [subject, setSubject] = useState<string>('');
  const [body, setBody] = useState<string>('');
  const me = mail.vault.box;
  const form = useSubmit(
    () => (!recipient ? 'Choose who to write to.' : !body.trim() ? 'Write your message first.' : subject.length > SUBJECT_MAX ? `Keep the subject under ${SUBJECT_MAX} characters.` : body.length > BODY_MAX ? `Keep the message under ${BODY_MAX} characters.` : null),
    async () => {
      if (!recipient) return;
      const sealed = await seal(mail.vault.keys, recipient.publicKey, { subject: subject.trim(), body: body.trim() });
      const sent = await messages.create({ toBox: recipient.id, fromBox: me.id, sealed, replyTo });
      go('m', sent.id);
    },
  );

  useEffect(() => {
    if (to !== null && !recipient) setRecipient(mail.box(to) ?? null);
    const original = [...mail.inbox, ...mail.sent].find((m) => m.id === replyTo);
    const letter = original ? mail.letter(original) : undefined;
    if (letter && !('error' in letter) && !subject) setSubject(letter.subject.startsWith('Re: ') ? letter.subject : `Re: ${letter.subject}`);
  }, [to, replyTo, mail.directory.length]);

  // An exact email address finds the member whose address hashes the same, and nobody else.
  const query = search.trim();
  useEffect(() => {
    setByEmail(undefined);
    if (!EMAIL.test(query)) return;
    let cancelled = false;
    emailHash(query)
      .then((hash) => mailboxes.list({ where: { emailHash: hash }, limit: 1 }))
      .then((page) => !cancelled && setByEmail(page.items[0] ?? null))
      .catch(() => !cancelled && setByEmail(null));
    return () => {
      cancelled = true;
    };
  }, [query]);

  const matches = EMAIL.test(query)
    ? byEmail
      ? [byEmail]
      : []
    : query
      ? mail.directory.filter((b) => b.id !== me.id && displayName(b.ownerName).toLowerCase().includes(query.toLowerCase())).slice(0, 8)
      : [];

  return (
    <form onSubmit={form.submit} noValidate data-testid="compose" aria-labelledby="compose-title" style={{ ...card, display: 'grid', gap: 16 }}>
      <h2 id="compose-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 24 }}>{replyTo !== null ? 'Reply' : 'New message'}</h2>
      {recipient ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
          <span style={{ fontWeight: 600 }}>To</span>
          <span data-testid="recipient" style={{ ...chip(true), display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'default' }}>
            <Avatar name={recipient.ownerName} id={recipient.owner} size={22} />
            {displayName(recipient.ownerName)}
          </span>
          <button type="button" onClick={() => setRecipient(null)} style={button('ghost', true)}>Change</button>
        </div>
      ) : (
        <div style={{ display: 'grid', gap: 8 }}>
          <label style={label}>
            To
            <input data-testid="recipient-search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="A member's name, or their exact email address" autoComplete="off" style={field} />
          </label>
          {query && matches.length === 0 && (
            <p style={{ margin: 0, fontSize: 14, color: theme.muted }}>
              {EMAIL.test(query) ? (byEmail === undefined ? 'Looking…' : 'No member has that email address.') : 'No member by that name. Try their exact email address.'}
            </p>
          )}
          {matches.length > 0 && (
            <ul aria-label="Matching members" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {matches.map((b) => (
                <li key={b.id}>
                  <button type="button" data-testid="pick-recipient" onClick={() => setRecipient(b)} style={{ ...chip(false), display: 'inline-flex', alignItems: 'center', gap: 8 }}>
                    <Avatar name={b.ownerName} id={b.owner} size={22} />
                    {displayName(b.ownerName)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <label style={label}>
        Subject
        <input data-testid="message-subject-input" value={subject} maxLength={SUBJECT_MAX + 20} onChange={(e) => setSubject(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Message
        <textarea data-testid="message-body" rows={8} value={body} onChange={(e) => setBody(e.target.value)} style={{ ...field, resize: 'vertical', lineHeight: 1.55 }} />
        <span style={{ fontWeight: 400, fontSize: 13, color: theme.muted }}>🔒 Sealed in your browser: only you and the recipient can read it.</span>
      </label>
      <FormActions form={form} label="Send" busyLabel="Sealing and sending…" cancel={href()} testId="send" />
    </form>
  );
}
