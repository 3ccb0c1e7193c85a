// Syntax highlighting of the app's files: highlight.js's core through lowlight (a tree of
// elements, never an HTML string), with only the languages a generated app is written in, so the
// bundle stays small. Anything else is shown as plain text.
import css from 'highlight.js/lib/languages/css';
import json from 'highlight.js/lib/languages/json';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import type { Root } from 'hast';
import { createLowlight } from 'lowlight';

const lowlight = createLowlight({ typescript, css, json, xml });

const byExtension: Record<string, string> = {
  ts: 'typescript',
  tsx: 'typescript',
  js: 'typescript',
  jsx: 'typescript',
  mjs: 'typescript',
  css: 'css',
  json: 'json',
  html: 'xml',
  svg: 'xml',
  xml: 'xml',
};

/** The language a file is highlighted as, by its extension; null for plain text. */
export function languageOf(path: string): string | null {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (byExtension[path.slice(dot + 1).toLowerCase()] ?? null);
}

/** The file as a tree of highlighted spans (classes `hljs-…`), or null when it is plain text. */
export function highlight(path: string, source: string): Root | null {
  const language = languageOf(path);
  return language ? lowlight.highlight(language, source) : null;
}
