import { useState } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, field } from '../ui';
import { useSubmit } from '../form';
import { POST_MAX, posts } from '../social';
import { FormError } from './States';
import { Avatar } from './Person';

/** "What's new?": a short update with an optional picture. */
export default function Composer({ onPosted }: { onPosted: () => void }) {
  const { user } = useUser();
  const [body, setBody] = useState<string>('');
  const [image, setImage] = useState<string>('');
  const [withImage, setWithImage] = useState<boolean>(false);
  const left = POST_MAX - body.length;
  const picture = image.trim();
  const form = useSubmit(
    () => (!body.trim() ? 'Write something first.' : left < 0 ? `Posts are at most ${POST_MAX} characters.` : picture && !/^https?:\/\/\S+$/i.test(picture) ? 'The picture must be a web address starting with https://' : null),
    async () => {
      await posts.create({ body: body.trim(), image: picture || null, author: user?.id });
      setBody('');
      setImage('');
      setWithImage(false);
      onPosted();
    },
  );

  return (
    <form onSubmit={form.submit} noValidate data-testid="composer" style={{ ...card, display: 'grid', gap: 10 }}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <Avatar name={user?.name ?? null} id={user?.id ?? null} size={40} />
        <textarea
          data-testid="post-body"
          aria-label="What's new?"
          placeholder="What's new?"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          style={{ ...field, flex: 1, resize: 'vertical', fontSize: 17, lineHeight: 1.45, border: 'none', background: theme.subtle }}
        />
      </div>
      {withImage && (
        <input data-testid="post-image" type="url" aria-label="Picture address" placeholder="Picture address, https://…" value={image} onChange={(e) => setImage(e.target.value)} style={field} />
      )}
      <FormError message={form.error} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <button type="button" aria-pressed={withImage} onClick={() => setWithImage(!withImage)} style={button('ghost', true)}>
          🖼️ {withImage ? 'No picture' : 'Add a picture'}
        </button>
        <span style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <span aria-live="polite" style={{ fontSize: 13, color: left < 0 ? theme.danger : theme.muted }}>{left}</span>
          <button type="submit" data-testid="publish" disabled={form.busy} style={{ ...button('primary'), borderRadius: 999, opacity: form.busy ? 0.7 : 1 }}>
            {form.busy ? 'Posting…' : 'Post'}
          </button>
        </span>
      </div>
    </form>
  );
}
