// A product's documentation plan as Markdown (GET /products/{id}/documentation-plan.md).
import { statusLabel, type Cited, type PlanDocument } from '#src/regulatory/checklist-export.ts';

import type { EvidenceLink } from '#src/db/types-regulatory.ts';

/** Text safe inside a Markdown line: no line breaks, the characters Markdown would read as markup escaped. */
function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

const quote = (text: string) => `> ${mdText(text)}`;
const evidence = (e: EvidenceLink) => `  - Evidence: [${mdText(e.label ?? e.url)}](<${e.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

function cited(items: Cited[]): string[] {
  return items.flatMap((x) => [
    `### ${mdText(x.title)}`,
    '',
    mdText(x.text),
    '',
    ...(x.extra ?? []).map((e) => `- ${mdText(e)}`),
    ...(x.extra?.length ? [''] : []),
    quote(`${x.citation.text}`),
    `> — ${mdText(x.citation.ref)}`,
    '',
  ]);
}

/** Renders the export document as Markdown. */
export function planMarkdown(doc: PlanDocument): string {
  const lines: string[] = [`# ${mdText(doc.title)}`, '', `Generated ${doc.generated} by klynge.`, '', '## Device', ''];
  for (const [label, value] of doc.device) lines.push(`- **${label}:** ${mdText(value)}`);
  lines.push('', `## Classification: ${doc.classLine}`, '');
  for (const rule of doc.rules) {
    lines.push(`### ${rule.heading}`, '', mdText(rule.because), '', quote(rule.citation.text), `> — ${mdText(rule.citation.ref)}`, '');
  }
  lines.push('## Conformity assessment', '', mdText(doc.notifiedBody), '', ...cited(doc.options));
  if (doc.consultations.length > 0) lines.push('## Consultations', '', ...cited(doc.consultations));
  lines.push('## Obligations', '', ...cited(doc.obligations));
  const p = doc.checklist.progress;
  lines.push(
    '## Documentation checklist',
    '',
    `${p.done} of ${p.applicable} applicable items done, ${p.inProgress} in progress, ${p.open} open, ${p.notApplicable} declared not applicable.`,
    '',
  );
  for (const section of doc.checklist.sections) {
    lines.push(`### ${mdText(section.ref)}: ${mdText(section.title)}`, '');
    for (const item of section.items) {
      const state = item.applies ? statusLabel(item.status) : `does not apply: ${item.why}`;
      lines.push(`- ${item.status === 'done' ? '[x]' : '[ ]'} **${mdText(item.ref)}** ${mdText(item.title)} — *${mdText(state)}*`);
      if (item.note) lines.push(`  - Note: ${mdText(item.note)}`);
      lines.push(...item.evidence.map(evidence));
    }
    lines.push('');
  }
  if (doc.checklist.retired.length > 0) {
    lines.push('### No longer in the plan', '', 'Saved items that the current device profile no longer calls for (kept, not applicable):', '');
    for (const item of doc.checklist.retired) {
      lines.push(`- ${mdText(item.id)}: ${statusLabel(item.status)}${item.note ? ` — ${mdText(item.note)}` : ''}`);
      lines.push(...item.evidence.map(evidence));
    }
    lines.push('');
  }
  lines.push('## Sources', '', ...doc.sources.map((s) => `- ${mdText(s)}`), '', `*${mdText(doc.notice)}*`, '');
  return lines.join('\n');
}
