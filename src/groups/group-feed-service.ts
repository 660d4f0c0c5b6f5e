// Workshop calendar feeds. Each user has one feed token (made on first ask, replaceable) whose feed lists the workshops
// of all their groups; each membership's own token gives a feed of that group alone. Calendar apps cannot sign in, so
// the token in the URL is the credential: 24 random bytes, and a feed lists only groups of clusters the user still
// belongs to.
import { clusterAccess } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import { forbidden, unauthenticated } from '#src/errors.ts';
import { actorOfUser } from '#src/groups/group-access.ts';
import { workshopCalendar, type FeedLanguage } from '#src/groups/group-calendar.ts';
import { ensureUserFeedToken, findFeedWorkshops, findTokenHolder, findUserGroups, findUserLocale, replaceUserFeedToken } from '#src/groups/group-feed-repo.ts';
import { newFeedToken } from '#src/groups/group-service.ts';
import { requireUser } from '#src/auth/policy.ts';

/** How far back a feed reaches: workshops that ended within the last half year stay in calendars. */
const FEED_PAST_DAYS = 183;
export const FEED_PATH = '/api/v1/groups/calendar.ics';

function feedOwner(ctx: Ctx): string {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('only users have a calendar feed');
  return actor.userId;
}

const present = (token: string) => ({ token, path: `${FEED_PATH}?token=${encodeURIComponent(token)}` });

/** The actor's feed token and the feed's path (the token is made on the first ask). */
export async function getMyFeed(ctx: Ctx) {
  const userId = feedOwner(ctx);
  return present(await ctx.db.transaction().execute((trx) => ensureUserFeedToken(trx, userId, newFeedToken())));
}

/** Gives the actor a new feed token: calendars subscribed with the old URL get nothing any more. */
export async function resetMyFeed(ctx: Ctx) {
  const userId = feedOwner(ctx);
  const token = newFeedToken();
  await ctx.db.transaction().execute((trx) => replaceUserFeedToken(trx, userId, token, ctx.clock()));
  return present(token);
}

const isLanguage = (value: unknown): value is FeedLanguage => value === 'de' || value === 'en' || value === 'da';

/**
 * The iCalendar feed of the token's holder: the workshops of all their groups (a user token) or of one group (a
 * membership token), of clusters they still belong to. 401 without a token, 403 for an unknown one.
 */
export async function groupCalendar(ctx: Ctx, token: string | undefined, options: { language?: string | undefined; origin: string }): Promise<string> {
  if (!token) throw unauthenticated('give the token of your calendar feed (?token=...)');
  const holder = await findTokenHolder(ctx.db, token);
  const actor = holder && (await actorOfUser(ctx.db, holder.userId));
  if (!holder || !actor) throw forbidden('unknown feed token');
  const asHolder = { ...ctx, actor };
  const groups = (await findUserGroups(ctx.db, holder.userId)).filter((g) => holder.groupId === null || g.id === holder.groupId);
  const access = new Map<string, boolean>();
  for (const clusterId of new Set(groups.map((g) => g.cluster_id))) access.set(clusterId, (await clusterAccess(asHolder, clusterId)) !== 'public');
  const visible = groups.filter((g) => access.get(g.cluster_id)).map((g) => g.id);
  const now = ctx.clock();
  const rows = await findFeedWorkshops(ctx.db, visible, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000));
  const locale = await findUserLocale(ctx.db, holder.userId);
  const language = isLanguage(options.language) ? options.language : isLanguage(locale) ? locale : 'en';
  const workshops = rows.map((r) => ({ ...r, starts_at: new Date(r.starts_at), ends_at: new Date(r.ends_at), updated_at: new Date(r.updated_at), created_at: new Date(r.created_at) }));
  return workshopCalendar(workshops, { language, origin: options.origin, now });
}
