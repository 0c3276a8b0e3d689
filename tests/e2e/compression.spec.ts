import { expect, test } from "@playwright/test";
import { get } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

// The project's server (scripts/static-server.mjs) serves the build's precompressed files
// (scripts/compress.mjs) as static hosts do. Raw HTTP here, so that nothing decodes the body for us.
type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
function raw(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

async function wasmUrl(base: string): Promise<string> {
  const html = (await raw(base)).body.toString("utf8");
  const name = html.match(/"\/?([^"]+_bg\.wasm)"/);
  expect(name, "index.html names the wasm").not.toBeNull();
  return new URL(name![1], base).href;
}

test("the wasm is served brotli-compressed when the request accepts br, plain otherwise", async ({ baseURL }) => {
  const url = await wasmUrl(baseURL!);
  const plain = await raw(url);
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers["content-type"]).toBe("application/wasm");
  expect(plain.body.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d])); // "\0asm"

  const br = await raw(url, "gzip, deflate, br");
  expect(br.status).toBe(200);
  expect(br.headers["content-encoding"]).toBe("br");
  expect(br.headers["content-type"]).toBe("application/wasm");
  expect(br.headers["vary"]).toMatch(/accept-encoding/i);
  expect(br.body.length).toBeLessThan(plain.body.length / 2);
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

  const gz = await raw(url, "gzip");
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

  const refused = await raw(url, "br;q=0, identity");
  expect(refused.headers["content-encoding"]).toBeUndefined();
  expect(refused.body.equals(plain.body)).toBe(true);
});

test("index.html and sw.js are precompressed too, and a .br file is never served as itself", async ({ baseURL }) => {
  for (const path of ["", "sw.js"]) {
    const plain = await raw(new URL(path, baseURL).href);
    const br = await raw(new URL(path, baseURL).href, "br");
    expect(br.headers["content-encoding"], path || "index.html").toBe("br");
    expect(br.headers["content-type"]).toBe(plain.headers["content-type"]);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  }
  const url = await wasmUrl(baseURL!);
  expect((await raw(`${url}.br`, "br")).status).toBe(404);
  expect((await raw(`${url}.gz`)).status).toBe(404);
});

test("the browser gets the app brotli-compressed and it starts", async ({ page }) => {
  const encodings = new Map<string, string | undefined>();
  page.on("response", async (r) => encodings.set(new URL(r.url()).pathname, (await r.allHeaders())["content-encoding"]));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New scorecard" })).toBeVisible();
  // The app in the shell's place: it was fetched and started.
  await expect(page.locator("#shell")).toHaveCount(0);
  const wasm = [...encodings.keys()].find((p) => p.endsWith("_bg.wasm"));
  expect(wasm).toBeDefined();
  expect(encodings.get(wasm!)).toBe("br");
  expect(encodings.get("/")).toBe("br");
});
