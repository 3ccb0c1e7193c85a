export interface City {
  id: string;
  name: string;
  country: string;
  tz: string;
}

export const CITIES: City[] = [
  { id: 'london', name: 'London', country: 'United Kingdom', tz: 'Europe/London' },
  { id: 'new-york', name: 'New York', country: 'United States', tz: 'America/New_York' },
  { id: 'los-angeles', name: 'Los Angeles', country: 'United States', tz: 'America/Los_Angeles' },
  { id: 'chicago', name: 'Chicago', country: 'United States', tz: 'America/Chicago' },
  { id: 'denver', name: 'Denver', country: 'United States', tz: 'America/Denver' },
  { id: 'phoenix', name: 'Phoenix', country: 'United States', tz: 'America/Phoenix' },
  { id: 'anchorage', name: 'Anchorage', country: 'United States', tz: 'America/Anchorage' },
  { id: 'honolulu', name: 'Honolulu', country: 'United States', tz: 'Pacific/Honolulu' },
  { id: 'toronto', name: 'Toronto', country: 'Canada', tz: 'America/Toronto' },
  { id: 'vancouver', name: 'Vancouver', country: 'Canada', tz: 'America/Vancouver' },
  { id: 'mexico-city', name: 'Mexico City', country: 'Mexico', tz: 'America/Mexico_City' },
  { id: 'bogota', name: 'Bogotá', country: 'Colombia', tz: 'America/Bogota' },
  { id: 'lima', name: 'Lima', country: 'Peru', tz: 'America/Lima' },
  { id: 'santiago', name: 'Santiago', country: 'Chile', tz: 'America/Santiago' },
  { id: 'buenos-aires', name: 'Buenos Aires', country: 'Argentina', tz: 'America/Argentina/Buenos_Aires' },
  { id: 'sao-paulo', name: 'São Paulo', country: 'Brazil', tz: 'America/Sao_Paulo' },
  { id: 'reykjavik', name: 'Reykjavík', country: 'Iceland', tz: 'Atlantic/Reykjavik' },
  { id: 'dublin', name: 'Dublin', country: 'Ireland', tz: 'Europe/Dublin' },
  { id: 'lisbon', name: 'Lisbon', country: 'Portugal', tz: 'Europe/Lisbon' },
  { id: 'madrid', name: 'Madrid', country: 'Spain', tz: 'Europe/Madrid' },
  { id: 'paris', name: 'Paris', country: 'France', tz: 'Europe/Paris' },
  { id: 'amsterdam', name: 'Amsterdam', country: 'Netherlands', tz: 'Europe/Amsterdam' },
  { id: 'berlin', name: 'Berlin', country: 'Germany', tz: 'Europe/Berlin' },
  { id: 'zurich', name: 'Zurich', country: 'Switzerland', tz: 'Europe/Zurich' },
  { id: 'rome', name: 'Rome', country: 'Italy', tz: 'Europe/Rome' },
  { id: 'stockholm', name: 'Stockholm', country: 'Sweden', tz: 'Europe/Stockholm' },
  { id: 'warsaw', name: 'Warsaw', country: 'Poland', tz: 'Europe/Warsaw' },
  { id: 'athens', name: 'Athens', country: 'Greece', tz: 'Europe/Athens' },
  { id: 'helsinki', name: 'Helsinki', country: 'Finland', tz: 'Europe/Helsinki' },
  { id: 'kyiv', name: 'Kyiv', country: 'Ukraine', tz: 'Europe/Kyiv' },
  { id: 'istanbul', name: 'Istanbul', country: 'Türkiye', tz: 'Europe/Istanbul' },
  { id: 'moscow', name: 'Moscow', country: 'Russia', tz: 'Europe/Moscow' },
  { id: 'cairo', name: 'Cairo', country: 'Egypt', tz: 'Africa/Cairo' },
  { id: 'lagos', name: 'Lagos', country: 'Nigeria', tz: 'Africa/Lagos' },
  { id: 'nairobi', name: 'Nairobi', country: 'Kenya', tz: 'Africa/Nairobi' },
  { id: 'johannesburg', name: 'Johannesburg', country: 'South Africa', tz: 'Africa/Johannesburg' },
  { id: 'casablanca', name: 'Casablanca', country: 'Morocco', tz: 'Africa/Casablanca' },
  { id: 'dubai', name: 'Dubai', country: 'United Arab Emirates', tz: 'Asia/Dubai' },
  { id: 'riyadh', name: 'Riyadh', country: 'Saudi Arabia', tz: 'Asia/Riyadh' },
  { id: 'tehran', name: 'Tehran', country: 'Iran', tz: 'Asia/Tehran' },
  { id: 'karachi', name: 'Karachi', country: 'Pakistan', tz: 'Asia/Karachi' },
  { id: 'mumbai', name: 'Mumbai', country: 'India', tz: 'Asia/Kolkata' },
  { id: 'delhi', name: 'New Delhi', country: 'India', tz: 'Asia/Kolkata' },
  { id: 'kathmandu', name: 'Kathmandu', country: 'Nepal', tz: 'Asia/Kathmandu' },
  { id: 'dhaka', name: 'Dhaka', country: 'Bangladesh', tz: 'Asia/Dhaka' },
  { id: 'bangkok', name: 'Bangkok', country: 'Thailand', tz: 'Asia/Bangkok' },
  { id: 'jakarta', name: 'Jakarta', country: 'Indonesia', tz: 'Asia/Jakarta' },
  { id: 'singapore', name: 'Singapore', country: 'Singapore', tz: 'Asia/Singapore' },
  { id: 'hong-kong', name: 'Hong Kong', country: 'China', tz: 'Asia/Hong_Kong' },
  { id: 'shanghai', name: 'Shanghai', country: 'China', tz: 'Asia/Shanghai' },
  { id: 'manila', name: 'Manila', country: 'Philippines', tz: 'Asia/Manila' },
  { id: 'taipei', name: 'Taipei', country: 'Taiwan', tz: 'Asia/Taipei' },
  { id: 'seoul', name: 'Seoul', country: 'South Korea', tz: 'Asia/Seoul' },
  { id: 'tokyo', name: 'Tokyo', country: 'Japan', tz: 'Asia/Tokyo' },
  { id: 'perth', name: 'Perth', country: 'Australia', tz: 'Australia/Perth' },
  { id: 'adelaide', name: 'Adelaide', country: 'Australia', tz: 'Australia/Adelaide' },
  { id: 'brisbane', name: 'Brisbane', country: 'Australia', tz: 'Australia/Brisbane' },
  { id: 'sydney', name: 'Sydney', country: 'Australia', tz: 'Australia/Sydney' },
  { id: 'auckland', name: 'Auckland', country: 'New Zealand', tz: 'Pacific/Auckland' },
  { id: 'utc', name: 'UTC', country: 'Coordinated Universal Time', tz: 'UTC' },
];

export const DEFAULT_CITY_IDS = ['new-york', 'london', 'berlin', 'dubai', 'singapore', 'tokyo', 'sydney', 'los-angeles'];

const BY_ID = new Map(CITIES.map((c) => [c.id, c]));

export function cityById(id: string): City | undefined {
  return BY_ID.get(id);
}

/** Zones that older browsers may not know yet; they fall back to their previous name. */
const ALIASES: Record<string, string> = { 'Europe/Kyiv': 'Europe/Kiev' };

export function safeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return ALIASES[tz] ?? 'UTC';
  }
}
