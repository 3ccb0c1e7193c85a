import { describe, expect, it } from 'vitest';
import { previewSandbox, previewSrc } from './previewSrc';

describe('previewSrc', () => {
  it('adds the version as a cache-buster', () => {
    expect(previewSrc('/apps/tip/', '3')).toBe('/apps/tip/?v=3');
    expect(previewSrc('http://tip.apps.localhost:8080/?lang=en', '3')).toBe('http://tip.apps.localhost:8080/?lang=en&v=3');
    expect(previewSrc('/apps/tip/#/about', 's7')).toBe('/apps/tip/?v=s7#/about');
    expect(previewSrc('/apps/tip/', null)).toBe('/apps/tip/');
  });
});

describe('previewSandbox', () => {
  const page = 'http://localhost:8080';
  it('lets an app on its own origin keep that origin (storage works)', () => {
    expect(previewSandbox('http://tip-k3x9qa.apps.localhost:8080/', page)).toBe(
      'allow-scripts allow-forms allow-modals allow-popups allow-same-origin',
    );
  });
  it("never grants the platform's origin to generated code", () => {
    expect(previewSandbox('/apps/tip-k3x9qa/', page)).toBe('allow-scripts allow-forms allow-modals allow-popups');
    expect(previewSandbox('http://localhost:8080/apps/tip/', page)).not.toContain('allow-same-origin');
  });
});
