// Prints the counts docs/RELIABILITY.md quotes, read from the tests themselves so the docs
// cannot drift from what the tests prove. Imports nothing but Node's own modules.
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");

// tests/e2e/injection.spec.ts sends every string of this corpus through every view and export.
console.log(`injection strings: ${JSON.parse(read("tests/e2e/injection-corpus.json")).length}`);
