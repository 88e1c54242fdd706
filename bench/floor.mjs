// Prints the site's wasm next to the framework's floor (bench/floor: the smallest islands build
// built like ours), both after wasm-opt, gzip level 9 as the bench's asset table.
//   node bench/floor.mjs <floor wasm after wasm-opt> <dist dir>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const [floorWasm, dist] = process.argv.slice(2);
const appWasm = path.join(dist, fs.readdirSync(dist).find((f) => f.endsWith('_bg.wasm')));
const floor = gz(floorWasm);
const app = gz(appWasm);
console.log('\n## The framework floor (wasm after wasm-opt, gzip)\n');
console.log('| build | KB |\n|---|---:|');
console.log(`| bench/floor: Leptos 0.8 islands, one behaviour island | ${kb(floor)} |`);
console.log(`| the site's islands build | ${kb(app)} |`);
console.log(`| the behaviours and the framework code they instantiate | ${kb(app - floor)} |`);
