import { useEffect, useState } from 'react';
import { theme } from '../theme';
import { button, card, dateTime, displayName, errorText } from '../ui';
import { go, href } from '../route';
import { messages, receipts } from '../mail';
import type { Mail } from './MailApp';
import { Empty, FormError, Loading } from './States';
import { Avatar } from './Person';
import ConfirmButton from './ConfirmButton';

/** One message, opened: from, to, when, subject and text; reply, and unsend for its writer. */
export default function Reader({ mail, id }: { mail: Mail; id: number | null }) {
  const message = [...mail.inbox, ...mail.sent].find((m) => m.id === id);
  const [problem, setProblem] = useState<string | null>(null);
  const unread = message !== undefined && mail.unread(message);

  // Opening a message in the inbox marks it read (a receipt only its reader can see).
  useEffect(() => {
    if (message && unread) receipts.create({ message: message.id }).catch(() => undefined);
  }, [message?.id, unread]);

  if (!message) return <Empty icon="🧭" title="This message is not here" action={<a href={href()}>← Inbox</a>}>It may have been unsent by its writer.</Empty>;
  const letter = mail.letter(message);
  if (!letter) return <Loading what="and opening the message" />;

  const mine = message.fromBox === mail.vault.box.id;
  const from = mine ? displayName(mail.vault.box.ownerName) : displayName(message.ownerName);
  const to = mail.box(message.toBox);
  const unsend = async () => {
    try {
      await messages.remove(message.id);
      go('sent');
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  return (
    <article data-testid="message" aria-labelledby="message-subject" style={{ ...card, display: 'grid', gap: 16 }}>
      <a href={mine ? href('sent') : href()} style={{ color: theme.primaryOnSurface, fontWeight: 600, fontSize: 14 }}>← {mine ? 'Sent' : 'Inbox'}</a>
      <h2 id="message-subject" data-testid="open-subject" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(20px, 3vw, 28px)', overflowWrap: 'anywhere' }}>
        {'error' in letter ? '⚠️ This message cannot be opened' : letter.subject || '(no subject)'}
      </h2>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <Avatar name={from} id={message.owner} size={40} />
        <div style={{ flex: 1, minWidth: 200, fontSize: 14, color: theme.muted, lineHeight: 1.5 }}>
          <div>
            From <strong style={{ color: theme.text }}>{from}</strong>
          </div>
          <div>
            To <strong style={{ color: theme.text }}>{mine ? displayName(to?.ownerName) : 'you'}</strong> · {dateTime(message.createdAt)}
          </div>
        </div>
        <span title="Sealed end to end" style={{ fontSize: 13, color: theme.success }}>🔒 Private</span>
      </div>
      {'error' in letter ? (
        <p role="alert" style={{ margin: 0, color: theme.danger }}>{letter.error}</p>
      ) : (
        <p data-testid="open-body" style={{ margin: 0, whiteSpace: 'pre-wrap', lineHeight: 1.65, fontSize: 16, overflowWrap: 'anywhere' }}>{letter.body}</p>
      )}
      <FormError message={problem} />
      <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap' }}>
        {!mine && !('error' in letter) && (
          <a href={href('write', message.fromBox, message.id)} data-testid="reply" style={{ ...button('primary'), textDecoration: 'none' }}>↩ Reply</a>
        )}
        {mine && <ConfirmButton label="Unsend" question="Unsend this message? It disappears for both of you." onConfirm={unsend} />}
      </div>
    </article>
  );
}
