// Test support: real CORDIS files from ../shared/data/cordis, extracted into temporary folders.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCordisSource } from '#src/importers/cordis-source.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The public CORDIS exports, resolved from the repository root. */
export const CORDIS_2024_ZIP = resolve(repoRoot, '../shared/data/cordis/horizon-europe-2024.zip');
export const CORDIS_2021_2023_ZIP = resolve(repoRoot, '../shared/data/cordis/horizon-europe-2021-2023.zip');

/** Reads the named entries (`xml/250056.xml`) of a CORDIS zip as text, in the order asked for. */
export async function readCordisEntries(zip: string, names: string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  const source = await openCordisSource(zip);
  for await (const file of source.files) {
    const name = file.name.slice(file.name.indexOf(':') + 1);
    if (names.includes(name)) wanted.set(name, file.text);
    if (wanted.size === names.length) break;
  }
  return names.map((n) => {
    const text = wanted.get(n);
    if (text === undefined) throw new Error(`${zip} has no entry ${n}`);
    return text;
  });
}

/** A fresh temporary folder; `remove` deletes it. */
export async function makeTempDir(prefix = 'klynge-cordis-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Writes documents into `folder` under the given file names (`xml/250056.xml` becomes `250056.xml`). */
export async function writeCordisFiles(folder: string, files: Array<{ name: string; text: string }>): Promise<void> {
  for (const file of files) await writeFile(join(folder, basename(file.name)), file.text);
}

/** Extracts the named entries of a zip into a new temporary folder. */
export async function extractCordisFiles(zip: string, names: string[]) {
  const dir = await makeTempDir();
  const texts = await readCordisEntries(zip, names);
  await writeCordisFiles(dir.path, names.map((name, i) => ({ name, text: texts[i]! })));
  return dir;
}
