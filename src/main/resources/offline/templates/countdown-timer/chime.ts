type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

/** Browsers only allow audio after a user gesture, so this is called from the Start button. */
export function unlockAudio(): void {
  if (context) return;
  try {
    const Ctor: AudioContextClass | undefined = window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
    if (Ctor) context = new Ctor();
  } catch {
    context = null;
  }
}

/** Three soft rising tones. Silently does nothing where audio is unavailable. */
export function playChime(): void {
  if (!context) return;
  try {
    const now = context.currentTime;
    [660, 880, 990].forEach((frequency, i) => {
      const ctx = context as AudioContext;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const start = now + i * 0.22;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.55);
    });
  } catch {
    // Audio is a nicety; the visual change already tells the user the session ended.
  }
}
