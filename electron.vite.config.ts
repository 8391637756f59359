import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Builds the three parts: main (the Electron app, the web shell and the command line share
 * main's services), the sandboxed preload (CommonJS: sandboxed preloads cannot be ES
 * modules), and the renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          app: resolve(import.meta.dirname, 'src/main/app/main.ts'),
          'web-shell': resolve(import.meta.dirname, 'src/main/web-shell/index.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The sandboxed preload can only require('electron'): bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'src/main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: resolve(import.meta.dirname, 'src/renderer/index.html'),
        onwarn(warning, warn) {
          // zod's sources carry /*#__PURE__*/ comments in places rollup cannot use; harmless.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod'))
            return;
          warn(warning);
        },
      },
    },
  },
});
