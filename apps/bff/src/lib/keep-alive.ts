/**
 * How long the server keeps an idle connection open. Node's default, 5 s, is shorter than what clients and proxies in
 * front of it keep theirs (nginx's upstream keep-alive and cloud load balancers 60 s): the server closes a socket
 * just as the other side sends the next request on it, and that request fails with ECONNRESET before reaching the
 * app — twice in one CI run, for a walk's first request after the platform's start (2026-12-07). Longer than those
 * 60 s, the other side always closes first; Node tells clients in `Keep-Alive: timeout=65`, which fetch honours.
 */
const KEEP_ALIVE_MS = 65_000

export function keepIdleConnections(server: object): void {
  if ('keepAliveTimeout' in server) (server as { keepAliveTimeout: number }).keepAliveTimeout = KEEP_ALIVE_MS
}
