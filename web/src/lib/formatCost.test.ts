import { describe, expect, it } from 'vitest';
import type { GenerationCost } from '@/types/project';
import { compactCount, describeCost, formatCost, formatMillis } from './formatCost';

const cost = (over: Partial<GenerationCost> = {}): GenerationCost => ({
  aiCalls: 1,
  inputTokens: 1500,
  outputTokens: 640,
  firstTokenMillis: 1200,
  durationMillis: 8600,
  aiMillis: 7900,
  provider: 'anthropic',
  model: 'claude-sonnet',
  ...over,
});

const offline: GenerationCost = {
  aiCalls: 0, inputTokens: 0, outputTokens: 0, firstTokenMillis: 0, durationMillis: 0, aiMillis: 0, provider: null, model: null,
};

describe('formatCost', () => {
  it('says calls, total tokens and time compactly', () => {
    expect(formatCost(cost())).toBe('1 AI call · 2.1k tokens · 8.6 s');
    expect(formatCost(cost({ aiCalls: 3, inputTokens: 20_000, outputTokens: 4_500, durationMillis: 65_000 }))).toBe(
      '3 AI calls · 25k tokens · 1 min 5 s',
    );
  });

  it('leaves zeros out and says "no AI call" for the offline composer', () => {
    expect(formatCost(offline)).toBe('no AI call');
    expect(formatCost({ ...offline, durationMillis: 420 })).toBe('no AI call · 420 ms');
    expect(formatCost(cost({ inputTokens: 0, outputTokens: 0 }))).toBe('1 AI call · 8.6 s');
    expect(formatCost(cost({ durationMillis: 0 }))).toBe('1 AI call · 2.1k tokens');
  });

  it('is empty without a cost', () => {
    expect(formatCost(undefined)).toBe('');
    expect(formatCost(null)).toBe('');
  });
});

describe('compactCount and formatMillis', () => {
  it.each([
    [0, '0'],
    [950, '950'],
    [1000, '1k'],
    [2140, '2.1k'],
    [9_960, '10k'],
    [21_400, '21k'],
    [999_600, '1M'],
    [1_250_000, '1.3M'],
  ])('compactCount(%d) = %s', (n, text) => expect(compactCount(n)).toBe(text));

  it.each([
    [420, '420 ms'],
    [999.6, '1 s'],
    [1000, '1 s'],
    [8_640, '8.6 s'],
    [59_960, '1 min'],
    [125_000, '2 min 5 s'],
  ])('formatMillis(%d) = %s', (ms, text) => expect(formatMillis(ms)).toBe(text));
});

describe('describeCost', () => {
  it('spells out who answered and where the time went', () => {
    expect(describeCost(cost())).toBe(
      '1 AI call to claude-sonnet via anthropic; 1,500 tokens in, 640 out; first token after 1.2 s; 8.6 s in all, 7.9 s waiting for the model.',
    );
  });

  it('says when no model was involved', () => {
    expect(describeCost(offline)).toBe('Composed without an AI model.');
    expect(describeCost({ ...offline, durationMillis: 300 })).toBe('Composed without an AI model in 300 ms.');
  });
});
