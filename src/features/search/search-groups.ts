/** The order result groups appear in; kept apart from the index so the header needn't load it. */
export const SEARCH_GROUPS = ['Causes', 'Medications', 'Tests', 'Pages'] as const
