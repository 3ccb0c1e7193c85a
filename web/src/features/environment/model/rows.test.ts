import { describe, expect, it } from 'vitest';
import { collect, mayBecomePublic, rowsOf, sameAs, type Row } from './rows';

const rows = (...pairs: [string, string][]): Row[] => pairs.map(([name, value], key) => ({ key, name, value }));

describe('rows', () => {
  it('become variables, names trimmed, values as typed, empty rows left out', () => {
    expect(collect(rows([' VITE_A ', ' 1 '], ['', ''], ['PUBLIC_B', '']))).toEqual({ variables: { VITE_A: ' 1 ', PUBLIC_B: '' } });
  });

  it('say what a JSON object could not: a value without a name, a name twice', () => {
    expect(collect(rows(['', 'orphan'])).problem).toBe('Variable 1 has a value but no name.');
    expect(collect(rows(['VITE_A', '1'], ['VITE_B', '2'], ['VITE_A', '3'])).problem).toBe('VITE_A is set twice (variables 1 and 3): keep one.');
  });

  it('are the same as the saved set only when every name and value match', () => {
    const saved = { VITE_A: '1', VITE_B: '2' };
    expect(sameAs(rowsOf(saved, 0), saved)).toBe(true);
    expect(sameAs([...rowsOf(saved, 0), { key: 9, name: '', value: '' }], saved)).toBe(true);
    expect(sameAs(rows(['VITE_A', '1']), saved)).toBe(false);
    expect(sameAs(rows(['VITE_A', '1'], ['VITE_B', '3']), saved)).toBe(false);
    expect(sameAs(rows(['VITE_A', '1'], ['VITE_A', '1']), saved)).toBe(false);
    expect(sameAs(rows(['VITE_A', '1'], ['VITE_A', '1']), { VITE_A: '1' })).toBe(false);
  });

  it('hint at the prefix only once a name cannot get one', () => {
    for (const name of ['', 'V', 'VITE', 'VITE_X', 'REACT_', 'PUBLIC_URL']) expect(mayBecomePublic(name)).toBe(true);
    for (const name of ['DATABASE_URL', 'API_URL', 'VITEX']) expect(mayBecomePublic(name)).toBe(false);
  });
});
