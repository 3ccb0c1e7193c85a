import { config } from './config';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** User-perceived characters, so an emoji or an accented letter counts once. */
export function characterCount(text: string): number {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length;
  }
  return Array.from(text).length;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => words(p).length > 0);
}

/** Rough English syllable count: vowel groups, minus a silent final e. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface Stats {
  words: number;
  characters: number;
  charactersNoSpaces: number;
  sentences: number;
  paragraphs: number;
  readingSeconds: number;
  speakingSeconds: number;
  averageWordLength: number;
  averageSentenceLength: number;
  longestWord: string;
  uniqueWords: number;
  readingEase: number | null;
}

export const READING_WPM = 238;
export const SPEAKING_WPM = 150;

export function analyse(text: string): Stats {
  const list = words(text);
  const sentenceCount = sentences(text).length;
  const letters = list.reduce((sum, w) => sum + w.replace(/['’\-]/g, '').length, 0);
  const syllableCount = list.reduce((sum, w) => sum + syllables(w), 0);
  const wordsPerSentence = sentenceCount ? list.length / sentenceCount : 0;
  return {
    words: list.length,
    characters: characterCount(text),
    charactersNoSpaces: characterCount(text.replace(/\s/g, '')),
    sentences: sentenceCount,
    paragraphs: paragraphs(text).length,
    readingSeconds: Math.round((list.length / READING_WPM) * 60),
    speakingSeconds: Math.round((list.length / SPEAKING_WPM) * 60),
    averageWordLength: list.length ? letters / list.length : 0,
    averageSentenceLength: wordsPerSentence,
    longestWord: list.reduce((longest, w) => (w.length > longest.length ? w : longest), ''),
    uniqueWords: new Set(list.map((w) => w.toLowerCase())).size,
    readingEase: list.length >= 10 && sentenceCount ? Math.max(0, Math.min(100, 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllableCount / list.length))) : null,
  };
}

export function easeLabel(score: number): string {
  if (score >= 90) return 'Very easy: understood by an average 11-year-old';
  if (score >= 70) return 'Easy: plain conversational English';
  if (score >= 60) return 'Standard: clear to most readers aged 13 to 15';
  if (score >= 50) return 'Fairly difficult: high-school level';
  if (score >= 30) return 'Difficult: college level';
  return 'Very difficult: best for specialists';
}

export function duration(seconds: number): string {
  if (seconds === 0) return '0 sec';
  if (seconds < 60) return `${seconds} sec`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} min ${s} sec` : `${m} min`;
}

export const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    "it's don't i'm you're we're they're isn't aren't wasn't can't won't that's there's let's also get got one"
  ).split(/\s+/),
);

export interface Keyword {
  term: string;
  count: number;
  density: number;
}

export function keywordDensity(text: string, includeStopWords: boolean, limit = 10): Keyword[] {
  const list = words(text).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const counts = new Map<string, number>();
  for (const w of list) {
    if (!includeStopWords && (STOP_WORDS.has(w) || /^\d+$/.test(w) || w.length < 2)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([term, count]) => ({ term, count, density: list.length ? (count / list.length) * 100 : 0 }));
}

/** Two-word phrases that appear at least twice, ignoring phrases made only of common words. */
export function phrases(text: string, limit = 5): Keyword[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences(text)) {
    const list = words(sentence).map((w) => w.toLowerCase().replace(/’/g, "'"));
    for (let i = 0; i < list.length - 1; i++) {
      if (STOP_WORDS.has(list[i]) || STOP_WORDS.has(list[i + 1])) continue;
      const key = `${list[i]} ${list[i + 1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const total = Math.max(1, words(text).length);
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([term, count]) => ({ term, count, density: (count * 2 * 100) / total }));
}

export function titleCase(text: string): string {
  const small = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
  let first = true;
  return text.replace(/[\p{L}\p{N}'’]+/gu, (w) => {
    const lower = w.toLowerCase();
    const out = !first && small.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    first = false;
    return out;
  });
}

export function sentenceCase(text: string): string {
  return text.toLowerCase().replace(/(^\s*\p{L}|[.!?…]\s+\p{L}|\n\s*\p{L})/gu, (m) => m.toUpperCase()).replace(/\bi\b/g, 'I');
}

export const SAMPLE = `Good writing respects the reader's time. Before you publish a post, an essay or a product page, it helps to know how long it really is and how it reads.

Short sentences keep people moving. Long sentences, full of clauses and asides that wander from the point before they return to it, ask the reader to hold more in their head at once. Mix the two and the text breathes.

Keywords matter too. If one word appears far more often than the rest, the text can feel repetitive, and search engines may read it as keyword stuffing. A healthy keyword density for a main topic is usually between one and three percent.

Paste your own draft here to see the counts, the reading time and the words you lean on most.`;

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'words';
}

const KEY = `word-counter:${slug(config.title)}`;

export interface Saved {
  text: string;
  goal: number;
}

export function loadDraft(): { saved: Saved; ok: boolean } {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return { saved: { text: SAMPLE, goal: 500 }, ok: true };
    const parsed = JSON.parse(raw) as Partial<Saved>;
    return {
      saved: { text: typeof parsed.text === 'string' ? parsed.text : SAMPLE, goal: typeof parsed.goal === 'number' && parsed.goal > 0 ? parsed.goal : 500 },
      ok: true,
    };
  } catch {
    return { saved: { text: SAMPLE, goal: 500 }, ok: false };
  }
}

export function saveDraft(saved: Saved): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}
