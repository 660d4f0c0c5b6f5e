// The documentation plan of a product exported as Markdown or PDF, for whoever may read the product.
import type { Ctx } from '#src/context.ts';
import { planDocument } from '#src/regulatory/checklist-export.ts';
import { planMarkdown } from '#src/regulatory/plan-markdown.ts';
import { planPdf } from '#src/regulatory/plan-pdf.ts';
import { getProduct } from '#src/regulatory/product-service.ts';

/** A file name part from a product name: ASCII letters and digits joined by dashes ("Größe 2" → "grosse-2"). */
function slug(name: string): string {
  const ascii = name.replace(/ß/g, 'ss').replace(/æ/gi, 'ae').replace(/ø/gi, 'oe').replace(/å/gi, 'aa').normalize('NFKD').replace(/\p{M}/gu, '');
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'product';
}

/** The plan of product `id` as a Markdown text or PDF bytes, with a file name. */
export async function exportPlan(ctx: Ctx, id: string, format: 'md' | 'pdf'): Promise<{ body: string | Uint8Array<ArrayBuffer>; filename: string }> {
  const product = await getProduct(ctx, id);
  const doc = planDocument({
    product,
    classification: product.classification,
    route: product.conformityRoute,
    checklist: product.documentationPlan,
    generatedAt: ctx.clock(),
  });
  const filename = `documentation-plan-${slug(product.name)}.${format}`;
  if (format === 'md') return { body: planMarkdown(doc), filename };
  const pdf = await planPdf(doc);
  return { body: new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength), filename };
}
