// app.config.ts (imported by the weapp page table) calls Taro's compile-time global; the suite shims it at run
// time (pages.test.ts), and this declares it for the type check without pulling in all of Taro's types.
declare function defineAppConfig<T>(config: T): T
