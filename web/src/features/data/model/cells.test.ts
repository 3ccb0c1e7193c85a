import { describe, expect, it } from 'vitest';
import { cellText, counted, hiddenNames, isWebAddress, shortDateTime } from './cells';

describe('cells', () => {
  it('counts in words', () => {
    expect(counted(0, 'row')).toBe('0 rows');
    expect(counted(1, 'row')).toBe('1 row');
    expect(counted(1204, 'user')).toBe('1,204 users');
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('writes each kind of value', () => {
    expect(cellText(null, 'text')).toBe('');
    expect(cellText(undefined, 'number')).toBe('');
    expect(cellText('Hello', 'text')).toBe('Hello');
    expect(cellText(3.5, 'number')).toBe('3.5');
    expect(cellText(true, 'boolean')).toBe('yes');
    expect(cellText(false, 'boolean')).toBe('no');
    expect(cellText(12, 'reference')).toBe('#12');
    expect(cellText('open', 'enum')).toBe('open');
    expect(cellText({ a: 1 }, 'text')).toBe('{"a":1}');
    expect(cellText('2026-12-06T07:00:00Z', 'datetime')).toBe(shortDateTime('2026-12-06T07:00:00Z'));
    expect(cellText('2026-12-06T07:00:00Z', 'datetime')).not.toBe('2026-12-06T07:00:00Z');
    expect(cellText('not a date', 'datetime')).toBe('not a date');
  });

  it('links only web addresses', () => {
    expect(isWebAddress('https://example.com/a')).toBe(true);
    expect(isWebAddress('HTTP://example.com')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress(12)).toBe(false);
  });

  it('names hidden collections and fields, as names or objects', () => {
    expect(hiddenNames(undefined)).toEqual([]);
    expect(hiddenNames(['drafts', 'posts.subtitle', '', 7])).toEqual(['drafts', 'posts.subtitle']);
    expect(hiddenNames([{ collection: 'posts', field: 'subtitle' }, { collection: 'drafts' }, { name: 'tags' }, {}])).toEqual([
      'posts.subtitle',
      'drafts',
      'tags',
    ]);
  });
});
