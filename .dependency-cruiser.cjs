/**
 * Import boundaries, checked in CI (`npm run check:imports`). Each rule names the layout it keeps; ARCHITECTURE.md
 * describes the folders. Type-only imports are exempt where a rule is about what code runs or ships.
 */
const bffTest = ['\\.test\\.tsx?$', '\\.heavy\\.ts$', '\\.fuzz\\.ts$', '^apps/bff/src/testing/']
const miniappTest = ['\\.test\\.tsx?$', '^apps/miniapp/src/test/']

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'workspace-subpath-not-exported',
      comment:
        "A workspace imports another (or itself) only through an entry point its package.json `exports` names: a " +
        'subpath the map lacks does not resolve. Add the entry to that package\'s exports map, or import one it names.',
      severity: 'error',
      from: {},
      to: { path: '^@zhilian/', couldNotResolve: true },
    },
    {
      name: 'route-folder-into-another',
      comment:
        'A route folder (apps/bff/src/routes/<resource>/) never imports another route folder: code two resources need ' +
        'lives in lib/ (generic) or in a domain folder beside routes/ (lists/, applications/, events/ …).',
      severity: 'error',
      from: { path: '^apps/bff/src/routes/([^/]+)/' },
      to: { path: '^apps/bff/src/routes/', pathNot: '^apps/bff/src/routes/$1/' },
    },
    {
      name: 'routes-only-through-app',
      comment: 'Outside routes/, only app.ts mounts route folders; lib/ and domain code never reach into a resource.',
      severity: 'error',
      from: { path: '^apps/bff/src/', pathNot: ['^apps/bff/src/routes/', '^apps/bff/src/app\\.ts$', ...bffTest] },
      to: { path: '^apps/bff/src/routes/' },
    },
    {
      name: 'app-only-from-server-and-test-support',
      comment:
        'app.ts (the whole API) is built by the server and by test support (apps/bff/src/testing/, test/); the ' +
        'client and app.test.ts read its type only.',
      severity: 'error',
      from: { pathNot: ['^apps/bff/src/server\\.ts$', '^apps/bff/src/testing/', '^test/'] },
      to: { path: '^apps/bff/src/app\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'miniapp-reads-bff-types-only',
      comment: 'The mini-program bundle never ships BFF code; it imports the BFF for AppType only (tests may start it).',
      severity: 'error',
      from: { path: '^apps/miniapp/src/', pathNot: miniappTest },
      to: { path: '^(apps/bff|prisma)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'main-package-imports-no-subpackage',
      comment:
        'Pages, components and lib of the main package never import a subpackage (pkg-*): WeChat loads a subpackage ' +
        'only when one of its pages opens, and the code would be pulled into the 2 MB main package.',
      severity: 'error',
      from: { path: '^apps/miniapp/src/', pathNot: ['^apps/miniapp/src/pkg-', ...miniappTest] },
      to: { path: '^apps/miniapp/src/pkg-' },
    },
    {
      name: 'subpackage-into-another',
      comment: 'One subpackage never imports another: shared code goes to components/ or lib/ in the main package.',
      severity: 'error',
      from: { path: '^apps/miniapp/src/(pkg-[^/]+)/', pathNot: miniappTest },
      to: { path: '^apps/miniapp/src/pkg-', pathNot: '^apps/miniapp/src/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '(^|/)generated/', '\\.artifacts/'] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
  },
}
