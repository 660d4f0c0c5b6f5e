// Running the cluster site: its managers write pages (Markdown per language), order and publish them, upload images
// and files, and name the contacts; drafts are theirs alone. Each function checks that the actor manages the site.
import { requireClusterManager, requireUser } from '#src/auth/policy.ts';
import { clusterFamily } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import { renderMarkdown } from '#src/news/markdown.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import type { ClusterRow } from '#src/registry/cluster-schema.ts';
import { checkUpload, cleanFilename, decodeBase64 } from '#src/site/site-files.ts';
import {
  deleteAssetRow,
  deletePageRow,
  existingPeople,
  findAssetMeta,
  findAssets,
  findContactCandidates,
  findContacts,
  findPage,
  findPages,
  insertAsset,
  insertPage,
  pageSlugTaken,
  replaceContacts,
  setPagePositions,
  updateAssetRow,
  updatePageRow,
} from '#src/site/site-repo.ts';
import {
  presentAsset,
  presentPage,
  type AssetUpdate,
  type AssetUpload,
  type ContactsPut,
  type PageCreate,
  type PageUpdate,
} from '#src/site/site-schema.ts';

const userId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const slugTaken = (slug: string) => conflict(`a page ${slug} exists already`, [{ field: 'slug', message: 'taken' }]);
/** Two managers saving the same new slug at once: the unique key refuses the second (SQLSTATE 23505), answered as 409. */
const uniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
const json = (value: LocalizedText) => JSON.stringify(value);

/** The cluster or hub `ref`, once the actor is known to manage it (401 for visitors, 403 for everyone else). */
export async function requireSiteManager(ctx: Ctx, ref: string): Promise<ClusterRow> {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  return cluster;
}

async function requirePage(ctx: Ctx, cluster: ClusterRow, slug: string) {
  const page = await findPage(ctx.db, cluster.id, slug);
  if (!page) throw notFound('page', slug);
  return page;
}

/** Every page of the site, drafts included, in site order. */
export async function listManagedPages(ctx: Ctx, ref: string) {
  const cluster = await requireSiteManager(ctx, ref);
  return { items: (await findPages(ctx.db, cluster.id, true)).map(presentPage) };
}

/** One page with all its languages, draft or not. */
export async function getManagedPage(ctx: Ctx, ref: string, slug: string) {
  const cluster = await requireSiteManager(ctx, ref);
  return presentPage(await requirePage(ctx, cluster, slug));
}

/** Creates a page at the end of the site's order (a draft unless `published`). */
export async function createPage(ctx: Ctx, ref: string, input: PageCreate) {
  const cluster = await requireSiteManager(ctx, ref);
  await ctx.db.transaction().execute(async (trx) => {
    if (await pageSlugTaken(trx, cluster.id, input.slug)) throw slugTaken(input.slug);
    await insertPage(trx, {
      cluster_id: cluster.id,
      slug: input.slug,
      title: json(input.title),
      body: json(input.body),
      published: input.published,
      updated_by: userId(ctx),
    }, ctx.clock());
  }).catch((err: unknown) => {
    throw uniqueViolation(err) ? slugTaken(input.slug) : err;
  });
  return getManagedPage(ctx, cluster.id, input.slug);
}

/** Changes a page: its slug, title or body (whole languages replaced as given), or whether it is published. */
export async function updatePage(ctx: Ctx, ref: string, slug: string, input: PageUpdate) {
  const cluster = await requireSiteManager(ctx, ref);
  const page = await requirePage(ctx, cluster, slug);
  await ctx.db.transaction().execute(async (trx) => {
    if (input.slug !== undefined && (await pageSlugTaken(trx, cluster.id, input.slug, page.id))) throw slugTaken(input.slug);
    await updatePageRow(trx, page.id, {
      ...(input.slug === undefined ? {} : { slug: input.slug }),
      ...(input.title === undefined ? {} : { title: json(input.title) }),
      ...(input.body === undefined ? {} : { body: json(input.body) }),
      ...(input.published === undefined ? {} : { published: input.published }),
      updated_by: userId(ctx),
    }, ctx.clock());
  }).catch((err: unknown) => {
    throw uniqueViolation(err) ? slugTaken(input.slug ?? slug) : err;
  });
  return getManagedPage(ctx, cluster.id, input.slug ?? slug);
}

/** Deletes a page. */
export async function deletePage(ctx: Ctx, ref: string, slug: string): Promise<void> {
  const cluster = await requireSiteManager(ctx, ref);
  const page = await requirePage(ctx, cluster, slug);
  await deletePageRow(ctx.db, page.id);
}

/** Puts the pages in the order given; the list must name every page of the site exactly once. */
export async function orderPages(ctx: Ctx, ref: string, slugs: string[]) {
  const cluster = await requireSiteManager(ctx, ref);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = (await findPages(trx, cluster.id, true)).map((p) => p.slug);
    const unknown = slugs.filter((s) => !existing.includes(s));
    const missing = existing.filter((s) => !slugs.includes(s));
    if (unknown.length > 0 || missing.length > 0) {
      throw invalid(`slugs: must name every page once${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`, [
        { field: 'slugs', message: 'must name every page of the site exactly once' },
      ]);
    }
    await setPagePositions(trx, cluster.id, slugs);
  });
  return listManagedPages(ctx, cluster.id);
}

/** Renders Markdown exactly as the public site will (the editor's live preview). */
export async function previewMarkdown(ctx: Ctx, ref: string, markdown: string) {
  await requireSiteManager(ctx, ref);
  return { html: renderMarkdown(markdown) };
}

/** The site's images and files (without their bytes). */
export async function listManagedAssets(ctx: Ctx, ref: string) {
  const cluster = await requireSiteManager(ctx, ref);
  return { items: (await findAssets(ctx.db, cluster.id)).map((a) => presentAsset(a, cluster.slug)) };
}

/** Stores an uploaded image or file after checking its size and its type by content (422 naming the field). */
export async function uploadAsset(ctx: Ctx, ref: string, input: AssetUpload) {
  const cluster = await requireSiteManager(ctx, ref);
  const bytes = decodeBase64(input.data);
  if (!bytes) throw invalid('data: not valid base64 (standard alphabet, padded, no data: prefix or line breaks)', [{ field: 'data', message: 'not valid base64' }]);
  const filename = cleanFilename(input.filename);
  const check = checkUpload(input.kind, filename, bytes);
  if (!check.ok) throw invalid(`${check.field}: ${check.message}`, [{ field: check.field, message: check.message }]);
  const id = await insertAsset(ctx.db, {
    cluster_id: cluster.id,
    kind: input.kind,
    filename,
    content_type: check.contentType,
    data: bytes,
    title: json(input.title),
    listed: input.listed ?? input.kind === 'download',
    created_by: userId(ctx),
    created_at: ctx.clock(),
  });
  return presentAsset((await findAssetMeta(ctx.db, cluster.id, id))!, cluster.slug);
}

/** Changes an asset's title or whether it is listed on the downloads page. */
export async function updateAsset(ctx: Ctx, ref: string, id: string, input: AssetUpdate) {
  const cluster = await requireSiteManager(ctx, ref);
  if (!(await findAssetMeta(ctx.db, cluster.id, id))) throw notFound('file', id);
  await updateAssetRow(ctx.db, id, {
    ...(input.title === undefined ? {} : { title: json(input.title) }),
    ...(input.listed === undefined ? {} : { listed: input.listed }),
  });
  return presentAsset((await findAssetMeta(ctx.db, cluster.id, id))!, cluster.slug);
}

/** Deletes an asset (pages that still link it show a broken link: the editor warns before). */
export async function deleteAsset(ctx: Ctx, ref: string, id: string): Promise<void> {
  const cluster = await requireSiteManager(ctx, ref);
  if (!(await findAssetMeta(ctx.db, cluster.id, id))) throw notFound('file', id);
  await deleteAssetRow(ctx.db, id);
}

const presentContact = (c: Awaited<ReturnType<typeof findContacts>>[number]) => ({
  personId: c.person_id,
  name: `${c.given_name} ${c.family_name}`.trim(),
  jobTitle: c.job_title,
  organizationName: c.organization_name,
  role: c.role as LocalizedText,
  consentListed: c.consent_listed,
});

/** The site's contacts with their roles, including those not shown for want of consent (marked). */
export async function listManagedContacts(ctx: Ctx, ref: string) {
  const cluster = await requireSiteManager(ctx, ref);
  return { items: (await findContacts(ctx.db, cluster.id, false)).map(presentContact) };
}

/** Replaces the contacts (in the order given). People without consent may be named but are never shown publicly. */
export async function putContacts(ctx: Ctx, ref: string, input: ContactsPut) {
  const cluster = await requireSiteManager(ctx, ref);
  const known = await existingPeople(ctx.db, input.contacts.map((c) => c.personId));
  const unknown = input.contacts.flatMap((c, i) => (known.has(c.personId) ? [] : [{ field: `contacts.${i}.personId`, message: 'no such person' }]));
  if (unknown.length > 0) throw invalid(`contacts: unknown people (${unknown.map((u) => u.field).join(', ')})`, unknown);
  await ctx.db.transaction().execute((trx) => replaceContacts(trx, cluster.id, input.contacts.map((c) => ({ personId: c.personId, role: json(c.role) }))));
  return listManagedContacts(ctx, cluster.id);
}

/** People the managers may name as contacts: those of the member organisations of the cluster's family. */
export async function listContactCandidates(ctx: Ctx, ref: string) {
  const cluster = await requireSiteManager(ctx, ref);
  const rows = await findContactCandidates(ctx.db, await clusterFamily(ctx.db, cluster.id));
  return {
    items: rows.map((p) => ({
      personId: p.person_id,
      name: `${p.given_name} ${p.family_name}`.trim(),
      jobTitle: p.job_title,
      organizationName: p.organization_name,
      consentListed: p.consent_listed,
    })),
  };
}
