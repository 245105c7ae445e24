/**
 * `npm run bench`: runs every benchmark in this folder, or those named on the command line
 * (`npm run bench -- public-route`). Benchmarks print their own figures.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  const bench = (await import(new URL(file, import.meta.url).href)) as { run(): Promise<void> };
  await bench.run();
}
