import { theme } from '../theme';
import { avatarColor, displayName, initials, timeAgo } from '../ui';

/** A round badge with a person's initials, in a colour of their own. */
export function Avatar({ name, id, size = 28 }: { name: string | null; id: number | null; size?: number }) {
  return (
    <span aria-hidden="true" style={{ width: size, height: size, borderRadius: size / 2, flexShrink: 0, background: avatarColor(id), color: '#ffffff', display: 'inline-grid', placeItems: 'center', fontWeight: 800, fontSize: Math.round(size * 0.4) }}>
      {initials(name)}
    </span>
  );
}

/** "Answered by Ada · 5 min ago", with the person's avatar. */
export function Byline({ name, owner, at, verb }: { name: string | null; owner: number | null; at: string; verb?: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontSize: 13, color: theme.muted }}>
      <Avatar name={name} id={owner} size={26} />
      <span>
        {verb ? `${verb} by ` : ''}
        <strong style={{ color: theme.text }}>{displayName(name)}</strong> · {timeAgo(at)}
      </span>
    </span>
  );
}
