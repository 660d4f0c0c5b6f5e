// An engine text shown in the interface language, marked as English where no wording exists yet.
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { engineText, reasonText } from './regulatory-words.ts';

/** An engine text (or, with `reasons`, a rule's reasons) in the interface language; English ones say so. */
export function EngineText({ text, lang, reasons }: { text: string; lang: Lang; reasons?: boolean }) {
  const shown = reasons ? reasonText(lang, text) : engineText(lang, text);
  return shown.lang === lang ? <>{shown.text}</> : <span lang="en">{shown.text}</span>;
}
