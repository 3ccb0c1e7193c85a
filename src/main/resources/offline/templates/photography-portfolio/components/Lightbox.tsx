import { useEffect, useRef, useState } from 'react';
import { theme } from '../theme';
import type { Photo } from '../content';
import Scene from './Scene';

interface LightboxProps {
  photos: Photo[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
}

/** Full-screen viewer: always dark, whatever the palette, like a real photo viewer. */
export default function Lightbox({ photos, index, onIndex, onClose }: LightboxProps) {
  const photo = photos[index];
  const [viewport, setViewport] = useState<{ w: number; h: number }>(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setViewport({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const narrow = viewport.w < 640;
  // Room for the photo: the arrows sit beside it on wide screens and below it on phones.
  const roomW = Math.max(120, viewport.w - (narrow ? 24 : 2 * (48 + 24) + 24));
  const roomH = Math.max(120, viewport.h - 72 - (narrow ? 200 : 150));
  const fitW = Math.min(roomW, roomH * photo.ratio);
  const size = { width: Math.round(fitW), height: Math.round(fitW / photo.ratio) };
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const count = photos.length;
  const go = (delta: number) => onIndex((index + delta + count) % count);

  const goRef = useRef(go);
  goRef.current = go;
  const closeFn = useRef(onClose);
  closeFn.current = onClose;

  useEffect(() => {
    const previousFocus = document.activeElement as HTMLElement | null;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeFn.current();
      else if (e.key === 'ArrowRight') goRef.current(1);
      else if (e.key === 'ArrowLeft') goRef.current(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
      previousFocus?.focus();
    };
  }, []);

  const round = { width: 48, height: 48, borderRadius: '50%', border: '1px solid rgba(255,255,255,0.35)', background: 'rgba(255,255,255,0.1)', color: '#ffffff', fontSize: 24, cursor: 'pointer', flexShrink: 0 } as const;

  return (
    <div role="dialog" aria-modal="true" aria-label={`${photo.title}, photo ${index + 1} of ${count}`} data-testid="lightbox" onClick={(e) => e.target === e.currentTarget && onClose()} style={{ position: 'fixed', inset: 0, zIndex: 50, background: 'rgba(8, 8, 10, 0.97)', display: 'flex', flexDirection: 'column', color: '#ffffff', fontFamily: theme.body }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 16px', gap: 12 }}>
        <span data-testid="lightbox-counter" style={{ fontSize: 14, opacity: 0.8 }}>{index + 1} / {count}</span>
        <button ref={closeRef} type="button" data-testid="lightbox-close" aria-label="Close" onClick={onClose} style={round}>✕</button>
      </div>
      <div onClick={(e) => e.target === e.currentTarget && onClose()} style={{ flex: 1, minHeight: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 12, padding: '0 12px' }}>
        {!narrow && <button type="button" data-testid="lightbox-prev" aria-label="Previous photo" onClick={() => go(-1)} style={round}>‹</button>}
        <div key={photo.id} style={{ ...size, borderRadius: 6, overflow: 'hidden', boxShadow: '0 20px 60px rgba(0,0,0,0.6)', flexShrink: 0 }}>
          <Scene kind={photo.kind} seed={photo.id} label={photo.title} />
        </div>
        {!narrow && <button type="button" data-testid="lightbox-next" aria-label="Next photo" onClick={() => go(1)} style={round}>›</button>}
      </div>
      {narrow && (
        <div style={{ display: 'flex', justifyContent: 'center', gap: 24, paddingTop: 12 }}>
          <button type="button" data-testid="lightbox-prev" aria-label="Previous photo" onClick={() => go(-1)} style={round}>‹</button>
          <button type="button" data-testid="lightbox-next" aria-label="Next photo" onClick={() => go(1)} style={round}>›</button>
        </div>
      )}
      <div style={{ padding: '14px clamp(16px, 4vw, 40px) 20px', maxWidth: 900, margin: '0 auto', textAlign: 'center' }}>
        <h2 data-testid="lightbox-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(20px, 3vw, 26px)' }}>{photo.title}</h2>
        <p style={{ margin: '4px 0 0', opacity: 0.8, fontSize: 14 }}>{photo.place} · {photo.year} · {photo.camera} · {photo.settings}</p>
        <p style={{ margin: '8px 0 0', opacity: 0.92, fontSize: 15 }}>{photo.story}</p>
      </div>
    </div>
  );
}
