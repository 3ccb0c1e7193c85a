import { useState } from 'react';
import { theme } from '../theme';
import type { Comment } from '../items';
import { button, field, label } from '../look';

interface CommentsProps {
  comments: Comment[];
  onComment: (author: string, body: string) => void;
}

/** The comments on one item, oldest first, and a form to add one (kept in this browser). */
export default function Comments({ comments, onComment }: CommentsProps) {
  const [author, setAuthor] = useState('');
  const [body, setBody] = useState('');
  return (
    <section aria-label="Comments" data-testid="comments" style={{ display: 'grid', gap: 10, borderTop: `1px solid ${theme.border}`, paddingTop: 14 }}>
      <h3 style={{ margin: 0, fontSize: 18 }}>Comments ({comments.length})</h3>
      {comments.map((c, i) => (
        <p key={i} style={{ margin: 0 }}>
          <strong>{c.author}</strong> <span style={{ color: theme.muted, fontSize: 13 }}>{new Date(c.at).toLocaleDateString()}</span>
          <br />
          {c.body}
        </p>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!body.trim()) return;
          onComment(author, body);
          setBody('');
        }}
        style={{ display: 'grid', gap: 10 }}
      >
        <label style={label}>
          Your name
          <input value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={60} style={field} />
        </label>
        <label style={label}>
          Comment
          <textarea required value={body} onChange={(e) => setBody(e.target.value)} maxLength={2000} rows={3} style={field} />
        </label>
        <button type="submit" style={{ ...button('primary'), justifySelf: 'start' }}>
          Post comment
        </button>
      </form>
    </section>
  );
}
