import { theme } from '../theme';
import { displayName, timeAgo } from '../ui';
import { href } from '../route';
import type { Message } from '../mail';
import type { Mail } from './MailApp';
import { Empty, Loading } from './States';
import { Avatar } from './Person';

interface FolderProps {
  mail: Mail;
  kind: 'inbox' | 'sent';
  messages: Message[];
  loading: boolean;
}

/** The inbox or the sent messages: who, subject, the start of the text, when, unread marks. */
export default function Folder({ mail, kind, messages, loading }: FolderProps) {
  if (loading && messages.length === 0) return <Loading what="your messages" />;
  if (messages.length === 0) {
    return kind === 'inbox' ? (
      <Empty icon="📭" title="Your inbox is empty">Messages other members send you appear here at once, sealed so only you can read them.</Empty>
    ) : (
      <Empty icon="📤" title="Nothing sent yet">Write to a member by their name or email address.</Empty>
    );
  }
  return (
    <section aria-label={kind === 'inbox' ? 'Inbox' : 'Sent messages'}>
      <ul data-testid={`${kind}-list`} style={{ listStyle: 'none', margin: 0, padding: 0, borderRadius: theme.radius, border: `1px solid ${theme.border}`, background: theme.surface, overflow: 'hidden' }}>
        {messages.map((m, i) => {
          const other = mail.box(kind === 'inbox' ? m.fromBox : m.toBox);
          const name = kind === 'inbox' ? m.ownerName : (other?.ownerName ?? null);
          const letter = mail.letter(m);
          const unread = mail.unread(m);
          const subject = !letter ? 'Opening…' : 'error' in letter ? '⚠️ Cannot be opened' : letter.subject || '(no subject)';
          const preview = letter && !('error' in letter) ? letter.body : '';
          return (
            <li key={m.id} style={{ borderTop: i === 0 ? 'none' : `1px solid ${theme.border}` }}>
              <a href={href('m', m.id)} data-testid="message-item" data-unread={unread} style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '14px 16px', color: theme.text, textDecoration: 'none', background: unread ? theme.tint : 'transparent' }}>
                <Avatar name={name} id={kind === 'inbox' ? m.owner : (other?.owner ?? null)} size={38} />
                <span style={{ flex: 1, minWidth: 0, display: 'grid', gap: 2 }}>
                  <span style={{ display: 'flex', gap: 8, justifyContent: 'space-between' }}>
                    <span style={{ fontWeight: unread ? 800 : 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                      {kind === 'sent' ? 'To ' : ''}
                      {displayName(name)}
                    </span>
                    <span style={{ fontSize: 12, color: theme.muted, whiteSpace: 'nowrap' }}>{timeAgo(m.createdAt)}</span>
                  </span>
                  <span data-testid="message-subject" style={{ fontWeight: unread ? 700 : 500, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{subject}</span>
                  <span style={{ fontSize: 14, color: theme.muted, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{preview}</span>
                </span>
                {unread && <span aria-label="Unread" style={{ width: 10, height: 10, borderRadius: 5, background: theme.primary, flexShrink: 0 }} />}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
