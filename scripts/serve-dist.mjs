// Serves the release build in dist/ on loopback for the end-to-end tests. No dependencies.
// Usage: node scripts/serve-dist.mjs [port]
import { fileURLToPath } from "node:url";
import { staticServer } from "./static-server.mjs";

const root = fileURLToPath(new URL("../dist/", import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);

staticServer(root).listen(port, "127.0.0.1", () => {
  console.log(`Serving dist/ on http://127.0.0.1:${port}/`);
});
