/**
 * `COMPRESS=off`: responses leave the app server uncompressed, for a reverse proxy that compresses
 * them (docs/deploy.md). next.config.js reads the same variable for Next's own compression; the
 * page cache and the route handlers' gzip (which run before Next) ask here.
 */
export function serverCompresses(): boolean {
  return process.env.COMPRESS !== "off";
}
