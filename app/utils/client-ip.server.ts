/** Set by our HTTP server (scripts/server.ts) from the socket or a trusted proxy; clients cannot forge it. */
export const CLIENT_IP_HEADER = 'x-ocop-client-ip'

export function clientIp(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) || 'unknown'
}
