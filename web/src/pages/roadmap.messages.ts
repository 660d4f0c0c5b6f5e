// Texts of the roadmap page in English, German and Danish (statuses and horizons come from the strategy texts).
import { defineMessages } from '../i18n.ts';

const en = {
  loading: 'Loading…',
  failed: 'The roadmap could not be loaded: {{message}}',
  lead: 'Every milestone of the cluster’s goals by its due date: short, medium and long term, and what is late (due date passed, not done).',
  figures: { total: 'Milestones', late: 'Late' },
  filters: {
    label: 'Filter the milestones', theme: 'Field of action or theme', allThemes: 'All', status: 'Status', any: 'Any', horizon: 'Horizon',
    group: 'Lanes by', byHorizon: 'Horizon', byTheme: 'Field of action or theme', onlyLate: 'Only late milestones',
  },
  shown_one: '{{count}} of {{total}} milestones shown.',
  shown_other: '{{count}} of {{total}} milestones shown.',
  timeline: {
    heading: 'Timeline', none: 'No milestone with a due date matches.', today: 'Today',
    caption: 'Milestones by due date; the line marks today, {{date}}. The table below lists the same milestones.',
    undated_one: '{{count}} milestone without a due date is only in the table.', undated_other: '{{count}} milestones without a due date are only in the table.',
  },
  table: {
    heading: 'All shown milestones', caption_one: '{{count}} milestone by due date', caption_other: '{{count}} milestones by due date',
    due: 'Due', milestone: 'Milestone', theme: 'Field of action or theme and goal', horizon: 'Horizon', status: 'Status', owner: 'Owner', evidence: 'Evidence',
  },
  strategyLink: 'Back to the strategy with its ideas and rounds',
};

export const ROADMAP = defineMessages('roadmap', {
  en,
  de: {
    loading: 'Wird geladen …',
    failed: 'Die Roadmap konnte nicht geladen werden: {{message}}',
    lead: 'Alle Meilensteine der Ziele des Clusters nach Fälligkeit: kurz-, mittel- und langfristig, und was in Verzug ist (Fälligkeit überschritten, nicht erreicht).',
    figures: { total: 'Meilensteine', late: 'In Verzug' },
    filters: {
      label: 'Meilensteine filtern', theme: 'Handlungsfeld oder Thema', allThemes: 'Alle', status: 'Stand', any: 'Alle', horizon: 'Zeithorizont',
      group: 'Bahnen nach', byHorizon: 'Zeithorizont', byTheme: 'Handlungsfeld oder Thema', onlyLate: 'Nur Meilensteine in Verzug',
    },
    shown_one: '{{count}} von {{total}} Meilensteinen angezeigt.',
    shown_other: '{{count}} von {{total}} Meilensteinen angezeigt.',
    timeline: {
      heading: 'Zeitleiste', none: 'Kein Meilenstein mit Fälligkeit passt zum Filter.', today: 'Heute',
      caption: 'Meilensteine nach Fälligkeit; die Linie markiert heute, den {{date}}. Die Tabelle darunter führt dieselben Meilensteine auf.',
      undated_one: '{{count}} Meilenstein ohne Fälligkeit steht nur in der Tabelle.', undated_other: '{{count}} Meilensteine ohne Fälligkeit stehen nur in der Tabelle.',
    },
    table: {
      heading: 'Alle angezeigten Meilensteine', caption_one: '{{count}} Meilenstein nach Fälligkeit', caption_other: '{{count}} Meilensteine nach Fälligkeit',
      due: 'Fällig', milestone: 'Meilenstein', theme: 'Handlungsfeld oder Thema und Ziel', horizon: 'Zeithorizont', status: 'Stand', owner: 'Verantwortlich', evidence: 'Nachweis',
    },
    strategyLink: 'Zurück zur Strategie mit Ideen und Runden',
  },
  da: {
    loading: 'Indlæser …',
    failed: 'Køreplanen kunne ikke indlæses: {{message}}',
    lead: 'Alle milepæle for klyngens mål efter frist: kort, mellemlang og lang sigt, og hvad der er forsinket (fristen er overskredet, ikke nået).',
    figures: { total: 'Milepæle', late: 'Forsinket' },
    filters: {
      label: 'Filtrer milepælene', theme: 'Indsatsområde eller tema', allThemes: 'Alle', status: 'Status', any: 'Alle', horizon: 'Tidshorisont',
      group: 'Baner efter', byHorizon: 'Tidshorisont', byTheme: 'Indsatsområde eller tema', onlyLate: 'Kun forsinkede milepæle',
    },
    shown_one: '{{count}} af {{total}} milepæle vist.',
    shown_other: '{{count}} af {{total}} milepæle vist.',
    timeline: {
      heading: 'Tidslinje', none: 'Ingen milepæl med frist passer til filteret.', today: 'I dag',
      caption: 'Milepæle efter frist; linjen markerer i dag, {{date}}. Tabellen nedenfor viser de samme milepæle.',
      undated_one: '{{count}} milepæl uden frist står kun i tabellen.', undated_other: '{{count}} milepæle uden frist står kun i tabellen.',
    },
    table: {
      heading: 'Alle viste milepæle', caption_one: '{{count}} milepæl efter frist', caption_other: '{{count}} milepæle efter frist',
      due: 'Frist', milestone: 'Milepæl', theme: 'Indsatsområde eller tema og mål', horizon: 'Tidshorisont', status: 'Status', owner: 'Ansvarlig', evidence: 'Dokumentation',
    },
    strategyLink: 'Tilbage til strategien med idéer og runder',
  },
});
