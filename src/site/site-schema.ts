// The cluster site's managed content over HTTP: pages, assets and contacts (managers' side), with presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { LocalizedText } from '#src/db/types.ts';
import type { SiteAssetsTable, SitePagesTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { MAX_ASSET_BYTES } from '#src/site/site-files.ts';

/** Paths of the site's built-in sections: no page may take them as its slug. */
export const RESERVED_PAGE_SLUGS = ['edit', 'news', 'fields-of-action', 'groups', 'projects', 'downloads', 'contact', 'assets', 'pages', 'order', 'preview'];

export const pageSlugSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens, e.g. about-us')
  .refine((slug) => !RESERVED_PAGE_SLUGS.includes(slug), { message: `is reserved for a section of the site (${RESERVED_PAGE_SLUGS.join(', ')})` })
  .openapi({ example: 'about' });

const text = (max: number) => z.string().max(max, `at most ${max} characters`);
const localized = (max: number) => z.object({ de: text(max).optional(), en: text(max).optional(), da: text(max).optional() }).strict();
const hasSomeText = (value: LocalizedText) => Object.values(value).some((v) => (v ?? '').trim() !== '');

export const pageTitleSchema = localized(200).refine(hasSomeText, 'give a title in at least one language').openapi('SitePageTitle');
export const pageBodySchema = localized(100_000).openapi({ description: 'Markdown per language' });

export const pageCreateSchema = z
  .object({
    slug: pageSlugSchema,
    title: pageTitleSchema,
    body: pageBodySchema.default({}),
    published: z.boolean().default(false),
  })
  .strict()
  .openapi('SitePageCreate');

export const pageUpdateSchema = z
  .object({ slug: pageSlugSchema, title: pageTitleSchema, body: pageBodySchema, published: z.boolean() })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('SitePageUpdate');

export const pageOrderSchema = z
  .object({ slugs: z.array(pageSlugSchema).min(1).max(200).refine((s) => new Set(s).size === s.length, 'each page once') })
  .strict()
  .openapi('SitePageOrder');

export const previewSchema = z.object({ markdown: text(100_000) }).strict().openapi('SitePreview');

export const assetKindSchema = z.enum(['image', 'download']);

export const assetUploadSchema = z
  .object({
    kind: assetKindSchema,
    filename: z.string().trim().min(1).max(200).regex(/\.[A-Za-z0-9]+$/, 'must end in an extension such as .pdf or .png'),
    title: localized(300).default({}),
    listed: z.boolean().optional().openapi({ description: 'shown on the downloads page; default: yes for downloads, no for images' }),
    data: z
      .string()
      .min(1, 'the file is empty')
      .max(Math.ceil(MAX_ASSET_BYTES / 3) * 4 + 4, 'the file is larger than 5 MB')
      .openapi({ description: 'the file as standard base64 (RFC 4648, padded, no data: prefix); at most 5 MB decoded' }),
  })
  .strict()
  .openapi('SiteAssetUpload');

export const assetUpdateSchema = z
  .object({ title: localized(300), listed: z.boolean() })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('SiteAssetUpdate');

export const contactsPutSchema = z
  .object({
    contacts: z
      .array(z.object({ personId: z.uuid(), role: localized(200) }).strict())
      .max(50)
      .refine((c) => new Set(c.map((x) => x.personId)).size === c.length, 'each person once'),
  })
  .strict()
  .openapi('SiteContactsPut');

export const clusterRefParamSchema = z.object({ ref: z.string().min(1).max(100).openapi({ param: { name: 'ref', in: 'path' }, description: 'cluster or hub id or slug' }) });
export const pageParamSchema = clusterRefParamSchema.extend({ page: z.string().min(1).max(60).openapi({ param: { name: 'page', in: 'path' } }) });
export const assetParamSchema = clusterRefParamSchema.extend({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const localizedOut = z.object({ de: z.string().optional(), en: z.string().optional(), da: z.string().optional() });

export const pageOutSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: localizedOut,
    body: localizedOut,
    position: z.number(),
    published: z.boolean(),
    updatedAt: z.string(),
  })
  .openapi('SitePage');

export const pageListOutSchema = z.object({ items: z.array(pageOutSchema) }).openapi('SitePageList');

export const assetOutSchema = z
  .object({
    id: z.string(),
    kind: assetKindSchema,
    filename: z.string(),
    contentType: z.string(),
    size: z.number(),
    title: localizedOut,
    listed: z.boolean(),
    url: z.string().openapi({ description: 'where the file is served (public): use it in Markdown' }),
    createdAt: z.string(),
  })
  .openapi('SiteAsset');

export const assetListOutSchema = z.object({ items: z.array(assetOutSchema) }).openapi('SiteAssetList');

export const contactOutSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable(),
    organizationName: z.string().nullable(),
    role: localizedOut,
    consentListed: z.boolean().openapi({ description: 'without consent the person is never shown on the public site' }),
  })
  .openapi('SiteContactEntry');

export const contactListOutSchema = z.object({ items: z.array(contactOutSchema) }).openapi('SiteContactEntryList');

export const candidateOutSchema = z
  .object({ personId: z.string(), name: z.string(), jobTitle: z.string().nullable(), organizationName: z.string().nullable(), consentListed: z.boolean() })
  .openapi('SiteContactCandidate');

export const candidateListOutSchema = z.object({ items: z.array(candidateOutSchema) }).openapi('SiteContactCandidateList');

export const previewOutSchema = z.object({ html: z.string() }).openapi('SitePreviewResult');

export type PageCreate = z.infer<typeof pageCreateSchema>;
export type PageUpdate = z.infer<typeof pageUpdateSchema>;
export type AssetUpload = z.infer<typeof assetUploadSchema>;
export type AssetUpdate = z.infer<typeof assetUpdateSchema>;
export type ContactsPut = z.infer<typeof contactsPutSchema>;
export type PageRow = Selectable<SitePagesTable>;
export type AssetMetaRow = Omit<Selectable<SiteAssetsTable>, 'data'>;

/** Where an asset is served: public, under the cluster's slug. */
export const assetUrl = (clusterSlug: string, id: string) => `/api/v1/site/${clusterSlug}/assets/${id}`;

/** Turns a page row into the managers' API object (every language, drafts too). */
export function presentPage(row: PageRow): z.infer<typeof pageOutSchema> {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title as LocalizedText,
    body: row.body as LocalizedText,
    position: row.position,
    published: row.published,
    updatedAt: isoTime(row.updated_at),
  };
}

/** Turns an asset row (without its bytes) into the API object. */
export function presentAsset(row: AssetMetaRow, clusterSlug: string): z.infer<typeof assetOutSchema> {
  return {
    id: row.id,
    kind: row.kind,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    title: row.title as LocalizedText,
    listed: row.listed,
    url: assetUrl(clusterSlug, row.id),
    createdAt: isoTime(row.created_at),
  };
}
