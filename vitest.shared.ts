import { defineProject } from 'vitest/config';

/** The source condition lets tests import workspace packages from `src/` without a build. */
const conditions = ['@nianbao/source', 'import', 'module', 'node', 'default'];

export function packageProject(name: string) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@nianbao/source'] } },
    // Fuzzing and large-input tests do real work; on a loaded CI machine 5 s is too tight. This is
    // an allowance against hangs, not a timing assertion.
    test: { name, include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
  });
}
