/**
 * A raw HTTP/1.1 client over a TCP socket, for the hostile-input tests: it sends bytes a browser
 * or fetch() would refuse to send (NUL and control characters in the path, malformed
 * percent-encoding, raw UTF-8 in header values, a body larger than announced). Loopback only.
 */
import net from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export async function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number },
): Promise<RawResponse> {
  const body = typeof opts.body === "string" ? Buffer.from(opts.body, "utf8") : (opts.body ?? Buffer.alloc(0));
  const headers: Record<string, string> = { Host: `localhost:${port}`, Connection: "close", ...(opts.headers ?? {}) };
  if (body.length || opts.method === "POST") headers["Content-Length"] ??= String(body.length);
  const head = `${opts.method ?? "GET"} ${opts.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${opts.timeoutMs ?? 30_000} ms: ${opts.method ?? "GET"} ${JSON.stringify(opts.path).slice(0, 120)}`));
    }, opts.timeoutMs ?? 30_000);
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", () => {
      /* the server may close while we still write an oversized body: the answer counts */
    });
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("latin1");
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      if (!m) return reject(new Error(`no HTTP answer: ${opts.method ?? "GET"} ${JSON.stringify(opts.path).slice(0, 120)} → ${JSON.stringify(text.slice(0, 80))}`));
      const [rawHead, ...rest] = text.split("\r\n\r\n");
      const h: Record<string, string> = {};
      for (const line of rawHead.split("\r\n").slice(1)) {
        const i = line.indexOf(":");
        if (i > 0) h[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(m[1]), headers: h, body: Buffer.from(rest.join("\r\n\r\n"), "latin1").toString("utf8") });
    });
    // No half-close: Node's HTTP server aborts a request whose client ended its side before the
    // answer was written. `Connection: close` makes the server close once it has answered.
    socket.write(Buffer.from(head, "latin1"));
    if (body.length) socket.write(body);
  });
}
