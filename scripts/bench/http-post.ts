/**
 * The crowd's HTTP client: a POST over a keep-alive `node:http` agent, answers decompressed as a
 * browser would. Why not `fetch`: the crowd runs on the same two cores as the server it measures,
 * and undici's fetch cost about 2.5 ms of CPU per request there (bench:surge's "benchmark" CPU
 * share), taken from the server; a real crowd is on other machines. The request is the same.
 */
import http from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface PostAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * Rejects with an Error named "TimeoutError" when the connection stays silent for `timeoutMs`,
 * else a network error (its `code`, e.g. ECONNRESET). A kept-alive connection that the server
 * closed as idle just as this request went out on it is reset before any answer: the request is
 * sent once more (on whichever connection the agent gives next), as browsers do in that case
 * (Chromium resends a request whose reused connection failed before the response began, whatever
 * its method; the form sends the same idempotency key anyway). Node's documentation gives this
 * pattern for `request.reusedSocket`.
 */
export function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostAnswer> {
  return postOnce(url, headers, body, timeoutMs).catch((e: Error & { reusedSocket?: boolean; code?: string }) => {
    if (!e.reusedSocket || e.code !== "ECONNRESET") throw e;
    return postOnce(url, headers, body, timeoutMs);
  });
}

function postOnce(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostAnswer> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(body);
    const request = http.request(url, { method: "POST", agent, headers: { "accept-encoding": "gzip, deflate, br", ...headers, "content-length": String(payload.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        try {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const plain = encoding === "gzip" ? gunzipSync(raw) : encoding === "br" ? brotliDecompressSync(raw) : encoding === "deflate" ? inflateSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: plain.toString("utf8") });
        } catch (e) {
          reject(e);
        }
      });
    });
    request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error("timed out"), { name: "TimeoutError" })));
    let answered = false;
    request.on("response", () => (answered = true));
    request.on("error", (e) => reject(Object.assign(e, { reusedSocket: request.reusedSocket && !answered })));
    request.end(payload);
  });
}
