/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Maven build sets FAIBRIC_WEB_OUT to target/classes; the UI goes into its static/ folder
// so Spring Boot serves it from the classpath. Only static/ is emptied: app-runtime/ lives beside it.
const outRoot = resolve(process.env.FAIBRIC_WEB_OUT ?? 'dist');
const backend = 'http://localhost:8080';
// `@/x` is `src/x` (tsconfig.json's `paths` says the same to TypeScript and ESLint).
const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  // No @vitejs/plugin-react: esbuild's automatic JSX runtime is all this UI needs.
  esbuild: { jsx: 'automatic' },
  resolve: { alias: { '@': src } },
  build: {
    outDir: resolve(outRoot, 'static'),
    emptyOutDir: true,
    assetsDir: 'assets',
    rollupOptions: {
      // react-router marks its modules "use client" (a React Server Components hint); meaningless here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/ws': { target: backend, ws: true },
      '/apps': backend,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'runtime/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
