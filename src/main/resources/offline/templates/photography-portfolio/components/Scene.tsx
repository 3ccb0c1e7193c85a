import { useId } from 'react';
import type { ReactNode } from 'react';
import type { SceneKind } from '../content';

/** Small seeded random generator, so a scene looks the same on every render. */
function rng(seed: string): () => number {
  let a = 0;
  for (let i = 0; i < seed.length; i++) a = (a * 31 + seed.charCodeAt(i)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ridge(r: () => number, base: number, amp: number, steps: number, bottom = 210): string {
  let d = `M -10 ${base}`;
  for (let i = 0; i <= steps; i++) {
    const x = -10 + (320 / steps) * i;
    const y = base - amp * (0.35 + r() * 0.65) * (i % 2 === 0 ? 1 : 0.45);
    d += ` L ${x.toFixed(1)} ${y.toFixed(1)}`;
  }
  return `${d} L 310 ${bottom} L -10 ${bottom} Z`;
}

interface SceneProps {
  kind: SceneKind;
  seed: string;
  label: string;
}

/** A "photograph" drawn in SVG: gradients and shapes, no image files. Fills its box and crops like object-fit: cover. */
export default function Scene({ kind, seed, label }: SceneProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const r = rng(seed + kind);
  const g = (name: string) => `${name}${uid}`;
  const url = (name: string) => `url(#${g(name)})`;
  const sky = (id: string, stops: string[]) => (
    <linearGradient id={g(id)} x1="0" y1="0" x2="0" y2="1">
      {stops.map((c, i) => (
        <stop key={i} offset={`${(i / (stops.length - 1)) * 100}%`} stopColor={c} />
      ))}
    </linearGradient>
  );
  const stars = (n: number, maxY: number) =>
    Array.from({ length: n }, (_, i) => <circle key={`s${i}`} cx={r() * 300} cy={r() * maxY} r={r() * 0.9 + 0.2} fill="#ffffff" opacity={0.4 + r() * 0.6} />);

  let defs: ReactNode = null;
  let body: ReactNode = null;

  switch (kind) {
    case 'mountains':
      defs = (
        <>
          {sky('sky', ['#2b3a67', '#c86b85', '#f6b48f'])}
          <radialGradient id={g('sun')}><stop offset="0%" stopColor="#fff3d6" /><stop offset="100%" stopColor="#fff3d6" stopOpacity="0" /></radialGradient>
        </>
      );
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          <circle cx="205" cy="118" r="60" fill={url('sun')} />
          <circle cx="205" cy="118" r="13" fill="#fff1d0" />
          <path d={ridge(r, 120, 55, 8)} fill="#6a4c7d" opacity="0.75" />
          <path d={ridge(r, 145, 45, 10)} fill="#3f3357" />
          <path d={ridge(r, 172, 30, 12)} fill="#221d33" />
          <rect y="150" width="300" height="14" fill="#f6c6b0" opacity="0.12" />
        </>
      );
      break;
    case 'sunset':
      defs = sky('sky', ['#3b1d4a', '#c8486b', '#f79a5b', '#fbd38d']);
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          <circle cx="150" cy="118" r="26" fill="#ffe2a8" />
          <rect y="118" width="300" height="82" fill="#2b2345" />
          {Array.from({ length: 14 }, (_, i) => (
            <rect key={i} x={150 - (30 - i * 1.6)} y={122 + i * 5} width={(30 - i * 1.6) * 2} height="1.6" fill="#ffd59a" opacity={0.8 - i * 0.05} />
          ))}
          <path d="M 20 150 l 26 0 l -4 6 l -18 0 z M 30 150 l 0 -16 l 10 14" fill="#120d1f" />
          <path d="M 240 160 l 34 0 l -5 7 l -24 0 z M 254 160 l 0 -20 l 12 18" fill="#120d1f" />
        </>
      );
      break;
    case 'city': {
      defs = sky('sky', ['#0b1230', '#1d2b5c', '#39407a']);
      const buildings: ReactNode[] = [];
      let x = -5;
      let i = 0;
      while (x < 305) {
        const w = 18 + r() * 26;
        const h = 60 + r() * 110;
        buildings.push(<rect key={`b${i}`} x={x} y={200 - h} width={w} height={h} fill={i % 2 ? '#161a33' : '#1e2342'} />);
        for (let wy = 200 - h + 6; wy < 194; wy += 8) {
          for (let wx = x + 3; wx < x + w - 4; wx += 6) {
            if (r() > 0.55) buildings.push(<rect key={`w${i}-${wx.toFixed(0)}-${wy.toFixed(0)}`} x={wx} y={wy} width="3" height="4" fill={r() > 0.3 ? '#ffd37a' : '#8fd3ff'} opacity={0.55 + r() * 0.45} />);
          }
        }
        x += w + 2;
        i++;
      }
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          {stars(40, 90)}
          <circle cx="236" cy="38" r="12" fill="#f4f1de" />
          <circle cx="241" cy="35" r="11" fill="#1d2b5c" />
          {buildings}
        </>
      );
      break;
    }
    case 'forest': {
      defs = sky('sky', ['#d9e4dd', '#b8cbb8', '#8fae93']);
      const layer = (base: number, color: string, size: number, opacity: number) =>
        Array.from({ length: Math.ceil(320 / (size * 0.8)) }, (_, i) => {
          const cx = -10 + i * size * 0.8 + r() * 6;
          const h = size * (1.6 + r() * 0.9);
          return <path key={`${base}-${i}`} d={`M ${cx} ${base - h} L ${cx + size / 2} ${base} L ${cx - size / 2} ${base} Z`} fill={color} opacity={opacity} />;
        });
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          {layer(120, '#7f9c86', 18, 0.6)}
          <rect y="110" width="300" height="30" fill="#d9e4dd" opacity="0.5" />
          {layer(160, '#4f7158', 24, 0.85)}
          <rect y="150" width="300" height="20" fill="#cfdcd2" opacity="0.35" />
          {layer(210, '#263d2c', 34, 1)}
        </>
      );
      break;
    }
    case 'dunes':
      defs = (
        <>
          {sky('sky', ['#f2c79a', '#f6dfbf'])}
          {sky('sand', ['#e0914f', '#b4602d'])}
        </>
      );
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          <circle cx="70" cy="50" r="16" fill="#fff4dc" />
          <path d="M -10 120 C 60 80, 120 90, 170 115 S 260 100, 310 90 V 210 H -10 Z" fill="#e9a867" />
          <path d="M -10 150 C 50 110, 110 120, 150 150 S 240 130, 310 125 V 210 H -10 Z" fill={url('sand')} />
          <path d="M 150 150 C 190 135, 240 130, 310 125 V 210 H 200 Z" fill="#8e4622" opacity="0.55" />
          {Array.from({ length: 9 }, (_, i) => (
            <path key={i} d={`M -10 ${168 + i * 5} C 60 ${160 + i * 5}, 140 ${176 + i * 5}, 310 ${162 + i * 5}`} stroke="#7a3b1b" strokeWidth="0.8" fill="none" opacity="0.35" />
          ))}
        </>
      );
      break;
    case 'portrait':
      defs = (
        <>
          <radialGradient id={g('bg')} cx="0.35" cy="0.3" r="0.9"><stop offset="0%" stopColor="#e9d5c3" /><stop offset="100%" stopColor="#6e5b53" /></radialGradient>
          <linearGradient id={g('skin')} x1="0" y1="0" x2="1" y2="0"><stop offset="0%" stopColor="#f3c9a5" /><stop offset="100%" stopColor="#9b6b4f" /></linearGradient>
        </>
      );
      body = (
        <>
          <rect width="300" height="200" fill={url('bg')} />
          <path d="M 150 30 C 118 30, 104 60, 108 88 C 110 104, 118 118, 130 124 L 126 140 C 96 146, 78 162, 70 210 L 230 210 C 222 162, 204 146, 174 140 L 170 124 C 182 118, 190 104, 192 88 C 196 60, 182 30, 150 30 Z" fill={url('skin')} />
          <path d="M 108 80 C 100 40, 130 18, 160 24 C 196 30, 206 66, 196 100 C 196 80, 188 58, 170 52 C 150 62, 124 60, 108 80 Z" fill="#2d1d17" />
          <path d="M 70 210 C 78 168, 100 150, 132 144 C 140 160, 160 160, 168 144 C 200 150, 222 168, 230 210 Z" fill="#3b4a5e" />
          <path d="M 186 60 C 196 80, 196 100, 186 118" stroke="#fff2e2" strokeWidth="2" opacity="0.5" fill="none" />
        </>
      );
      break;
    case 'aurora':
      defs = (
        <>
          {sky('sky', ['#050b1d', '#0c1f3a', '#123a4a'])}
          <linearGradient id={g('band')} x1="0" y1="0" x2="0" y2="1"><stop offset="0%" stopColor="#9b5de5" stopOpacity="0" /><stop offset="45%" stopColor="#7cf5b6" stopOpacity="0.75" /><stop offset="100%" stopColor="#2ee6a6" stopOpacity="0" /></linearGradient>
        </>
      );
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          {stars(70, 140)}
          <path d="M -10 90 C 50 30, 110 110, 170 50 S 260 40, 310 70 L 310 120 C 250 90, 200 140, 150 100 S 40 110, -10 140 Z" fill={url('band')} />
          <path d="M 30 60 C 90 10, 150 80, 220 20 L 230 70 C 170 110, 110 60, 40 110 Z" fill={url('band')} opacity="0.6" />
          <path d="M -10 160 C 60 140, 110 150, 160 162 S 260 150, 310 156 V 210 H -10 Z" fill="#dfe9f2" />
          <path d="M -10 176 C 80 166, 200 184, 310 170 V 210 H -10 Z" fill="#b7c7d6" />
        </>
      );
      break;
    case 'lake': {
      defs = sky('sky', ['#8ec5e8', '#dceef8', '#f8e9d2']);
      const m1 = ridge(r, 100, 50, 8, 100);
      const m2 = ridge(r, 100, 30, 12, 100);
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          <path d={m1} fill="#6d8aa8" />
          <path d={m2} fill="#3e5d55" />
          <g transform="translate(0 200) scale(1 -1)" opacity="0.55">
            <path d={m1} fill="#6d8aa8" />
            <path d={m2} fill="#3e5d55" />
          </g>
          <rect y="100" width="300" height="100" fill="#8ec5e8" opacity="0.35" />
          <path d="M 140 96 l 18 0 l 0 -16 l -9 -10 l -9 10 z" fill="#f1ece4" />
          <path d="M 146 80 l 3 -22 l 3 22 z" fill="#8a4b3a" />
          {Array.from({ length: 6 }, (_, i) => <rect key={i} x={40 + i * 40} y={130 + i * 9} width={30} height="0.8" fill="#ffffff" opacity="0.5" />)}
        </>
      );
      break;
    }
    case 'arches':
      defs = sky('wall', ['#f4dcc0', '#e8c39c']);
      body = (
        <>
          <rect width="300" height="200" fill={url('wall')} />
          {[0, 1, 2, 3, 4].map((i) => {
            const x = 10 + i * 58;
            return (
              <g key={i}>
                <path d={`M ${x} 200 V 90 A 24 24 0 0 1 ${x + 48} 90 V 200 Z`} fill="#7a4a2c" />
                <path d={`M ${x + 6} 200 V 92 A 18 18 0 0 1 ${x + 42} 92 V 200 Z`} fill="#3a2418" />
                <path d={`M ${x + 48} 200 V 90 L ${x + 58} 84 V 200 Z`} fill="#d9a97c" />
              </g>
            );
          })}
          <path d="M 0 200 L 0 150 L 300 60 L 300 200 Z" fill="#2a160c" opacity="0.25" />
          <rect y="0" width="300" height="30" fill="#c98f62" />
          {Array.from({ length: 30 }, (_, i) => <rect key={i} x={i * 10 + 2} y="6" width="6" height="18" rx="2" fill="#f4dcc0" opacity="0.65" />)}
        </>
      );
      break;
    case 'fields':
      defs = sky('sky', ['#7fb3e0', '#cfe6f5', '#fdf1dc']);
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          <ellipse cx="70" cy="40" rx="34" ry="10" fill="#ffffff" opacity="0.8" />
          <ellipse cx="220" cy="28" rx="24" ry="7" fill="#ffffff" opacity="0.7" />
          <path d="M -10 108 C 80 90, 180 100, 310 92 V 210 H -10 Z" fill="#8aa86b" />
          <circle cx="232" cy="86" r="14" fill="#3f5a2e" />
          <rect x="230" y="92" width="4" height="14" fill="#4a3321" />
          <path d="M -10 116 C 90 104, 200 110, 310 104 V 210 H -10 Z" fill="#6d4e9e" />
          {Array.from({ length: 16 }, (_, i) => {
            const x = 150 + (i - 7.5) * 8;
            return <path key={i} d={`M ${x} 112 L ${150 + (i - 7.5) * 46} 210`} stroke={i % 2 ? '#9b7ed1' : '#4f2f80'} strokeWidth={i % 2 ? 7 : 3} />;
          })}
        </>
      );
      break;
    case 'rain':
      defs = sky('sky', ['#0f1226', '#23194a', '#3c1f52']);
      body = (
        <>
          <rect width="300" height="200" fill={url('sky')} />
          <rect x="10" y="20" width="70" height="110" fill="#15142b" />
          <rect x="200" y="10" width="90" height="120" fill="#15142b" />
          <rect x="96" y="50" width="90" height="80" fill="#1b1836" />
          <rect x="28" y="40" width="30" height="60" rx="3" fill="#ff4fa3" opacity="0.85" />
          <rect x="222" y="34" width="46" height="16" rx="3" fill="#41e1ff" opacity="0.85" />
          <rect x="120" y="70" width="40" height="12" rx="2" fill="#ffd166" opacity="0.9" />
          <rect y="130" width="300" height="70" fill="#0b0a18" />
          <rect x="28" y="134" width="30" height="60" fill="#ff4fa3" opacity="0.25" />
          <rect x="222" y="134" width="46" height="30" fill="#41e1ff" opacity="0.2" />
          <rect x="120" y="134" width="40" height="22" fill="#ffd166" opacity="0.2" />
          {Array.from({ length: 60 }, (_, i) => {
            const x = r() * 300;
            const y = r() * 200;
            return <line key={i} x1={x} y1={y} x2={x - 3} y2={y + 10} stroke="#c9d6ff" strokeWidth="0.6" opacity="0.35" />;
          })}
          <path d="M 140 200 L 150 150 L 154 150 L 152 200 Z" fill="#000000" opacity="0.6" />
          <circle cx="150" cy="146" r="5" fill="#000000" opacity="0.7" />
          <path d="M 138 148 C 142 134, 160 134, 164 148 Z" fill="#e63946" />
        </>
      );
      break;
    case 'bloom':
      defs = (
        <radialGradient id={g('petal')} cx="0.5" cy="0.9" r="1"><stop offset="0%" stopColor="#fde2e4" /><stop offset="100%" stopColor="#e06c8a" /></radialGradient>
      );
      body = (
        <>
          <rect width="300" height="200" fill="#140d12" />
          {Array.from({ length: 3 }, (_, ring) =>
            Array.from({ length: 9 - ring * 2 }, (_, i) => {
              const n = 9 - ring * 2;
              const angle = (360 / n) * i + ring * 17;
              const len = 78 - ring * 22;
              return (
                <ellipse key={`${ring}-${i}`} cx="150" cy={100 - len / 2} rx={26 - ring * 5} ry={len / 2} fill={url('petal')} opacity={0.9 - ring * 0.1} transform={`rotate(${angle} 150 100)`} />
              );
            }),
          )}
          <circle cx="150" cy="100" r="12" fill="#f7b267" />
          {Array.from({ length: 14 }, (_, i) => <circle key={i} cx={150 + Math.cos(i) * 8} cy={100 + Math.sin(i * 1.7) * 8} r="1.4" fill="#7a3e10" />)}
        </>
      );
      break;
  }

  return (
    <svg viewBox="0 0 300 200" preserveAspectRatio="xMidYMid slice" width="100%" height="100%" role="img" aria-label={label} style={{ display: 'block' }}>
      <defs>{defs}</defs>
      {body}
      <rect width="300" height="200" fill="#000000" opacity="0.04" />
    </svg>
  );
}
