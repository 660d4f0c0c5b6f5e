// The demo's public cluster sites: the seeds' pages for BioCon Valley, biosaxony, Life Science Nord and the Danish
// cluster in German, English and Danish, each with a generated logo, the masterplan summary as a download for
// BioCon Valley, and the demo people as contacts (one of them without consent, so the site leaves them out).
import type { Db } from '#src/db/connect.ts';
import { logoPng, masterplanPdf } from '#src/demo/demo-site-files.ts';
import { demoSiteContacts, demoSitePages } from '#src/demo/demo-site-pages.ts';
import type { Text3 } from '#src/demo/demo-types.ts';
import { assetUrl } from '#src/site/site-schema.ts';

const LOGO_COLOURS: Record<string, string> = {
  'biocon-valley': '#0b5394',
  biosaxony: '#2e7d32',
  'life-science-nord': '#00707c',
  'danish-life-science-cluster': '#b3261e',
};

/** A text without its empty languages (they fall back on the site). */
const filled = (text: Text3) => JSON.stringify(Object.fromEntries(Object.entries(text).filter(([, v]) => v.trim() !== '')));

/** Inserts the demo sites of the clusters that exist; returns how many pages it wrote. */
export async function insertDemoSite(trx: Db, now: Date): Promise<number> {
  let pages = 0;
  for (const [slug, sitePages] of Object.entries(demoSitePages)) {
    const cluster = await trx.selectFrom('clusters').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
    if (!cluster) continue;
    const insertAsset = async (asset: { kind: 'image' | 'download'; filename: string; content_type: string; data: Buffer; title: Text3; listed: boolean }) =>
      (await trx.insertInto('site_assets').values({ ...asset, cluster_id: cluster.id, size: asset.data.length, title: filled(asset.title), created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
    const logo = await insertAsset({
      kind: 'image', filename: `${slug}-logo.png`, content_type: 'image/png', data: logoPng(LOGO_COLOURS[slug] ?? '#333333'), listed: false,
      title: { de: `Logo von ${cluster.name}`, en: `${cluster.name} logo`, da: `${cluster.name}s logo` },
    });
    const masterplan = slug === 'biocon-valley'
      ? await insertAsset({
        kind: 'download', filename: 'masterplan-gesundheitswirtschaft-mv-life-science.pdf', content_type: 'application/pdf', data: await masterplanPdf(now), listed: true,
        title: {
          de: 'Masterplan Gesundheitswirtschaft MV: Gestaltungsfeld „Life Science“ (Zusammenfassung)',
          en: 'Health-economy masterplan MV: design field "Life Science" (summary, in German)',
          da: 'Masterplan for sundhedsøkonomien i MV: indsatsfeltet "Life Science" (resumé, på tysk)',
        },
      })
      : null;
    const fill = (markdown: string) => markdown.replaceAll('{{logo}}', assetUrl(slug, logo)).replaceAll('{{masterplan}}', masterplan ? assetUrl(slug, masterplan) : '');
    for (const [position, page] of sitePages.entries()) {
      await trx.insertInto('site_pages').values({
        cluster_id: cluster.id,
        slug: page.slug,
        title: filled(page.title),
        body: filled({ de: fill(page.body.de), en: fill(page.body.en), da: fill(page.body.da) }),
        position,
        published: page.published,
        created_at: now,
        updated_at: now,
      }).execute();
      pages++;
    }
    for (const [position, contact] of (demoSiteContacts[slug] ?? []).entries()) {
      const person = await trx.selectFrom('people').select('id').where('email', '=', contact.email).executeTakeFirst();
      if (person) await trx.insertInto('cluster_contacts').values({ cluster_id: cluster.id, person_id: person.id, role: filled(contact.role), position }).execute();
    }
  }
  return pages;
}
