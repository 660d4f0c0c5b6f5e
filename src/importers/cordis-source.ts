// Reads the XML files of a CORDIS export one at a time, from a .zip or from a folder.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { invalid } from '#src/errors.ts';

export type SourceFile = { name: string; text: string };

export type CordisSource = {
  /** How many XML files the source holds (for progress). */
  total: number;
  files: AsyncIterable<SourceFile>;
};

const isXml = (name: string) => name.toLowerCase().endsWith('.xml');

/** Opens PATH (a .zip or a folder of .xml files); files are read lazily, in name order for a folder. */
export async function openCordisSource(path: string): Promise<CordisSource> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw invalid(`${path}: no such file or folder`);
  if (info.isDirectory()) return openFolder(path);
  if (path.toLowerCase().endsWith('.zip')) return openZip(path);
  throw invalid(`${path}: expected a .zip file or a folder of CORDIS .xml files`);
}

async function openFolder(path: string): Promise<CordisSource> {
  const names = (await readdir(path)).filter(isXml).sort();
  async function* files(): AsyncGenerator<SourceFile> {
    for (const name of names) yield { name: join(path, name), text: await readFile(join(path, name), 'utf8') };
  }
  return { total: names.length, files: files() };
}

const corrupt = (path: string, err: unknown) =>
  invalid(`${path}: not a readable zip file (truncated or corrupt): ${err instanceof Error ? err.message : String(err)}`);

async function openZip(path: string): Promise<CordisSource> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, z) => (err ? reject(corrupt(path, err)) : resolve(z))),
  );
  const zipName = basename(path);
  async function* files(): AsyncGenerator<SourceFile> {
    try {
      for (let entry = await nextEntry(zip, path); entry; entry = await nextEntry(zip, path)) {
        if (entry.fileName.endsWith('/') || !isXml(entry.fileName)) continue;
        yield { name: `${zipName}:${entry.fileName}`, text: await readEntry(zip, entry, path) };
      }
    } finally {
      zip.close();
    }
  }
  return { total: zip.entryCount, files: files() };
}

function nextEntry(zip: ZipFile, path: string): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (done(), resolve(entry));
    const onEnd = () => (done(), resolve(null));
    const onError = (err: Error) => (done(), reject(corrupt(path, err)));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

async function readEntry(zip: ZipFile, entry: Entry, path: string): Promise<string> {
  try {
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (err) {
    throw corrupt(`${path}: ${entry.fileName}`, err);
  }
}
