import { writeFileSync } from 'node:fs'
import type { Compiler } from 'webpack'

/** Writes the chunks and the modules in each (name, size) after a build, for a first-view breakdown. */
export class WriteStatsPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('WriteStatsPlugin', (stats) => {
      const json = stats.toJson({ all: false, chunks: true, chunkModules: true, assets: false, ids: true })
      const chunks = (json.chunks ?? []).map((c) => ({
        id: c.id,
        names: c.names,
        files: c.files,
        initial: c.initial,
        size: c.size,
        modules: (c.modules ?? []).map((m) => ({ name: m.name, size: m.size })),
      }))
      writeFileSync(this.file, JSON.stringify(chunks))
    })
  }
}
