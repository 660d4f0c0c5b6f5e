// English interface texts: the source every other language must match key for key.

export const en = {
  app: {
    name: 'klynge',
    tagline: 'The competence atlas of life-science clusters',
    skip: 'Skip to content',
    loading: 'Loading…',
    error: 'Something went wrong: {{message}}',
    retry: 'Try again',
    notFound: 'This page does not exist.',
    backHome: 'Back to the start page',
    footer: 'Open platform for life-science clusters. Project data: CORDIS, European Commission.',
    apiDocs: 'API',
  },
  nav: {
    main: 'Main navigation',
    atlas: 'Atlas',
    map: 'Map',
    network: 'Network',
    overview: 'Numbers',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{email}}',
    language: 'Language',
    menu: 'Menu',
  },
  home: {
    title: 'Who does what in the life-science ecosystem',
    lead: 'Organisations, competences, facilities and projects of BioCon Valley, biosaxony, Life Science Nord and the Danish life-science cluster, and of every partner they work with across Europe.',
    searchLabel: 'Search organisations, competences, projects',
    searchPlaceholder: 'e.g. plasma medicine, Diagnostik, Odense…',
    searchButton: 'Search',
    figures: 'The registry in figures',
    clusters: 'Clusters and hubs',
    hubs_one: '{{count}} hub',
    hubs_other: '{{count}} hubs',
    members_one: '{{count}} member',
    members_other: '{{count}} members',
  },
  stats: {
    organizations: 'Organisations',
    projects: 'Projects',
    participations: 'Participations',
    clusters: 'Clusters and hubs',
    facilities: 'Facilities',
    offers: 'Offers and requests',
  },
  auth: {
    title: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    failed: 'E-mail address or password is wrong.',
    signedOut: 'You are signed out.',
  },
  form: {
    required: 'Please fill in this field.',
    tooLong: 'At most {{max}} characters.',
    invalidEmail: 'Please enter an e-mail address.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    cancel: 'Cancel',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language file must have. */
export type Messages = Widen<typeof en>;
