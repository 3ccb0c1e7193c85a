// At most so many questions a minute from one address, counted in this server's memory.
const WINDOW_MS = 60_000;

const seen = new Map<string, number[]>();

export function allowed(address: string, perMinute = 20, now = Date.now()): boolean {
  const recent = (seen.get(address) ?? []).filter((at) => now - at < WINDOW_MS);
  if (recent.length >= perMinute) {
    seen.set(address, recent);
    return false;
  }
  recent.push(now);
  seen.set(address, recent);
  if (seen.size > 10_000) seen.clear();
  return true;
}
