// The light part of the indicators' face: nothing others need to read yet (the dashboards would
// read the published years from here).
export const INDICATOR_CHANNELS = ['in_person', 'electronic', 'phone', 'post'] as const;
