import { defineProject } from 'vitest/config';

/** The source condition lets tests import workspace packages from `src/` without a build. */
const conditions = ['@nianbao/source', 'import', 'module', 'node', 'default'];

export function packageProject(name: string) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@nianbao/source'] } },
    test: { name, include: ['test/**/*.test.ts'], environment: 'node' },
  });
}
