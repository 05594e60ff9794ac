// The least any Node scanner does before its first rule: node starts, walks the tree and reads every file as text.
// The CLI benchmark times this script beside the tools, as the floor under all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let characters = 0;
const pending = [process.argv[2]];
while (pending.length > 0) {
  const dir = pending.pop();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pending.push(path);
    else if (entry.isFile()) {
      characters += readFileSync(path, 'utf8').length;
      files++;
    }
  }
}
console.log(JSON.stringify({ files, characters }));
