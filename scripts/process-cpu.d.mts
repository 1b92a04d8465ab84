/** User + system CPU seconds of a process so far (see process-cpu.mjs). */
export declare function cpuSeconds(pid: number): number
