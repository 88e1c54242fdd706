// Prints what the wasm is made of, from `twiggy top -f csv` of a build with names kept:
// the share of each crate (and of the app's own modules), and the largest functions.
// The figures are bytes before wasm-opt; the shipped wasm is smaller, in about the same
// proportions.
import fs from 'node:fs';

const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((line) => {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; names may hold commas
  const parts = line.split(',');
  const tail = parts.slice(-4);
  let name = parts.slice(0, -4).join(',');
  if (name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/""/g, '"');
  return { name, size: Number(tail[0]) };
}).filter((r) => !r.name.includes('"function names" subsection') && !r.name.startsWith('custom section'));

const total = rows.reduce((s, r) => s + r.size, 0);
// The crate a function's code belongs to: the first crate in its path ("<T as x::Y>::f" → x
// for the trait impl's crate is less useful than T's crate, so take the first path).
const crateOf = (name) => {
  const m = name.match(/([a-z_][a-z0-9_]*)\[[0-9a-f]+\]::/);
  if (!m) return name.startsWith('data segment') ? 'data (strings, tables)' : 'other';
  if (m[1] === 'wego10' || m[1] === 'wego10_core') {
    const mod = name.match(/wego10(?:_core)?\[[0-9a-f]+\]::([a-z_0-9]+)/);
    return `${m[1]}::${mod ? mod[1] : ''}`;
  }
  return m[1];
};
const byCrate = new Map();
for (const r of rows) byCrate.set(crateOf(r.name), (byCrate.get(crateOf(r.name)) || 0) + r.size);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`\n## What the wasm is made of (twiggy, before wasm-opt: ${kb(total)} KB of code and data)\n`);
console.log('| crate or app module | KB | share |\n|---|---:|---:|');
for (const [c, n] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`| ${c} | ${kb(n)} | ${((100 * n) / total).toFixed(1)}% |`);
}
console.log('\n| largest functions | KB |\n|---|---:|');
const short = (n) => n.replace(/\[[0-9a-f]+\]/g, '').replace(/\|/g, '\\|').slice(0, 140);
for (const r of [...rows].sort((a, b) => b.size - a.size).slice(0, 12)) console.log(`| ${short(r.name)} | ${kb(r.size)} |`);
