// Uploaded files of the cluster site: strict base64, the type read from the bytes themselves, safe file names.
// The client's claimed type is never trusted. SVG is refused outright: it is XML that can carry scripts and
// event handlers, and serving it inline from our origin would let any manager run script on the platform.

/** The largest file a manager may upload (5 MiB). */
export const MAX_ASSET_BYTES = 5 * 1024 * 1024;

export type AssetKind = 'image' | 'download';

export type FileType = { contentType: string; label: string; extensions: string[] };

const PNG: FileType = { contentType: 'image/png', label: 'PNG image', extensions: ['png'] };
const JPEG: FileType = { contentType: 'image/jpeg', label: 'JPEG image', extensions: ['jpg', 'jpeg'] };
const GIF: FileType = { contentType: 'image/gif', label: 'GIF image', extensions: ['gif'] };
const WEBP: FileType = { contentType: 'image/webp', label: 'WebP image', extensions: ['webp'] };
const PDF: FileType = { contentType: 'application/pdf', label: 'PDF document', extensions: ['pdf'] };
const ZIP_TYPES: Record<string, string> = {
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};
const TEXT_TYPES: Record<string, string> = { txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8', md: 'text/markdown; charset=utf-8' };

export const IMAGE_TYPES_TEXT = 'PNG, JPEG, WebP or GIF';
export const DOWNLOAD_TYPES_TEXT = `PDF, ${IMAGE_TYPES_TEXT}, ZIP, Office (docx, xlsx, pptx, odt, ods, odp) or UTF-8 text (txt, csv, md)`;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Decodes standard base64 (RFC 4648 §4, padded, no whitespace or data: prefix); null when it is not exactly that. */
export function decodeBase64(data: string): Buffer | null {
  if (data.length === 0 || data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return null;
  return Buffer.from(data, 'base64');
}

/** Whether the bytes look like SVG (or any XML/HTML document), which we never accept. */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<') || head.includes('<svg');
}

/** The type of a binary file, read from its magic bytes; null when it is none we accept as binary. */
export function sniffBinary(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return GIF;
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return WEBP;
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return PDF;
  return null;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const extensionOf = (filename: string) => (/\.([A-Za-z0-9]+)$/.exec(filename)?.[1] ?? '').toLowerCase();

export type FileCheck = { ok: true; contentType: string } | { ok: false; field: 'data' | 'filename'; message: string };

/**
 * Checks an upload of `kind`: size, type by content (images: PNG, JPEG, WebP, GIF; downloads also PDF, ZIP-based
 * office files and UTF-8 text), and that the file name's extension names that type. Returns the content type to serve.
 */
export function checkUpload(kind: AssetKind, filename: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, field: 'data', message: 'the file is empty' };
  if (bytes.length > MAX_ASSET_BYTES) return { ok: false, field: 'data', message: `the file has ${bytes.length} bytes; at most ${MAX_ASSET_BYTES} (5 MB) are allowed` };
  const extension = extensionOf(filename);
  const binary = sniffBinary(bytes);
  if (!binary && looksLikeMarkup(bytes)) {
    return { ok: false, field: 'data', message: `SVG, HTML and XML files are refused (they can carry scripts); upload ${kind === 'image' ? IMAGE_TYPES_TEXT : DOWNLOAD_TYPES_TEXT}` };
  }
  if (kind === 'image') {
    if (!binary || binary === PDF) return { ok: false, field: 'data', message: `not an image we accept: upload ${IMAGE_TYPES_TEXT}` };
    return matchExtension(binary, extension);
  }
  if (binary) return matchExtension(binary, extension);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const contentType = ZIP_TYPES[extension];
    if (!contentType) return { ok: false, field: 'filename', message: `a ZIP-based file must end in ${Object.keys(ZIP_TYPES).map((e) => `.${e}`).join(', ')}` };
    return { ok: true, contentType };
  }
  const textType = TEXT_TYPES[extension];
  if (textType && isUtf8Text(bytes)) return { ok: true, contentType: textType };
  return { ok: false, field: 'data', message: `not a file type we accept: upload ${DOWNLOAD_TYPES_TEXT}` };
}

function matchExtension(type: FileType, extension: string): FileCheck {
  if (type.extensions.includes(extension)) return { ok: true, contentType: type.contentType };
  return { ok: false, field: 'filename', message: `the content is a ${type.label}: the file name must end in ${type.extensions.map((e) => `.${e}`).join(' or ')}` };
}

/** A file name safe to store and to send back: no path, no control characters or quotes, at most 120 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?;]/g, '').replace(/\s+/g, ' ').trim();
  const extension = extensionOf(cleaned);
  if (cleaned.length <= 120) return cleaned;
  return `${cleaned.slice(0, 119 - extension.length)}.${extension}`;
}

/** The Content-Disposition of an asset: images inline, every other file as an attachment, with an RFC 6266 name. */
export function contentDisposition(kind: AssetKind, contentType: string, filename: string): string {
  const inline = kind === 'image' && contentType.startsWith('image/');
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
