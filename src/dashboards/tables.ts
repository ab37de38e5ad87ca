// The dashboards own no tables: every figure is read through its owner's lookups (contacts, feedback, centres).
export const ownTables = [] as const;
